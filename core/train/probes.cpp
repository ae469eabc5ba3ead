#include "core/train/probes.h"

#include "core/data/chat_prompt.h"
#include "core/generate/generator.h"
#include "core/lora/lora_model.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "core/train/imported_examples.h"
#include "core/train/train_config.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <set>
#include <unistd.h>

namespace falconry {
namespace fs = std::filesystem;
namespace {

/**
 * While probes are answered: LoRA dropout off (it would draw random numbers and change the
 * answers) and, for the base answer, every adapter switched off; all restored after, also on error.
 */
class ProbeModeGuard {
public:
    ProbeModeGuard(LoraModel* lora, bool base)
        : m_lora(lora)
    {
        if (!m_lora)
            return;
        for (const LoraLayer& layer : m_lora->layers()) {
            m_wasTraining.push_back(layer.adapter->training());
            m_wasEnabled.push_back(layer.linear->adapterEnabled());
            layer.adapter->setTraining(false);
            if (base)
                layer.linear.ptr()->setAdapterEnabled(false); // ptr(): the holder is const here, the layer is not
        }
    }
    ~ProbeModeGuard()
    {
        if (!m_lora)
            return;
        const auto& layers = m_lora->layers();
        for (size_t i = 0; i < layers.size(); ++i) {
            layers[i].adapter->setTraining(m_wasTraining[i]);
            layers[i].linear.ptr()->setAdapterEnabled(m_wasEnabled[i]);
        }
    }
    ProbeModeGuard(const ProbeModeGuard&) = delete;
    ProbeModeGuard& operator=(const ProbeModeGuard&) = delete;

private:
    LoraModel* m_lora;
    std::vector<bool> m_wasTraining;
    std::vector<bool> m_wasEnabled;
};

nlohmann::json toJson(const ProbeAnswer& a)
{
    nlohmann::json j = {{"prompt", a.prompt}, {"answer", a.answer}, {"step", a.step}, {"checkpoint", a.checkpoint},
                        {"seconds", a.seconds}};
    if (!a.reference.empty())
        j["reference"] = a.reference;
    return j;
}

void appendLines(const fs::path& path, const std::string& text)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        throw IoError(path.string() + ": cannot open for appending");
    const ssize_t written = ::write(fd, text.data(), text.size()); // one write: a model's answers are whole or absent
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size()))
        throw IoError(path.string() + ": could not append the probe answers (disk full?)");
}

/** The stop strings of the run's template, when its name says it (no dataset read for held-out probes). */
std::vector<std::string> templateStops(const TrainConfig& config)
{
    if (config.templateName.empty())
        return {};
    try {
        return renderChatPrompt(PromptTemplate::fromName(config.templateName), RoleMapping::parse(config.columnMapping), {},
                                "?")
            .stopStrings;
    } catch (const Error&) {
        return {}; // a custom template without an answer placeholder: the EOS and the length bound the answer
    }
}

} // namespace

std::vector<std::string> readProbePrompts(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ConfigError(file.string() + ": cannot read the probes file (one prompt per line)");
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
            line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos)
            out.push_back(line);
    }
    return out;
}

std::vector<Probe> makeProbes(const TrainConfig& config, const Tokenizer& tokenizer, const std::vector<TrainExample>& heldOut)
{
    std::vector<Probe> out;
    if (!config.probes)
        return out;
    if (!config.probePrompts.empty()) {
        const RunPromptFormat format = runPromptFormat(config);
        for (const std::string& text : config.probePrompts) {
            Probe p;
            p.prompt = text;
            if (format.plain) {
                p.promptIds = tokenizer.encode(text); // {"prompt", "completion"} lines: the prompt as written
            } else {
                const ChatPrompt chat = renderChatPrompt(format.tpl, format.mapping, {}, text);
                p.promptIds = encodeChatPrompt(chat, tokenizer);
                p.stopStrings = chat.stopStrings;
            }
            if (!p.promptIds.empty())
                out.push_back(std::move(p));
        }
        return out;
    }
    const std::vector<std::string> stops = templateStops(config);
    const std::optional<int64_t> eos = tokenizer.eosId();
    for (const TrainExample& e : heldOut) {
        if (static_cast<int64_t>(out.size()) >= config.probeCount)
            break;
        const auto firstTrained = std::find(e.trained.begin(), e.trained.end(), uint8_t{1});
        const size_t cut = static_cast<size_t>(firstTrained - e.trained.begin());
        if (cut == 0 || cut >= e.ids.size())
            continue; // nothing to ask (everything trained) or nothing to answer
        Probe p;
        p.promptIds.assign(e.ids.begin(), e.ids.begin() + static_cast<std::ptrdiff_t>(cut));
        std::vector<int64_t> answer;
        for (size_t i = cut; i < e.ids.size() && e.trained[i]; ++i)
            if (!eos || e.ids[i] != *eos)
                answer.push_back(e.ids[i]);
        p.prompt = tokenizer.decode(p.promptIds);
        p.reference = tokenizer.decode(answer);
        p.stopStrings = stops;
        out.push_back(std::move(p));
    }
    return out;
}

