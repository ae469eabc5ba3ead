#include "core/train/train_data.h"

#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

namespace falconry {

std::vector<TrainExample> loadJsonlExamples(const std::filesystem::path& file, const Tokenizer& tokenizer)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DatasetError(file.string() + ": cannot open the training data file");
    const std::optional<int64_t> eos = tokenizer.eosId();
    std::vector<TrainExample> out;
    std::string line;
    int64_t lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        const std::string where = file.string() + ":" + std::to_string(lineNo);
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const nlohmann::json j = parseJson<DatasetError>(line, where);
        TrainExample ex;
        ex.rowId = static_cast<uint64_t>(lineNo);
        // Prompt and completion tokenized as one text, as the model reads them at generation
        // time; a token is trained when it covers completion bytes (see tokenizeRendered).
        const auto add = [&](const std::string& text, size_t trainedFrom) {
            const Encoding encoding = tokenizer.encodeWithOffsets(text);
            for (size_t i = 0; i < encoding.ids.size(); ++i) {
                ex.ids.push_back(encoding.ids[i]);
                const size_t end = i < encoding.offsets.size() ? encoding.offsets[i].second : text.size();
                ex.trained.push_back(end > trainedFrom ? 1 : 0);
            }
        };
        if (j.is_object() && j.contains("prompt") && j.contains("completion") && j["prompt"].is_string() &&
            j["completion"].is_string()) {
            const std::string prompt = j["prompt"].get<std::string>();
            add(prompt + j["completion"].get<std::string>(), prompt.size());
        } else if (j.is_object() && j.contains("text") && j["text"].is_string()) {
            add(j["text"].get<std::string>(), 0);
        } else {
            throw DatasetError(where + ": expected {\"prompt\": string, \"completion\": string} or {\"text\": string}");
        }
        if (eos) {
            ex.ids.push_back(*eos);
            ex.trained.push_back(1);
        }
        if (ex.ids.size() < 2)
            throw DatasetError(where + ": the example has fewer than 2 tokens; nothing to learn from it");
        out.push_back(std::move(ex));
    }
    if (out.empty())
        throw DatasetError(file.string() + ": no examples (expected one JSON object per line)");
    return out;
}

std::string hashExamples(const std::vector<TrainExample>& examples)
{
    uint64_t h = 1469598103934665603ULL;
    auto mix = [&](uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            h ^= (v >> (8 * i)) & 0xFF;
            h *= 1099511628211ULL;
        }
    };
    for (const auto& e : examples) {
        mix(e.ids.size());
        for (size_t i = 0; i < e.ids.size(); ++i)
            mix(static_cast<uint64_t>(e.ids[i]) * 2 + (e.trained[i] != 0 ? 1 : 0));
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::pair<std::vector<TrainExample>, std::vector<TrainExample>> splitTrainEval(const std::vector<TrainExample>& all,
                                                                               const SplitOptions& split)
{
    std::vector<uint64_t> rowIds;
    rowIds.reserve(all.size());
    for (const TrainExample& e : all)
        rowIds.push_back(e.rowId);
    const std::vector<uint8_t> isEval = evalFlags(rowIds, split);
    std::vector<TrainExample> train;
    std::vector<TrainExample> eval;
    for (size_t i = 0; i < all.size(); ++i)
        (isEval[i] ? eval : train).push_back(all[i]);
    return {std::move(train), std::move(eval)};
}

} // namespace falconry
