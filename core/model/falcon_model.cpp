#include "core/model/falcon_model.h"

#include "core/model/bf16_gemv.h"
#include "core/model/positional_encoding.h"
#include "core/util/errors.h"

namespace falconry {

FalconTransformerImpl::FalconTransformerImpl(const FalconConfig& config, const torch::TensorOptions& options, bool initialize)
{
    word_embeddings = torch::nn::Embedding(torch::nn::EmbeddingOptions(config.vocabSize, config.hiddenSize)._weight(
        torch::empty({config.vocabSize, config.hiddenSize}, options)));
    register_module("word_embeddings", word_embeddings);
    h = register_module("h", torch::nn::ModuleList());
    for (int64_t i = 0; i < config.numHiddenLayers; ++i)
        h->push_back(FalconBlock(config, i, options, initialize));
    ln_f = register_module("ln_f", makeFalconLayerNorm(config.hiddenSize, config.layerNormEpsilon, options));
}

FalconModelImpl::FalconModelImpl(const FalconConfig& config, const ModelOptions& options) : m_config(config)
{
    m_config.validate();
    if (options.dtype != torch::kFloat && options.dtype != torch::kBFloat16 && options.dtype != torch::kHalf)
        throw ConfigError(std::string("model dtype must be float32, bfloat16 or float16, not ") + c10::toString(options.dtype));
    const auto topts = torch::TensorOptions().dtype(options.dtype).device(options.device);
    transformer = register_module("transformer", FalconTransformer(config, topts, false));
    if (!config.tieWordEmbeddings)
        lm_head = register_module("lm_head", FalconLinear(config.hiddenSize, config.vocabSize, false, topts, false));
    if (options.randomInit) {
        // transformers' FalconPreTrainedModel._init_weights: normal(0, initializer_range) for Linear
        // and Embedding weights, zero biases; LayerNorms weight 1, bias 0 (already so).
        torch::NoGradGuard noGrad;
        if (options.seed != 0)
            torch::manual_seed(options.seed);
        for (auto& item : named_parameters()) {
            const std::string& name = item.key();
            torch::Tensor& p = item.value();
            const bool isNorm = name.find("layernorm") != std::string::npos || name.find("ln_") != std::string::npos;
            if (isNorm)
                continue;
            if (name.size() >= 5 && name.compare(name.size() - 5, 5, ".bias") == 0)
                p.zero_();
            else
                p.normal_(0.0, config.initializerRange);
        }
    }
}

torch::ScalarType FalconModelImpl::dtype() const
{
    return transformer->word_embeddings->weight.scalar_type();
}

torch::Device FalconModelImpl::device() const
{
    return transformer->word_embeddings->weight.device();
}

torch::Tensor FalconModelImpl::embed(const torch::Tensor& ids)
{
    if (ids.dim() != 2)
        throw Error("input ids must be [batch, length], got " + c10::str(ids.sizes()));
    const torch::Tensor flat = ids.to(device(), torch::kLong).reshape({-1});
    const auto [lo, hi] = flat.numel() > 0 ? std::make_pair(flat.min().item<int64_t>(), flat.max().item<int64_t>())
                                            : std::make_pair(int64_t{0}, int64_t{0});
    if (lo < 0 || hi >= m_config.vocabSize)
        throw Error("token id " + std::to_string(lo < 0 ? lo : hi) + " is outside the vocabulary (0.." +
                    std::to_string(m_config.vocabSize - 1) + ")");
    return transformer->word_embeddings->weight.index_select(0, flat).view({ids.size(0), ids.size(1), m_config.hiddenSize});
}

FalconBlock FalconModelImpl::block(int64_t i)
{
    return transformer->h->ptr<FalconBlockImpl>(static_cast<size_t>(i));
}

torch::Tensor FalconModelImpl::chunkMask(const torch::Tensor& ids, const torch::Tensor& attentionMask, int64_t pastLength) const
{
    const int64_t b = ids.size(0);
    const int64_t t = ids.size(1);
    const auto lopts = torch::TensorOptions().dtype(torch::kLong).device(device());
    if (!attentionMask.defined())
        return torch::ones({b, t}, lopts);
    if (attentionMask.dim() != 2 || attentionMask.size(0) != b ||
        (attentionMask.size(1) != t && attentionMask.size(1) != pastLength + t))
        throw Error("attention mask must be [" + std::to_string(b) + ", " + std::to_string(t) + "] or [" + std::to_string(b) +
                    ", " + std::to_string(pastLength + t) + "], got " + c10::str(attentionMask.sizes()));
    const torch::Tensor m = attentionMask.to(device(), torch::kLong);
    return m.size(1) == t ? m : m.narrow(1, pastLength, t);
}

AttentionContext FalconModelImpl::buildContext(const torch::Tensor& fullMask, int64_t queryLength, KvCache* cache,
                                               torch::ScalarType dtype) const
{
    AttentionContext ctx;
    ctx.queryLength = queryLength;
    ctx.pastLength = fullMask.size(1) - queryLength;
    ctx.cache = cache;
    ctx.positions = positionsFromMask(fullMask, queryLength);
    if (m_config.alibi)
        ctx.alibi = alibiBias(fullMask, m_config.numAttentionHeads);
    else
        std::tie(ctx.cos, ctx.sin) = rotaryCosSin(m_config, ctx.positions, fullMask.size(1), dtype);
    // A single new token with no padding anywhere attends to everything: no mask needed.
    const bool anyPadding = (fullMask == 0).any().item<bool>();
    if (queryLength > 1 || anyPadding)
        ctx.mask = additiveAttentionMask(fullMask, queryLength);
    return ctx;
}

AttentionContext FalconModelImpl::makeContext(const torch::Tensor& attentionMask, int64_t pastLength,
                                              torch::ScalarType dtype) const
{
    if (!attentionMask.defined() || attentionMask.dim() != 2)
        throw Error("makeContext: attention mask [B, T] or [B, past + T] required");
    torch::Tensor full = attentionMask.to(device(), torch::kLong);
    int64_t t = full.size(1) - pastLength;
    if (t <= 0) {
        // [B, T] for the new tokens only: past positions count as real tokens.
        t = full.size(1);
        full = torch::cat({torch::ones({full.size(0), pastLength}, full.options()), full}, 1);
    }
    return buildContext(full, t, nullptr, dtype);
}

AttentionContext FalconModelImpl::contextFor(const torch::Tensor& ids, const torch::Tensor& attentionMask, KvCache* cache) const
{
    const int64_t past = cache ? cache->length() : 0;
    if (cache && cache->batch() != ids.size(0))
        throw Error("KV cache holds " + std::to_string(cache->batch()) + " rows but the batch has " + std::to_string(ids.size(0)));
    const torch::Tensor chunk = chunkMask(ids, attentionMask, past);
    const torch::Tensor full = past > 0 ? torch::cat({cache->mask().to(chunk.device()), chunk}, 1) : chunk;
    return buildContext(full, ids.size(1), cache, dtype());
}

torch::Tensor FalconModelImpl::finalNorm(const torch::Tensor& h)
{
    return layerNormFp32(h, transformer->ln_f);
}

torch::Tensor FalconModelImpl::wordEmbeddingWeight() const
{
    return transformer->word_embeddings->weight;
}

torch::Tensor FalconModelImpl::lmHead(const torch::Tensor& h)
{
    if (lm_head)
        return lm_head(h);
    const torch::Tensor& tied = transformer->word_embeddings->weight;
    if (torch::Tensor y = bf16GemvOrUndefined(h, tied); y.defined())
        return y; // decode: stream the 65024 x H head at memory speed
    return torch::nn::functional::linear(h, tied);
}

torch::Tensor FalconModelImpl::forwardHidden(const torch::Tensor& ids, const torch::Tensor& attentionMask, KvCache* cache)
{
    torch::Tensor h = embed(ids);
    const AttentionContext ctx = contextFor(ids, attentionMask, cache);
    for (int64_t i = 0; i < numLayers(); ++i)
        h = block(i)->forward(h, ctx);
    if (cache)
        cache->advance(chunkMask(ids, attentionMask, ctx.pastLength));
    return h;
}

torch::Tensor FalconModelImpl::forward(const torch::Tensor& ids, const torch::Tensor& attentionMask, KvCache* cache)
{
    return lmHead(finalNorm(forwardHidden(ids, attentionMask, cache)));
}

torch::Tensor FalconModelImpl::forwardLast(const torch::Tensor& ids, const torch::Tensor& attentionMask, KvCache* cache)
{
    const torch::Tensor h = forwardHidden(ids, attentionMask, cache);
    return lmHead(finalNorm(h.select(1, h.size(1) - 1)));
}

std::vector<std::pair<std::string, FalconLinear>> FalconModelImpl::linearLayers()
{
    std::vector<std::pair<std::string, FalconLinear>> out;
    for (int64_t i = 0; i < numLayers(); ++i) {
        const std::string prefix = "transformer.h." + std::to_string(i) + ".";
        const FalconBlock b = block(i);
        out.emplace_back(prefix + "self_attention.query_key_value", b->self_attention->query_key_value);
        out.emplace_back(prefix + "self_attention.dense", b->self_attention->dense);
        out.emplace_back(prefix + "mlp.dense_h_to_4h", b->mlp->dense_h_to_4h);
        out.emplace_back(prefix + "mlp.dense_4h_to_h", b->mlp->dense_4h_to_h);
    }
    return out;
}

void FalconModelImpl::setAdapterRowMask(torch::Tensor rowMask)
{
    for (auto& [name, linear] : linearLayers())
        linear->setAdapterRowMask(rowMask);
}

void FalconModelImpl::setAdapterEnabled(bool enabled)
{
    for (auto& [name, linear] : linearLayers())
        linear->setAdapterEnabled(enabled);
}

std::unique_ptr<KvCache> FalconModelImpl::makeCache(int64_t batch, int64_t capacity) const
{
    return std::make_unique<KvCache>(numLayers(), batch, m_config.kvHeads(), m_config.headDim(), dtype(), device(), capacity);
}

} // namespace falconry
