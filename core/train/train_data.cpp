#include "core/train/train_data.h"

#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>

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
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error& e) {
            throw DatasetError(where + ": not a JSON object (" + std::string(e.what()) + ")");
        }
        TrainExample ex;
        auto add = [&](const std::string& text, uint8_t trained) {
            for (int64_t id : tokenizer.encode(text)) {
                ex.ids.push_back(id);
                ex.trained.push_back(trained);
            }
        };
        if (j.is_object() && j.contains("prompt") && j.contains("completion") && j["prompt"].is_string() &&
            j["completion"].is_string()) {
            add(j["prompt"].get<std::string>(), 0);
            add(j["completion"].get<std::string>(), 1);
        } else if (j.is_object() && j.contains("text") && j["text"].is_string()) {
            add(j["text"].get<std::string>(), 1);
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
                                                                               double evalRatio, uint64_t seed)
{
    const auto n = static_cast<int64_t>(all.size());
    int64_t nEval = static_cast<int64_t>(std::llround(evalRatio * static_cast<double>(n)));
    if (evalRatio > 0.0 && n >= 2)
        nEval = std::clamp<int64_t>(nEval, 1, n - 1);
    else
        nEval = 0;
    std::vector<int64_t> order(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        order[static_cast<size_t>(i)] = i;
    std::mt19937_64 rng(seed ^ 0xE7A15EEDULL);
    for (int64_t i = n - 1; i > 0; --i)
        std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(rng() % static_cast<uint64_t>(i + 1))]);
    std::vector<uint8_t> isEval(static_cast<size_t>(n), 0);
    for (int64_t i = 0; i < nEval; ++i)
        isEval[static_cast<size_t>(order[static_cast<size_t>(i)])] = 1;
    std::vector<TrainExample> train;
    std::vector<TrainExample> eval;
    for (int64_t i = 0; i < n; ++i)
        (isEval[static_cast<size_t>(i)] ? eval : train).push_back(all[static_cast<size_t>(i)]);
    return {std::move(train), std::move(eval)};
}

} // namespace falconry
