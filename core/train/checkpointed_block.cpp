#include "core/train/checkpointed_block.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/csrc/autograd/custom_function.h>

#include <mutex>

namespace falconry {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// The dropout RNG of CPU tensors. (A CUDA build would save the CUDA generator as well.)
at::Tensor rngState()
{
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    return gen.get_state();
}

void setRngState(const at::Tensor& state)
{
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(state);
}

void saveOptional(AutogradContext* actx, const char* key, const torch::Tensor& t)
{
    actx->saved_data[std::string("has_") + key] = t.defined();
    if (t.defined())
        actx->saved_data[key] = t;
}

torch::Tensor loadOptional(AutogradContext* actx, const char* key)
{
    if (!actx->saved_data[std::string("has_") + key].toBool())
        return {};
    return actx->saved_data[key].toTensor();
}

struct CheckpointFunction : public torch::autograd::Function<CheckpointFunction> {
    static torch::Tensor forward(AutogradContext* actx, torch::Tensor h, FalconBlockImpl* block,
                                 const AttentionContext* ctx)
    {
        // Autograd is off here (custom Function forward): no activations of the block are kept.
        actx->saved_data["rng"] = rngState();
        actx->saved_data["block"] = reinterpret_cast<int64_t>(block);
        saveOptional(actx, "cos", ctx->cos);
        saveOptional(actx, "sin", ctx->sin);
        saveOptional(actx, "alibi", ctx->alibi);
        saveOptional(actx, "mask", ctx->mask);
        saveOptional(actx, "positions", ctx->positions);
        actx->saved_data["past"] = ctx->pastLength;
        actx->saved_data["query"] = ctx->queryLength;
        actx->save_for_backward({h});
        return block->forward(h, *ctx);
    }

    static variable_list backward(AutogradContext* actx, variable_list gradOutputs)
    {
        auto* block = reinterpret_cast<FalconBlockImpl*>(actx->saved_data["block"].toInt());
        AttentionContext ctx;
        ctx.cos = loadOptional(actx, "cos");
        ctx.sin = loadOptional(actx, "sin");
        ctx.alibi = loadOptional(actx, "alibi");
        ctx.mask = loadOptional(actx, "mask");
        ctx.positions = loadOptional(actx, "positions");
        ctx.pastLength = actx->saved_data["past"].toInt();
        ctx.queryLength = actx->saved_data["query"].toInt();
        torch::Tensor h = actx->get_saved_variables()[0].detach().requires_grad_(true);

        // Recompute with the dropout masks of the first run, then put the RNG back where it was.
        const at::Tensor current = rngState();
        setRngState(actx->saved_data["rng"].toTensor());
        torch::Tensor out;
        {
            torch::AutoGradMode enable(true);
            out = block->forward(h, ctx);
        }
        setRngState(current);
        torch::autograd::backward({out}, {gradOutputs[0]});
        return {h.grad(), torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

torch::Tensor checkpointedBlockForward(FalconBlock block, const torch::Tensor& h, const AttentionContext& ctx)
{
    return CheckpointFunction::apply(h, block.get(), &ctx);
}

} // namespace falconry
