#include "core/hub/model_card.h"

#include "core/hub/hub_error.h"
#include "core/hub/hub_settings.h"
#include "core/hub/loss_plot_png.h"
#include "core/io/hf_cache.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace falconry {
namespace {

nlohmann::json readJson(const fs::path& file)
{
    auto j = nlohmann::json::parse(readWholeFile(file), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw ConfigError(file.string() + ": not a JSON object");
    return j;
}

std::string fixed(double v, int digits = 4)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", digits, v);
    return text;
}

std::string withThousands(int64_t n)
{
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3)
        s.insert(static_cast<size_t>(i), ",");
    return s;
}

std::string setting(const nlohmann::json& s, const char* key)
{
    if (!s.contains(key))
        return {};
    const auto& v = s[key];
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_boolean())
        return v.get<bool>() ? "yes" : "no";
    if (v.is_array()) {
        std::string out;
        for (const auto& x : v)
            out += (out.empty() ? "" : ", ") + (x.is_string() ? x.get<std::string>() : x.dump());
        return out;
    }
    return v.dump();
}

/** The repo id a model location stands for: a cache snapshot, an "org/name" id, or nothing. */
std::string repoIdOf(const std::string& model)
{
    if (const std::string id = repoIdOfSnapshot(model); !id.empty())
        return id;
    std::error_code ec;
    if (isValidRepoId(model) && !fs::exists(model, ec))
        return model;
    return {};
}

} // namespace

std::string licenseOfModelFolder(const fs::path& folder)
{
    std::ifstream in(folder / "README.md");
    std::string line;
    if (!std::getline(in, line) || line.rfind("---", 0) != 0)
        return {};
    while (std::getline(in, line) && line.rfind("---", 0) != 0) {
        if (line.rfind("license:", 0) == 0) {
            std::string v = line.substr(8);
            v.erase(0, v.find_first_not_of(" \t\"'"));
            v.erase(v.find_last_not_of(" \t\r\"'") + 1);
            return v;
        }
    }
    return {};
}

ModelCardInput readRunForCard(const fs::path& runDir)
{
    ModelCardInput in;
    const nlohmann::json run = readJson(runDir / "run.json");
    in.settings = run.value("settings", nlohmann::json::object());
    const std::string model = in.settings.value("model", std::string());
    in.kind = in.settings.value("full", false) ? "full" : (in.settings.value("nf4", false) ? "qlora" : "lora");
    in.baseModel = repoIdOf(model); // the run's own model first: a cache snapshot or a repo id
    if (in.baseModel.empty() && fs::exists(runDir / "adapter" / "adapter_config.json")) {
        const nlohmann::json adapter = readJson(runDir / "adapter" / "adapter_config.json");
        if (const std::string base = adapter.value("base_model_name_or_path", std::string()); !repoIdOf(base).empty())
            in.baseModel = repoIdOf(base);
    }
    if (in.baseModel.empty())
        in.baseModel = model;
    std::error_code ec;
    if (!model.empty() && fs::is_directory(model, ec))
        in.license = licenseOfModelFolder(model);
    if (in.license.empty() && !in.baseModel.empty())
        if (auto snapshot = resolveCachedRepo(in.baseModel))
            in.license = licenseOfModelFolder(*snapshot);
    if (run.contains("dataset") && run["dataset"].is_object()) {
        in.trainRows = run["dataset"].value("train_examples", int64_t{0});
        in.evalRows = run["dataset"].value("eval_examples", int64_t{0});
        in.datasetHash = run["dataset"].value("hash", std::string());
    }
    in.datasetName = fs::path(in.settings.value("data", std::string())).filename().string();
    in.templateName = in.settings.value("template", std::string());
    std::ifstream metrics(runDir / "metrics.jsonl");
    std::string line;
    while (std::getline(metrics, line)) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_object() || !j.contains("step"))
            continue;
        const double step = j["step"].get<double>();
        in.steps = std::max<int64_t>(in.steps, static_cast<int64_t>(step));
        if (j.contains("loss") && j["loss"].is_number()) {
            in.trainLoss.emplace_back(step, j["loss"].get<double>());
            in.finalTrainLoss = j["loss"].get<double>();
        }
        if (j.contains("eval_loss") && j["eval_loss"].is_number()) {
            in.evalLoss.emplace_back(step, j["eval_loss"].get<double>());
            in.finalEvalLoss = j["eval_loss"].get<double>();
        }
    }
    if (in.trainLoss.empty())
        in.lossImage.clear();
    return in;
}

