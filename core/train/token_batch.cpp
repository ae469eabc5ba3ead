#include "core/train/token_batch.h"

#include "core/model/falcon_model.h"
#include "core/train/checkpointed_block.h"
#include "core/util/errors.h"

#include <algorithm>

namespace falconry {

TokenBatch makeTokenBatch(const std::vector<const TrainExample*>& examples, int64_t padId, int64_t maxLength,
                          torch::Device device)
{
    if (examples.empty())
        throw TrainError("empty batch");
    const int64_t rows = static_cast<int64_t>(examples.size());
    int64_t t = 1;
    for (const auto* e : examples)
        t = std::max<int64_t>(t, std::min<int64_t>(maxLength, static_cast<int64_t>(e->ids.size())));
    torch::Tensor ids = torch::full({rows, t}, padId, torch::kLong);
    torch::Tensor mask = torch::zeros({rows, t}, torch::kLong);
    std::vector<int64_t> positions;
    std::vector<int64_t> targets;
    auto idsA = ids.accessor<int64_t, 2>();
    auto maskA = mask.accessor<int64_t, 2>();
    TokenBatch batch;
    for (int64_t b = 0; b < rows; ++b) {
        const TrainExample& e = *examples[static_cast<size_t>(b)];
        if (e.trained.size() != e.ids.size())
            throw TrainError("training example has " + std::to_string(e.ids.size()) + " tokens but " +
                             std::to_string(e.trained.size()) + " trained flags");
        const int64_t n = std::min<int64_t>(t, static_cast<int64_t>(e.ids.size()));
        for (int64_t p = 0; p < n; ++p) {
            idsA[b][p] = e.ids[static_cast<size_t>(p)];
            maskA[b][p] = 1;
            if (p >= 1 && e.trained[static_cast<size_t>(p)] != 0) {
                positions.push_back(b * t + p - 1);
                targets.push_back(e.ids[static_cast<size_t>(p)]);
            }
        }
        batch.realTokens += n;
    }
    batch.ids = ids.to(device);
    batch.attentionMask = mask.to(device);
    batch.predictPositions = torch::tensor(positions, torch::kLong).to(device);
    batch.targets = torch::tensor(targets, torch::kLong).to(device);
    batch.trainedTokens = static_cast<int64_t>(targets.size());
    return batch;
}

std::vector<std::vector<int64_t>> lengthGroupedBatches(const std::vector<int64_t>& lengths, int64_t batchSize,
                                                       uint64_t seed, int64_t epoch)
{
    const auto n = static_cast<int64_t>(lengths.size());
    std::vector<int64_t> order(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        order[static_cast<size_t>(i)] = i;
    // Fisher-Yates with our own draws: the same order on every standard library.
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(epoch) + 1);
    for (int64_t i = n - 1; i > 0; --i) {
        const auto j = static_cast<int64_t>(rng() % static_cast<uint64_t>(i + 1));
        std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(j)]);
    }
    const int64_t mega = batchSize * 50;
    for (int64_t m = 0; m < n; m += mega) {
        auto begin = order.begin() + m;
        auto end = order.begin() + std::min(n, m + mega);
        std::stable_sort(begin, end, [&](int64_t a, int64_t b) {
            return lengths[static_cast<size_t>(a)] > lengths[static_cast<size_t>(b)];
        });
    }
    std::vector<std::vector<int64_t>> batches;
    for (int64_t i = 0; i < n; i += batchSize)
        batches.emplace_back(order.begin() + i, order.begin() + std::min(n, i + batchSize));
    return batches;
}

torch::Tensor lmLossSum(FalconModelImpl& model, const TokenBatch& batch, bool checkpointing)
{
    const bool grad = torch::GradMode::is_enabled();
    checkpointing = checkpointing && grad;
    torch::Tensor h = model.embed(batch.ids); // [B, T, H]
    // A checkpointed block is only differentiated when its input requires grad (HF's
    // enable_input_require_grads for frozen embeddings).
    if (checkpointing && !h.requires_grad())
        h = h.detach().requires_grad_(true);
    const AttentionContext ctx = model.makeContext(batch.attentionMask, 0, h.scalar_type());
    for (int64_t i = 0; i < model.numLayers(); ++i)
        h = checkpointing ? checkpointedBlockForward(model.block(i), h, ctx) : model.block(i)->forward(h, ctx);
    if (batch.trainedTokens == 0)
        return (h.sum() * 0.0).to(torch::kFloat32); // keeps the graph; contributes nothing
    // Only positions whose next token is trained go through ln_f and the LM head.
    h = h.reshape({-1, h.size(-1)}).index_select(0, batch.predictPositions); // [N, H]
    torch::Tensor logits = model.lmHead(model.finalNorm(h)).to(torch::kFloat32); // [N, V]
    return torch::nn::functional::cross_entropy(
        logits, batch.targets, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
}

} // namespace falconry
