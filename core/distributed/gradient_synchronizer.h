#pragma once

#include "core/distributed/distributed_context.h"

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace falconry {

/** When bucket all-reduces start. */
enum class GradientOverlap {
    Auto,     // during backward on CUDA (NCCL runs beside the kernels), after it on CPU (Gloo would
              // take cores from the backward's own threads)
    Never,    // all buckets after backward, pipelined
    Backward, // each bucket as soon as the last of its gradients is computed
};

struct GradientSyncOptions {
    int64_t bucketBytes = 25LL << 20; // as DDP's bucket_cap_mb = 25
    GradientOverlap overlap = GradientOverlap::Auto;
    /** true: the mean over the ranks (each rank's loss a mean over its own rows, as DDP);
     *  false: the sum (each rank's loss already divided by the global batch's token count). */
    bool average = true;
};

/** Measured during the last synchronize(). */
struct GradientSyncStats {
    int64_t bytes = 0;           // gradient bytes reduced per rank
    int64_t buckets = 0;
    int64_t bucketsDuringBackward = 0; // started before synchronize() was called
    double waitSeconds = 0.0;    // time synchronize() spent (flatten, wait, unflatten)
};

/**
 * Averages the trainable parameters' gradients over the ranks, as DDP does: parameters are
 * grouped (in reverse order, the order backward produces them) into flat buckets of about
 * `bucketBytes`, each bucket is all-reduced as one tensor and copied back into `.grad`.
 *
 * With overlap, a hook on each parameter's gradient copies `grad (+ the .grad accumulated by
 * earlier micro-batches)` into its bucket; a bucket whose gradients are all there starts its
 * all-reduce while backward goes on. Buckets start strictly in index order on every rank, so the
 * collectives match across ranks even when a parameter got no gradient on some rank (it counts as
 * zero). Call prepareBackward(true) before the backward of an optimizer step's last micro-batch,
 * prepareBackward(false) before the others, and synchronize() after it, before clipping.
 */
class GradientSynchronizer {
public:
    GradientSynchronizer(std::shared_ptr<DistributedContext> context, std::vector<torch::Tensor> parameters,
                         GradientSyncOptions options = {});
    ~GradientSynchronizer();
    GradientSynchronizer(const GradientSynchronizer&) = delete;
    GradientSynchronizer& operator=(const GradientSynchronizer&) = delete;

    /** Arms (true) or disarms (false) the overlap hooks for the coming backward. */
    void prepareBackward(bool lastMicroBatch);
    /** After backward: every parameter's .grad becomes the average (or sum) over the ranks
     *  (undefined grads count as zero and become defined). */
    void synchronize();

    int64_t bucketCount() const;
    /** Parameter indices (into the constructor's list) of each bucket. */
    std::vector<std::vector<size_t>> bucketLayout() const;
    bool overlapsBackward() const { return m_overlap; }
    const GradientSyncStats& lastStats() const { return m_stats; }

private:
    struct Bucket;
    void onGradient(size_t parameter, const torch::Tensor& grad);
    void launchReadyBuckets();
    void launch(Bucket& bucket);

    std::shared_ptr<DistributedContext> m_context;
    std::vector<torch::Tensor> m_parameters;
    std::vector<std::unique_ptr<Bucket>> m_buckets;
    std::vector<size_t> m_bucketOf;   // per parameter
    std::vector<int64_t> m_offsetOf;  // per parameter, in elements of its bucket
    std::vector<unsigned> m_hookIds;  // per parameter, when overlapping
    bool m_overlap = false;
    bool m_average = true;
    bool m_armed = false;
    size_t m_nextToLaunch = 0;        // buckets start in index order
    GradientSyncStats m_stats;
};

} // namespace falconry