std::string renderModelCard(const ModelCardInput& in)
{
    const bool adapter = in.kind == "lora" || in.kind == "qlora";
    const bool baseIsRepo = isValidRepoId(in.baseModel);
    std::ostringstream md;
    md << "---\n";
    if (baseIsRepo)
        md << "base_model: " << in.baseModel << "\n";
    if (adapter)
        md << "library_name: peft\n";
    else
        md << "library_name: transformers\n";
    if (!in.license.empty())
        md << "license: " << in.license << "\n";
    md << "pipeline_tag: text-generation\ntags:\n- falcon\n";
    if (in.kind == "qlora")
        md << "- qlora\n";
    else if (in.kind == "lora" || in.kind == "merged")
        md << "- lora\n";
    md << "- falconry\n";
    if (adapter)
        md << "- base_model:adapter:" << (baseIsRepo ? in.baseModel : std::string("local")) << "\n";
    md << "---\n\n";

    const std::string title = in.repoId.empty() ? std::string("Falcon fine-tune") : in.repoId;
    const std::string base = baseIsRepo ? "[" + in.baseModel + "](https://huggingface.co/" + in.baseModel + ")" : "`" + in.baseModel + "`";
    md << "# " << title << "\n\n";
    if (in.kind == "merged")
        md << "A fine-tune of " << base << " with a LoRA adapter merged into its weights";
    else if (in.kind == "full")
        md << "A full-parameter fine-tune of " << base;
    else
        md << "A " << (in.kind == "qlora" ? "QLoRA (LoRA on a 4-bit NF4 base)" : "LoRA") << " adapter for " << base;
    md << ", trained with [Falconry](https://github.com/falconry/falconry).\n\n";

    md << "## Training data\n\n";
    if (in.trainRows + in.evalRows > 0)
        md << "- Examples: " << withThousands(in.trainRows + in.evalRows) << " (" << withThousands(in.trainRows) << " for training, "
           << withThousands(in.evalRows) << " held out for evaluation)\n";
    if (!in.datasetName.empty())
        md << "- File: `" << in.datasetName << "`\n";
    if (!in.datasetHash.empty())
        md << "- Dataset hash: `" << in.datasetHash << "` (of the rendered examples, to tell datasets apart)\n";
    md << "- Prompt template: `" << (in.templateName.empty() ? std::string("plain text") : in.templateName) << "`\n\n";

    if (!in.settings.empty()) {
        md << "## Training settings\n\n| setting | value |\n|---|---|\n";
        const std::pair<const char*, const char*> rows[] = {
            {"lora_r", "LoRA rank"}, {"lora_alpha", "LoRA alpha"}, {"lora_dropout", "LoRA dropout"}, {"targets", "LoRA target modules"},
            {"nf4", "4-bit NF4 base (QLoRA)"}, {"dtype", "compute dtype"}, {"lr", "learning rate"}, {"schedule", "schedule"},
            {"warmup_ratio", "warmup ratio"}, {"epochs", "epochs"}, {"max_steps", "max steps"}, {"batch", "batch size"},
            {"grad_accum", "gradient accumulation"}, {"max_length", "max length (tokens)"}, {"weight_decay", "weight decay"},
            {"max_grad_norm", "max gradient norm"}, {"eval_ratio", "eval share"}, {"seed", "seed"}};
        for (const auto& [key, label] : rows) {
            if (!adapter && std::string(key).rfind("lora", 0) == 0)
                continue;
            if (const std::string v = setting(in.settings, key); !v.empty())
                md << "| " << label << " | " << v << " |\n";
        }
        md << "\n";
    }

    md << "## Results\n\n";
    if (in.steps > 0)
        md << "- Steps: " << withThousands(in.steps) << "\n";
    if (in.finalTrainLoss)
        md << "- Final training loss: " << fixed(*in.finalTrainLoss) << "\n";
    if (in.finalEvalLoss)
        md << "- Final evaluation loss: " << fixed(*in.finalEvalLoss) << "\n";
    if (!in.lossImage.empty())
        md << "\n![Training loss (blue) and evaluation loss (orange) by step](" << in.lossImage << ")\n";
    md << "\n## How to use\n\n```python\n";
    const std::string repo = in.repoId.empty() ? std::string("THIS_REPO") : in.repoId;
    const std::string baseId = baseIsRepo ? in.baseModel : std::string("PATH_TO_THE_BASE_MODEL");
    if (adapter) {
        md << "import torch\nfrom peft import PeftModel\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
           << "base = AutoModelForCausalLM.from_pretrained(\"" << baseId << "\", torch_dtype=torch.bfloat16, device_map=\"auto\")\n"
           << "model = PeftModel.from_pretrained(base, \"" << repo << "\")\n"
           << "tokenizer = AutoTokenizer.from_pretrained(\"" << baseId << "\")\n";
    } else {
        md << "import torch\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
           << "model = AutoModelForCausalLM.from_pretrained(\"" << repo << "\", torch_dtype=torch.bfloat16, device_map=\"auto\")\n"
           << "tokenizer = AutoTokenizer.from_pretrained(\"" << repo << "\")\n";
    }
    md << "```\n";
    if (!in.templateName.empty())
        md << "\nPrompts should follow the `" << in.templateName << "` template the model was trained with.\n";
    return md.str();
}

