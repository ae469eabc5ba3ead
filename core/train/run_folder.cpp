#include "core/train/run_folder.h"

#include "core/io/safetensors_file.h"
#include "core/lora/lora_model.h"
#include "core/lora/peft_adapter.h"
#include "core/util/atomic_file.h"
#include "core/util/atomic_folder.h"
#include "core/util/crash_point.h"
#include "core/util/error_info.h"
#include "core/util/json_text.h"
#include "core/util/errors.h"

#include <ATen/CPUGeneratorImpl.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <sstream>
#include <vector>

namespace falconry {
namespace fs = std::filesystem;
namespace {

std::optional<int64_t> stepOf(const fs::path& dir)
{
    const std::string name = dir.filename().string();
    if (name.rfind("step-", 0) != 0)
        return std::nullopt;
    try {
        size_t used = 0;
        const int64_t n = std::stoll(name.substr(5), &used);
        if (used != name.size() - 5)
            return std::nullopt;
        return n;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::vector<std::pair<int64_t, fs::path>> checkpointsOf(const fs::path& runDir)
{
    std::vector<std::pair<int64_t, fs::path>> out;
    const fs::path root = runDir / "checkpoints";
    if (!fs::exists(root))
        return out;
    for (const auto& entry : fs::directory_iterator(root)) {
        if (!entry.is_directory())
            continue;
        if (auto n = stepOf(entry.path()); n && fs::exists(entry.path() / "trainer_state.json"))
            out.emplace_back(*n, entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

fs::path saveCheckpoint(const fs::path& runDir, const TrainerState& state, const LoraModel* lora,
                        const std::map<std::string, torch::Tensor>& fullWeights,
                        const std::map<std::string, torch::Tensor>& optimizer, int64_t keep)
{
    const fs::path root = runDir / "checkpoints";
    const fs::path final = root / ("step-" + std::to_string(state.step));
    const fs::path tmp = root / (".step-" + std::to_string(state.step) + ".tmp");
    fs::create_directories(root);
    fs::remove_all(tmp);
    fs::create_directories(tmp);
    if (lora)
        savePeftAdapter(*lora, tmp / "adapter");
    else
        saveSafetensors(tmp / "model.safetensors", fullWeights);
    saveSafetensors(tmp / "optimizer.safetensors", optimizer);
    {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        saveSafetensors(tmp / "rng.safetensors", {{"cpu", gen.get_state()}});
    }
    nlohmann::json j;
    j["step"] = state.step;
    j["epoch"] = state.epoch;
    j["batch_in_epoch"] = state.batchInEpoch;
    j["best_eval_loss"] = state.bestEvalLoss ? nlohmann::json(*state.bestEvalLoss) : nlohmann::json(nullptr);
    j["evals_without_improvement"] = state.evalsWithoutImprovement;
    j["elapsed"] = state.elapsedSeconds;
    j["loss"] = state.lastLoss;
    const auto optional = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    j["initial_loss"] = optional(state.lossTrend.initial);
    j["smoothed_loss"] = optional(state.lossTrend.smoothed);
    j["best_smoothed_loss"] = optional(state.lossTrend.best);
    j["scheduler_step"] = state.step; // the LR is a function of the step
    writeFileAtomically(tmp / "trainer_state.json", j.dump(2) + "\n");
    syncPath(tmp);
    crashPoint("checkpoint-before-rename");
    fs::remove_all(final);
    fs::rename(tmp, final);
    syncPath(root);
    // Keep the newest `keep`, and the best one whatever its age: a run that diverges later falls back to it.
    const auto best = bestCheckpoint(runDir);
    auto all = checkpointsOf(runDir);
    for (size_t i = 0; i + static_cast<size_t>(keep) < all.size(); ++i)
        if (!best || all[i].second != *best)
            fs::remove_all(all[i].second);
    return final;
}

std::optional<fs::path> newestCheckpoint(const fs::path& runDir)
{
    auto all = checkpointsOf(runDir);
    if (all.empty())
        return std::nullopt;
    return all.back().second;
}

std::optional<fs::path> bestCheckpoint(const fs::path& runDir)
{
    std::optional<fs::path> best;
    double bestLoss = 0.0;
    for (const auto& [step, dir] : checkpointsOf(runDir)) {
        const auto j = nlohmann::json::parse(readWholeFile(dir / "trainer_state.json"), nullptr, false);
        if (!j.is_object() || !j.contains("smoothed_loss") || !j["smoothed_loss"].is_number())
            continue;
        const double loss = j["smoothed_loss"].get<double>();
        if (!best || loss < bestLoss) {
            best = dir;
            bestLoss = loss;
        }
    }
    return best;
}

void setAsideCheckpointsAfter(const fs::path& runDir, const fs::path& best)
{
    const auto bestStep = stepOf(best);
    for (const auto& [step, dir] : checkpointsOf(runDir)) {
        if (bestStep && step <= *bestStep)
            continue;
        const fs::path aside = dir.parent_path() / ("diverged-step-" + std::to_string(step));
        fs::remove_all(aside);
        fs::rename(dir, aside);
    }
}

void removeStaleTemporaries(const fs::path& runDir)
{
    std::error_code ec;
    const fs::path root = runDir / "checkpoints";
    if (!fs::is_directory(root, ec))
        return;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(".step-", 0) == 0 && name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0)
            fs::remove_all(entry.path(), ec);
    }
}

LoadedCheckpoint loadCheckpoint(const fs::path& dir)
{
    LoadedCheckpoint c;
    c.dir = dir;
    const fs::path statePath = dir / "trainer_state.json";
    try {
        const nlohmann::json j = readJsonFile<CheckpointError>(statePath);
        c.state.step = j.at("step").get<int64_t>();
        c.state.epoch = j.at("epoch").get<int64_t>();
        c.state.batchInEpoch = j.at("batch_in_epoch").get<int64_t>();
        if (!j.at("best_eval_loss").is_null())
            c.state.bestEvalLoss = j["best_eval_loss"].get<double>();
        c.state.evalsWithoutImprovement = j.at("evals_without_improvement").get<int64_t>();
        c.state.elapsedSeconds = j.at("elapsed").get<double>();
        c.state.lastLoss = j.value("loss", 0.0);
        const auto optional = [&](const char* key) {
            return j.contains(key) && j[key].is_number() ? std::optional<double>(j[key].get<double>()) : std::nullopt;
        };
        c.state.lossTrend.initial = optional("initial_loss");
        c.state.lossTrend.smoothed = optional("smoothed_loss");
        c.state.lossTrend.best = optional("best_smoothed_loss");
    } catch (const nlohmann::json::exception& e) {
        throw CheckpointError(statePath.string() + ": unreadable trainer state (" + plainJsonMessage(e) + ")");
    }
    auto readAll = [](const fs::path& path) {
        SafetensorsFile file(path);
        std::map<std::string, torch::Tensor> out;
        for (const auto& name : file.names())
            out[name] = file.tensor(name).clone();
        return out;
    };
    if (fs::exists(dir / "adapter" / "adapter_model.safetensors"))
        c.trainable = readAll(dir / "adapter" / "adapter_model.safetensors");
    else if (fs::exists(dir / "model.safetensors"))
        c.trainable = readAll(dir / "model.safetensors");
    else
        throw CheckpointError(dir.string() + ": holds neither adapter/adapter_model.safetensors nor model.safetensors");
    c.optimizer = readAll(dir / "optimizer.safetensors");
    auto rng = readAll(dir / "rng.safetensors");
    if (!rng.count("cpu"))
        throw CheckpointError((dir / "rng.safetensors").string() + ": tensor 'cpu' (the RNG state) is missing");
    c.rngState = rng["cpu"];
    return c;
}

void appendMetrics(const fs::path& runDir, const nlohmann::json& line)
{
    const fs::path path = runDir / "metrics.jsonl";
    const std::string text = line.dump() + "\n";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        throw IoError(path.string() + ": cannot open for appending");
    const ssize_t written = ::write(fd, text.data(), text.size()); // one write: a line is whole or absent
    const int err = written < 0 ? errno : ENOSPC; // a short write: no room for the rest
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size())) {
        const std::string message = path.string() + ": could not append a metrics line (" + std::strerror(err) + ")";
        if (err == ENOSPC || err == EDQUOT)
            throw Described<IoError>(message, "io.disk_full", {{"path", path.string()}});
        throw IoError(message);
    }
}

void truncateMetrics(const fs::path& runDir, int64_t step)
{
    const fs::path path = runDir / "metrics.jsonl";
    if (!fs::exists(path))
        return;
    std::istringstream in(readWholeFile(path));
    std::string kept;
    std::string line;
    while (std::getline(in, line)) {
        try {
            const auto j = nlohmann::json::parse(line);
            if (j.value("step", int64_t{0}) <= step)
                kept += line + "\n";
        } catch (const nlohmann::json::exception&) {
            // a torn last line from a crash: dropped
        }
    }
    writeFileAtomically(path, kept);
}

} // namespace falconry
