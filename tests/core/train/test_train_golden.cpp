// Loss and LoRA gradients against the goldens (transformers 4.36.2 + peft 0.7.1, fp32, train mode,
// dropout 0, labels = input_ids with the first 4 positions of each row -100): loss_lora within
// 1e-5 relative, every grad.* within 1e-4 relative to its max. With and without gradient
// checkpointing (the recomputing backward must give the same gradients).
#include "core/io/falcon_loader.h"
#include "core/io/safetensors_file.h"
#include "core/lora/lora_model.h"
#include "core/lora/peft_adapter.h"
#include "core/train/token_batch.h"

#include "test_paths.h"

#include <gtest/gtest.h>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

struct Case {
    std::string layout;
    bool checkpointing;
};

class TrainGolden : public ::testing::TestWithParam<Case> {};

} // namespace

TEST_P(TrainGolden, LossAndGradientsMatch)
{
    const fs::path dir = test::referenceDir() / "golden" / GetParam().layout;
    SafetensorsFile ref(dir / "reference.safetensors");
    LoadOptions options;
    options.zeroCopy = false;
    FalconModel model = loadFalconModel(dir / "model-fp32", options);
    PeftAdapter adapter = readPeftAdapter(dir / "adapter");
    LoraModel lora = LoraModel::inject(*model, adapter.config);
    lora.loadStateDict(adapter.tensors, "adapter");
    model->train();
    lora.setTraining(true);

    const torch::Tensor ids = ref.tensor("input_ids");
    std::vector<TrainExample> examples(static_cast<size_t>(ids.size(0)));
    for (int64_t b = 0; b < ids.size(0); ++b) {
        for (int64_t t = 0; t < ids.size(1); ++t) {
            examples[static_cast<size_t>(b)].ids.push_back(ids[b][t].item<int64_t>());
            examples[static_cast<size_t>(b)].trained.push_back(t >= 4 ? 1 : 0);
        }
    }
    TokenBatch batch = makeTokenBatch({&examples[0], &examples[1]}, 0, 64, torch::kCPU);
    EXPECT_EQ(batch.trainedTokens, 2 * (ids.size(1) - 4));
    torch::Tensor loss = lmLossSum(*model, batch, GetParam().checkpointing) / static_cast<double>(batch.trainedTokens);
    const double expected = ref.tensor("loss_lora").item<double>();
    EXPECT_NEAR(loss.item<double>(), expected, 1e-5 * std::abs(expected));
    loss.backward();

    int compared = 0;
    for (const auto& l : lora.layers()) {
        for (char which : {'A', 'B'}) {
            const std::string name = peftTensorName(l.name, which);
            const torch::Tensor want = ref.tensor("grad." + name);
            const torch::Tensor got = (which == 'A' ? l.adapter->loraA() : l.adapter->loraB()).grad();
            ASSERT_TRUE(got.defined()) << name;
            const double scale = want.abs().max().item<double>();
            ASSERT_GT(scale, 0.0) << name;
            EXPECT_LT((got - want).abs().max().item<double>(), 1e-4 * scale) << name;
            ++compared;
        }
    }
    EXPECT_EQ(compared, 16); // 2 layers x 4 targets x (A, B)
    for (const auto& item : model->named_parameters())
        EXPECT_FALSE(item.value().grad().defined()) << "frozen weight got a gradient: " << item.key();
}

INSTANTIATE_TEST_SUITE_P(Layouts, TrainGolden,
                         ::testing::Values(Case{"falcon7b", false}, Case{"falcon7b", true}, Case{"falcon40b", false},
                                           Case{"falcon40b", true}, Case{"falconrw", false}, Case{"falconrw", true}),
                         [](const auto& info) {
                             return info.param.layout + (info.param.checkpointing ? "_checkpointed" : "_plain");
                         });

TEST(TokenBatch, LmHeadOnlyWhereTheNextTokenIsTrained)
{
    TrainExample a{{5, 6, 7, 8}, {0, 0, 1, 1}};
    TrainExample b{{9, 10}, {0, 1}};
    TokenBatch batch = makeTokenBatch({&a, &b}, 0, 16, torch::kCPU);
    EXPECT_EQ(batch.ids.sizes().vec(), (std::vector<int64_t>{2, 4}));
    EXPECT_EQ(batch.realTokens, 6);
    // Row 0: positions 1, 2 predict 7, 8; row 1: position 0 predicts 10 (flat 4).
    EXPECT_EQ(std::vector<int64_t>(batch.predictPositions.data_ptr<int64_t>(),
                                   batch.predictPositions.data_ptr<int64_t>() + 3),
              (std::vector<int64_t>{1, 2, 4}));
    EXPECT_EQ(std::vector<int64_t>(batch.targets.data_ptr<int64_t>(), batch.targets.data_ptr<int64_t>() + 3),
              (std::vector<int64_t>{7, 8, 10}));
    EXPECT_EQ(batch.attentionMask[1][2].item<int64_t>(), 0);
    // Cut at maxLength 3: the last token of row 0 is gone with its target.
    TokenBatch cut = makeTokenBatch({&a}, 0, 3, torch::kCPU);
    EXPECT_EQ(cut.trainedTokens, 1);
}

TEST(TokenBatch, LengthGroupedBatchesCoverEveryExampleOnce)
{
    std::vector<int64_t> lengths;
    for (int i = 0; i < 1003; ++i)
        lengths.push_back((i * 37) % 101);
    auto batches = lengthGroupedBatches(lengths, 4, 1, 0);
    std::vector<int> seen(1003, 0);
    int64_t padding = 0;
    for (const auto& b : batches) {
        int64_t longest = 0;
        for (int64_t i : b) {
            ++seen[static_cast<size_t>(i)];
            longest = std::max(longest, lengths[static_cast<size_t>(i)]);
        }
        for (int64_t i : b)
            padding += longest - lengths[static_cast<size_t>(i)];
    }
    for (int s : seen)
        EXPECT_EQ(s, 1);
    EXPECT_LT(padding, 1003 * 3); // random batches of this data pad ~ 1003 * 40
    EXPECT_EQ(batches, lengthGroupedBatches(lengths, 4, 1, 0));
    EXPECT_NE(batches, lengthGroupedBatches(lengths, 4, 1, 1));
}
