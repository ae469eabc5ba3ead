#include "core/distributed/gradient_synchronizer.h"

#include "core/util/errors.h"

#include <chrono>
#include <map>

namespace falconry {

struct GradientSynchronizer::Bucket {
    std::vector<size_t> parameters;
    torch::Tensor flat;          // [numel] in the parameters' dtype, on their device
    std::vector<uint8_t> ready;  // per parameter of the bucket: its gradient is in `flat`
    size_t readyCount = 0;
    bool launched = false;
    bool launchedDuringBackward = false;
    bool stale = false;          // a gradient arrived after the bucket started
    CollectiveHandle handle;
};

GradientSynchronizer::GradientSynchronizer(std::shared_ptr<DistributedContext> context,
                                           std::vector<torch::Tensor> parameters, GradientSyncOptions options)
    : m_context(std::move(context)), m_parameters(std::move(parameters)), m_average(options.average)
{
    if (!m_context)
        throw TrainError("GradientSynchronizer: no distributed context");
    if (options.bucketBytes <= 0)
        throw TrainError("GradientSynchronizer: bucketBytes must be positive, found " +
                         std::to_string(options.bucketBytes));
    m_bucketOf.assign(m_parameters.size(), 0);
    m_offsetOf.assign(m_parameters.size(), 0);
    // Open bucket per dtype; parameters in reverse order, as backward produces their gradients.
    std::map<int, size_t> open;
    std::map<int, int64_t> openBytes;
    for (size_t k = m_parameters.size(); k-- > 0;) {
        const auto& p = m_parameters[k];
        if (!p.defined() || !p.requires_grad())
            throw TrainError("GradientSynchronizer: parameter " + std::to_string(k) +
                             " is undefined or does not require a gradient (only trainable parameters are reduced)");
        if (p.device() != m_context->device())
            throw TrainError("GradientSynchronizer: parameter " + std::to_string(k) + " is on " + p.device().str() +
                             ", the process group on " + m_context->device().str());
        const int type = static_cast<int>(p.scalar_type());
        const int64_t bytes = p.numel() * static_cast<int64_t>(p.element_size());
        // A bucket holds at least one parameter, so one larger than bucketBytes gets its own.
        if (!open.count(type) || (openBytes[type] > 0 && openBytes[type] + bytes > options.bucketBytes)) {
            m_buckets.push_back(std::make_unique<Bucket>());
            open[type] = m_buckets.size() - 1;
            openBytes[type] = 0;
        }
        Bucket& bucket = *m_buckets[open[type]];
        m_bucketOf[k] = open[type];
        int64_t offset = 0;
        for (size_t q : bucket.parameters)
            offset += m_parameters[q].numel();
        m_offsetOf[k] = offset;
        bucket.parameters.push_back(k);
        openBytes[type] += bytes;
    }
    for (auto& bucket : m_buckets) {
        int64_t numel = 0;
        for (size_t q : bucket->parameters)
            numel += m_parameters[q].numel();
        const auto& first = m_parameters[bucket->parameters.front()];
        bucket->flat = torch::zeros({numel}, first.options().requires_grad(false));
        bucket->ready.assign(bucket->parameters.size(), 0);
    }
    switch (options.overlap) {
    case GradientOverlap::Auto:
        m_overlap = m_context->device().is_cuda();
        break;
    case GradientOverlap::Never:
        m_overlap = false;
        break;
    case GradientOverlap::Backward:
        m_overlap = true;
        break;
    }
    if (m_overlap) {
        for (size_t k = 0; k < m_parameters.size(); ++k)
            m_hookIds.push_back(m_parameters[k].register_hook([this, k](torch::Tensor grad) { onGradient(k, grad); }));
    }
}

GradientSynchronizer::~GradientSynchronizer()
{
    for (size_t k = 0; k < m_hookIds.size(); ++k) {
        try {
            m_parameters[k].remove_hook(m_hookIds[k]);
        } catch (...) {
        }
    }
}

int64_t GradientSynchronizer::bucketCount() const
{
    return static_cast<int64_t>(m_buckets.size());
}

std::vector<std::vector<size_t>> GradientSynchronizer::bucketLayout() const
{
    std::vector<std::vector<size_t>> layout;
    for (const auto& bucket : m_buckets)
        layout.push_back(bucket->parameters);
    return layout;
}

void GradientSynchronizer::prepareBackward(bool lastMicroBatch)
{
    m_armed = m_overlap && lastMicroBatch;
    m_nextToLaunch = 0;
    for (auto& bucket : m_buckets) {
        std::fill(bucket->ready.begin(), bucket->ready.end(), 0);
        bucket->readyCount = 0;
        bucket->launched = false;
        bucket->launchedDuringBackward = false;
        bucket->stale = false;
        bucket->handle.reset();
    }
}

void GradientSynchronizer::onGradient(size_t parameter, const torch::Tensor& grad)
{
    if (!m_armed)
        return;
    Bucket& bucket = *m_buckets[m_bucketOf[parameter]];
    if (bucket.launched) {
        bucket.stale = true; // a second gradient for this parameter (used twice in the graph)
        return;
    }
    torch::NoGradGuard noGrad;
    const auto& p = m_parameters[parameter];
    // The hook runs before autograd adds `grad` into .grad: the bucket takes the sum now.
    auto slice = bucket.flat.narrow(0, m_offsetOf[parameter], p.numel()).view(p.sizes());
    if (p.grad().defined())
        torch::add_out(slice, p.grad(), grad);
    else
        slice.copy_(grad);
    size_t position = 0;
    while (bucket.parameters[position] != parameter)
        ++position;
    if (!bucket.ready[position]) {
        bucket.ready[position] = 1;
        ++bucket.readyCount;
    }
    launchReadyBuckets();
}

void GradientSynchronizer::launchReadyBuckets()
{
    while (m_nextToLaunch < m_buckets.size()) {
        Bucket& bucket = *m_buckets[m_nextToLaunch];
        if (bucket.readyCount < bucket.parameters.size())
            return;
        bucket.launchedDuringBackward = true;
        launch(bucket);
        ++m_nextToLaunch;
    }
}

void GradientSynchronizer::launch(Bucket& bucket)
{
    bucket.launched = true;
    bucket.handle = m_context->allReduceSumAsync(bucket.flat);
}

void GradientSynchronizer::synchronize()
{
    const auto start = std::chrono::steady_clock::now();
    torch::NoGradGuard noGrad;
    const bool overlapped = m_armed;
    m_armed = false; // a backward after this must not write into the buckets
    m_stats = {};
    // The buckets not started during backward: fill from .grad (zero where there is none), start in order.
    for (; m_nextToLaunch < m_buckets.size(); ++m_nextToLaunch) {
        Bucket& bucket = *m_buckets[m_nextToLaunch];
        for (size_t i = 0; i < bucket.parameters.size(); ++i) {
            if (overlapped && bucket.ready[i])
                continue;
            const auto& p = m_parameters[bucket.parameters[i]];
            auto slice = bucket.flat.narrow(0, m_offsetOf[bucket.parameters[i]], p.numel());
            if (p.grad().defined())
                slice.copy_(p.grad().reshape({-1}));
            else
                slice.zero_();
        }
        launch(bucket);
    }
    if (overlapped) {
        // Buckets whose parameters got a second gradient after they started must be redone, on
        // every rank alike: agree on the set first (one small all-reduce).
        auto staleFlags = torch::zeros({static_cast<int64_t>(m_buckets.size())},
                                       torch::TensorOptions().dtype(torch::kFloat32).device(m_context->device()));
        for (size_t b = 0; b < m_buckets.size(); ++b)
            if (m_buckets[b]->stale)
                staleFlags[static_cast<int64_t>(b)] = 1.0f;
        m_context->allReduceSum(std::vector<torch::Tensor>{staleFlags});
        auto flags = staleFlags.cpu();
        for (size_t b = 0; b < m_buckets.size(); ++b) {
            if (flags[static_cast<int64_t>(b)].item<float>() == 0.0f)
                continue;
            Bucket& bucket = *m_buckets[b];
            m_context->wait(bucket.handle);
            for (size_t q : bucket.parameters) {
                const auto& p = m_parameters[q];
                auto slice = bucket.flat.narrow(0, m_offsetOf[q], p.numel());
                if (p.grad().defined())
                    slice.copy_(p.grad().reshape({-1}));
                else
                    slice.zero_();
            }
            bucket.launchedDuringBackward = false;
            launch(bucket);
        }
    }
    const double scale = m_average ? 1.0 / static_cast<double>(m_context->worldSize()) : 1.0;
    for (auto& bucket : m_buckets) {
        m_context->wait(bucket->handle);
        bucket->handle.reset();
        if (scale != 1.0)
            bucket->flat.mul_(scale);
        for (size_t q : bucket->parameters) {
            auto& p = m_parameters[q];
            auto averaged = bucket->flat.narrow(0, m_offsetOf[q], p.numel()).view(p.sizes());
            if (p.grad().defined())
                p.mutable_grad().copy_(averaged);
            else
                p.mutable_grad() = averaged.clone();
        }
        m_stats.bytes += bucket->flat.numel() * static_cast<int64_t>(bucket->flat.element_size());
        m_stats.buckets += 1;
        m_stats.bucketsDuringBackward += bucket->launchedDuringBackward ? 1 : 0;
    }
    m_stats.waitSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    prepareBackward(false);
}

} // namespace falconry
