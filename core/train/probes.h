#pragma once

// Probe prompts: a few prompts answered by the base model once and by every checkpoint as it is
// written, on the training model between steps (the adapter switched off for the base answer),
// so that a run shows how its answers change. Kept in the run folder as probes.jsonl.

#include "core/data/train_example.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace falconry {

class FalconModelImpl;
class LoraModel;
class Tokenizer;
struct TrainConfig;

inline constexpr const char* kProbesFile = "probes.jsonl";
inline constexpr const char* kBaseProbeName = "base";

/** One probe as the model sees it. */
struct Probe {
    std::string prompt;             // a line of the probes file, or a held-out example's prompt as rendered
    std::vector<int64_t> promptIds; // the prompt tokenized as the run renders its examples
    std::vector<std::string> stopStrings; // the template's next turn
    std::string reference;          // the dataset's answer (held-out examples), else ""
};

/** One line of probes.jsonl: one probe answered by one model. */
struct ProbeAnswer {
    std::string prompt;
    std::string answer;
    int64_t step = 0;         // 0 = the base model
    std::string checkpoint;   // "base", "step-N" (checkpoints/step-N) or "adapter" (the final one)
    std::string reference;    // the dataset's answer, "" for prompts given in a file
    double seconds = 0.0;     // the time answering all probes of this model took (one batch)
};

/** A probes file: one prompt per line (trailing whitespace dropped, blank lines skipped). Throws ConfigError. */
std::vector<std::string> readProbePrompts(const std::filesystem::path& file);

/**
 * The probes of a run: config.probePrompts rendered with the run's template (runPromptFormat),
 * or, when none are given, the prompts of the first config.probeCount held-out examples (the
 * masked prefix of each, its trained part as the reference; examples without a prompt skipped).
 * Empty when probes are off or there is nothing to probe with.
 */
std::vector<Probe> makeProbes(const TrainConfig& config, const Tokenizer& tokenizer, const std::vector<TrainExample>& heldOut);

/**
 * Answers probes greedily (one batch, at most config.probeMaxTokens new tokens each) on the
 * model being trained, and appends the answers to runDir/probes.jsonl (one line each, flushed).
 * LoRA dropout and the model's training mode are off while it answers and restored after; no
 * random number is drawn, so a run with probes trains exactly as one without.
 */
class ProbeRunner {
public:
    ProbeRunner(const TrainConfig& config, std::unique_ptr<Tokenizer> tokenizer, std::vector<Probe> probes);
    ~ProbeRunner();
    ProbeRunner(ProbeRunner&&) noexcept;

    bool empty() const { return m_probes.empty(); }
    const std::vector<Probe>& probes() const { return m_probes; }

    /** The base model's answers (adapter off), unless probes.jsonl already holds them (a resumed run). */
    void answerBase(FalconModelImpl& model, LoraModel* lora);
    /** This checkpoint's answers, unless `step` was answered already (the final adapter of a run saved at its last step). */
    void answerCheckpoint(FalconModelImpl& model, LoraModel* lora, int64_t step, const std::string& checkpoint);
    /** Seconds spent answering so far in this process. */
    double seconds() const { return m_seconds; }

private:
    std::vector<ProbeAnswer> answer(FalconModelImpl& model, LoraModel* lora, int64_t step, const std::string& checkpoint);

    std::filesystem::path m_runDir;
    int64_t m_maxTokens = 0;
    std::unique_ptr<Tokenizer> m_tokenizer;
    std::vector<Probe> m_probes;
    int64_t m_lastStep = -1;  // the newest step answered (from probes.jsonl on a resume)
    bool m_haveBase = false;
    double m_seconds = 0.0;
};

/** probes.jsonl of `runDir`, in file order; a half-written last line (a crash) is skipped. Throws on no error: missing file = {}. */
std::vector<ProbeAnswer> readProbeAnswers(const std::filesystem::path& runDir);

/** Rewrites probes.jsonl (atomically) without the answers of checkpoints after `step` (resume). */
void truncateProbeAnswers(const std::filesystem::path& runDir, int64_t step);

} // namespace falconry