ProbeRunner::ProbeRunner(const TrainConfig& config, std::unique_ptr<Tokenizer> tokenizer, std::vector<Probe> probes)
    : m_runDir(config.outDir)
    , m_maxTokens(config.probeMaxTokens)
    , m_tokenizer(std::move(tokenizer))
    , m_probes(std::move(probes))
{
    for (const ProbeAnswer& a : readProbeAnswers(m_runDir)) {
        m_haveBase = m_haveBase || a.step == 0;
        m_lastStep = std::max(m_lastStep, a.step);
    }
}

ProbeRunner::~ProbeRunner() = default;
ProbeRunner::ProbeRunner(ProbeRunner&&) noexcept = default;

void ProbeRunner::answerBase(FalconModelImpl& model, LoraModel* lora)
{
    if (m_probes.empty() || m_haveBase)
        return;
    answer(model, lora, 0, kBaseProbeName);
    m_haveBase = true;
}

void ProbeRunner::answerCheckpoint(FalconModelImpl& model, LoraModel* lora, int64_t step, const std::string& checkpoint)
{
    if (m_probes.empty() || step <= m_lastStep)
        return;
    answer(model, lora, step, checkpoint);
}

std::vector<ProbeAnswer> ProbeRunner::answer(FalconModelImpl& model, LoraModel* lora, int64_t step, const std::string& checkpoint)
{
    const auto start = std::chrono::steady_clock::now();
    GenerationSettings settings;
    settings.sampling.greedy = true;
    settings.maxNewTokens = m_maxTokens;
    std::set<std::string> stops;
    std::vector<std::vector<int64_t>> prompts;
    for (const Probe& p : m_probes) {
        stops.insert(p.stopStrings.begin(), p.stopStrings.end());
        prompts.push_back(p.promptIds);
    }
    settings.stopStrings.assign(stops.begin(), stops.end());
    const std::atomic<bool> never{false}; // a probe batch is short; Stop takes effect at the next step
    GenerationResult result;
    {
        ProbeModeGuard guard(lora, step == 0);
        result = generate(model, m_tokenizer.get(), prompts, settings, GenerationCallback(), never);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m_seconds += seconds;
    std::vector<ProbeAnswer> answers;
    std::string text;
    for (size_t i = 0; i < m_probes.size(); ++i) {
        ProbeAnswer a;
        a.prompt = m_probes[i].prompt;
        a.answer = result.rows[i].text;
        a.step = step;
        a.checkpoint = checkpoint;
        a.reference = m_probes[i].reference;
        a.seconds = seconds;
        text += toJson(a).dump() + "\n";
        answers.push_back(std::move(a));
    }
    appendLines(m_runDir / kProbesFile, text);
    m_lastStep = std::max(m_lastStep, step);
    return answers;
}

std::vector<ProbeAnswer> readProbeAnswers(const fs::path& runDir)
{
    std::vector<ProbeAnswer> out;
    std::ifstream in(runDir / kProbesFile, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_object() || !j.contains("step") || !j["step"].is_number_integer())
            continue; // a line cut by a crash
        ProbeAnswer a;
        a.prompt = j.value("prompt", "");
        a.answer = j.value("answer", "");
        a.step = j["step"].get<int64_t>();
        a.checkpoint = j.value("checkpoint", "");
        a.reference = j.value("reference", "");
        a.seconds = j.value("seconds", 0.0);
        out.push_back(std::move(a));
    }
    return out;
}

void truncateProbeAnswers(const fs::path& runDir, int64_t step)
{
    const fs::path path = runDir / kProbesFile;
    if (!fs::exists(path))
        return;
    std::string kept;
    bool dropped = false;
    for (const ProbeAnswer& a : readProbeAnswers(runDir)) {
        if (a.step > step) {
            dropped = true;
            continue;
        }
        kept += toJson(a).dump() + "\n";
    }
    // Rewritten also when a cut last line was all there was to drop.
    std::ifstream in(path, std::ios::binary);
    const std::string before((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (dropped || before != kept)
        writeFileAtomically(path, kept);
}

} // namespace falconry
