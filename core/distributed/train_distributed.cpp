#include "core/distributed/train_distributed.h"

#include "core/distributed/data_shard.h"
#include "core/util/errors.h"

namespace falconry {

TrainDistributedHooks makeTrainDistributedHooks(std::shared_ptr<DistributedContext> context, GradientSyncOptions options)
{
    if (!context)
        throw TrainError("makeTrainDistributedHooks: no distributed context");
    struct Shared {
        std::shared_ptr<DistributedContext> context;
        GradientSyncOptions options;
        std::unique_ptr<GradientSynchronizer> synchronizer;
    };
    options.average = false;
    auto shared = std::make_shared<Shared>(Shared{context, options, nullptr});
    TrainDistributedHooks hooks;
    hooks.rank = context->rank();
    hooks.worldSize = context->worldSize();
    hooks.begin = [shared](const std::vector<torch::Tensor>& parameters) {
        shared->context->broadcast(parameters, 0);
        shared->synchronizer = std::make_unique<GradientSynchronizer>(shared->context, parameters, shared->options);
    };
    hooks.shard = [rank = hooks.rank, world = hooks.worldSize](int64_t rows) {
        return shardPositions(rows, rank, world);
    };
    hooks.sumOverRanks = [shared](std::vector<double>& values) {
        if (values.empty())
            return;
        auto t = torch::tensor(values, torch::TensorOptions().dtype(torch::kFloat64)).to(shared->context->device());
        shared->context->allReduceSum(std::vector<torch::Tensor>{t});
        const auto host = t.cpu();
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = host[static_cast<int64_t>(i)].item<double>();
    };
    hooks.beforeBackward = [shared](bool lastMicroBatch) {
        if (shared->synchronizer)
            shared->synchronizer->prepareBackward(lastMicroBatch);
    };
    hooks.sumGradients = [shared] {
        if (!shared->synchronizer)
            throw TrainError("distributed training: gradients reduced before begin() registered the parameters");
        shared->synchronizer->synchronize();
    };
    return hooks;
}

std::shared_ptr<DistributedContext> joinTrainingGroup(Trainer& trainer, torch::Device device)
{
    auto context = DistributedContext::fromEnvironment(device);
    if (context)
        trainer.setDistributed(makeTrainDistributedHooks(context));
    return context;
}

} // namespace falconry
