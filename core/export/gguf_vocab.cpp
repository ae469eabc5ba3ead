#include "core/export/gguf_vocab.h"

#include "core/export/gguf_writer.h"
#include "core/tokenizer/sentencepiece_model.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

namespace falconry {
namespace {

using json = nlohmann::json;

/** "falcon" for Falcon's 4-step pre-tokenizer (a Punctuation step before ByteLevel), else "gpt-2". */
std::string preTokenizerName(const json& root)
{
    const json& pre = root.value("pre_tokenizer", json());
    if (pre.is_object() && pre.value("type", "") == "Sequence" && pre.contains("pretokenizers"))
        for (const json& step : pre["pretokenizers"])
            if (step.is_object() && step.value("type", "") == "Punctuation")
                return "falcon";
    return "gpt-2";
}

void readBpe(GgufVocab& vocab, const std::filesystem::path& file, int64_t modelVocabSize)
{
    const std::string where = file.string();
    const json root = readJsonFile<TokenizerError>(file);
    const json& model = root.value("model", json());
    if (!model.is_object() || model.value("type", "") != "BPE" || !model.contains("vocab") || !model.contains("merges"))
        throw TokenizerError(where + ": expected a BPE model with 'vocab' and 'merges' (llama.cpp's gpt2 vocabulary)");
    vocab.model = "gpt2";
    vocab.pre = preTokenizerName(root);
    int64_t size = modelVocabSize;
    std::vector<std::string> byId;
    std::vector<int32_t> types;
    auto place = [&](int64_t id, const std::string& text, int32_t type) {
        if (id < 0 || id >= size)
            throw TokenizerError(where + ": token '" + text + "' has id " + std::to_string(id) +
                                 ", beyond the model's vocabulary of " + std::to_string(size));
        byId[static_cast<size_t>(id)] = text;
        types[static_cast<size_t>(id)] = type;
    };
    byId.assign(static_cast<size_t>(size), std::string());
    types.assign(static_cast<size_t>(size), GgufVocab::Unused);
    for (const auto& [text, id] : model["vocab"].items())
        place(id.get<int64_t>(), text, GgufVocab::Normal);
    if (root.contains("added_tokens") && root["added_tokens"].is_array())
        for (const json& added : root["added_tokens"])
            place(added.value("id", int64_t{-1}), added.value("content", std::string()),
                  added.value("special", false) ? GgufVocab::Control : GgufVocab::UserDefined);
    for (size_t i = 0; i < byId.size(); ++i)
        if (types[i] == GgufVocab::Unused)
            byId[i] = "[PAD" + std::to_string(i) + "]";
    vocab.tokens = std::move(byId);
    vocab.types = std::move(types);
    for (const json& merge : model["merges"]) {
        if (merge.is_string())
            vocab.merges.push_back(merge.get<std::string>());
        else if (merge.is_array() && merge.size() == 2)
            vocab.merges.push_back(merge[0].get<std::string>() + " " + merge[1].get<std::string>());
        else
            throw TokenizerError(where + ": a merge is neither \"a b\" nor [\"a\", \"b\"]");
    }
    if (vocab.merges.empty())
        throw TokenizerError(where + ": the BPE model has no merges; llama.cpp needs them to tokenize");
}

void readSentencePiece(GgufVocab& vocab, const std::filesystem::path& file, int64_t modelVocabSize)
{
    const SentencePieceModel sp = SentencePieceModel::parse(readWholeFile(file), file.string());
    if (static_cast<int64_t>(sp.pieces.size()) > modelVocabSize)
        throw TokenizerError(file.string() + ": " + std::to_string(sp.pieces.size()) +
                             " pieces, more than the model's vocabulary of " + std::to_string(modelVocabSize));
    vocab.model = "llama";
    for (const SentencePieceModel::Piece& piece : sp.pieces) {
        vocab.tokens.push_back(piece.piece);
        vocab.scores.push_back(piece.score);
        vocab.types.push_back(static_cast<int32_t>(piece.type));
    }
    for (auto i = static_cast<int64_t>(sp.pieces.size()); i < modelVocabSize; ++i) {
        vocab.tokens.push_back("[PAD" + std::to_string(i) + "]");
        vocab.scores.push_back(-1000.0f);
        vocab.types.push_back(GgufVocab::Unused);
    }
    vocab.addSpacePrefix = sp.normalizer.addDummyPrefix;
    if (sp.unkId >= 0)
        vocab.unkId = sp.unkId;
    if (sp.bosId >= 0)
        vocab.bosId = sp.bosId;
    if (sp.eosId >= 0)
        vocab.eosId = sp.eosId;
    if (sp.padId >= 0)
        vocab.padId = sp.padId;
}

} // namespace

GgufVocab GgufVocab::read(const std::filesystem::path& folder, int64_t modelVocabSize,
                          std::optional<int64_t> configBosId, std::optional<int64_t> configEosId)
{
    GgufVocab vocab;
    if (std::filesystem::exists(folder / "tokenizer.json"))
        readBpe(vocab, folder / "tokenizer.json", modelVocabSize);
    else if (std::filesystem::exists(folder / "tokenizer.model"))
        readSentencePiece(vocab, folder / "tokenizer.model", modelVocabSize);
    else
        throw TokenizerError(folder.string() + ": no tokenizer.json or tokenizer.model; a GGUF needs the tokenizer "
                             "so that llama.cpp can read and write text");
    // The special ids Falconry itself uses (tokenizer_config.json names), else config.json's.
    const std::unique_ptr<Tokenizer> tokenizer = Tokenizer::load(folder);
    if (const auto eos = tokenizer->eosId())
        vocab.eosId = eos;
    else if (configEosId)
        vocab.eosId = configEosId;
    if (const auto bos = tokenizer->bosId())
        vocab.bosId = bos;
    else if (!vocab.bosId && configBosId)
        vocab.bosId = configBosId;
    if (const auto pad = tokenizer->padId())
        vocab.padId = pad;
    return vocab;
}

void GgufVocab::write(GgufWriter& writer) const
{
    writer.addString("tokenizer.ggml.model", model);
    if (!pre.empty())
        writer.addString("tokenizer.ggml.pre", pre);
    writer.addStringArray("tokenizer.ggml.tokens", tokens);
    if (!scores.empty())
        writer.addFloat32Array("tokenizer.ggml.scores", scores);
    writer.addInt32Array("tokenizer.ggml.token_type", types);
    if (!merges.empty())
        writer.addStringArray("tokenizer.ggml.merges", merges);
    if (bosId)
        writer.addUint32("tokenizer.ggml.bos_token_id", static_cast<uint32_t>(*bosId));
    if (eosId)
        writer.addUint32("tokenizer.ggml.eos_token_id", static_cast<uint32_t>(*eosId));
    if (unkId)
        writer.addUint32("tokenizer.ggml.unknown_token_id", static_cast<uint32_t>(*unkId));
    if (padId)
        writer.addUint32("tokenizer.ggml.padding_token_id", static_cast<uint32_t>(*padId));
    writer.addBool("tokenizer.ggml.add_bos_token", false);
    writer.addBool("tokenizer.ggml.add_eos_token", false);
    if (model == "llama")
        writer.addBool("tokenizer.ggml.add_space_prefix", addSpacePrefix);
}

} // namespace falconry