UploadBundle prepareUpload(const fs::path& path, const std::string& repoId)
{
    UploadBundle b;
    std::error_code ec;
    if (fs::is_regular_file(path / "run.json", ec)) {
        b.isRun = true;
        b.card = readRunForCard(path);
        b.folder = fs::is_directory(path / "adapter", ec) ? path / "adapter" : path / "model";
        if (!fs::is_directory(b.folder, ec))
            throw HubError(HubErrorKind::Refused, path.string() + " is a run without a final adapter yet (no adapter/ or model/ folder): let the training finish first");
        if (!b.card.lossImage.empty())
            b.extraFiles[b.card.lossImage] = renderLossPlotPng(b.card.trainLoss, b.card.evalLoss);
    } else if (fs::is_regular_file(path / "adapter_config.json", ec)) {
        b.folder = path;
        const nlohmann::json adapter = readJson(path / "adapter_config.json");
        b.card.baseModel = repoIdOf(adapter.value("base_model_name_or_path", std::string()));
        if (b.card.baseModel.empty())
            b.card.baseModel = adapter.value("base_model_name_or_path", std::string());
        b.card.lossImage.clear();
        if (auto snapshot = isValidRepoId(b.card.baseModel) ? resolveCachedRepo(b.card.baseModel) : std::nullopt)
            b.card.license = licenseOfModelFolder(*snapshot);
    } else if (fs::is_regular_file(path / "config.json", ec)) {
        b.folder = path;
        b.card.kind = "merged";
        b.card.lossImage.clear();
        b.card.license = licenseOfModelFolder(path);
    } else {
        throw HubError(HubErrorKind::Refused, path.string() + " is neither a run folder (run.json), a PEFT adapter (adapter_config.json) nor a model folder (config.json)");
    }
    b.card.repoId = repoId;
    if (b.isRun || !fs::exists(b.folder / "README.md", ec))
        b.extraFiles["README.md"] = renderModelCard(b.card);
    return b;
}

} // namespace falconry
