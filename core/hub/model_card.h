#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace falconry {

/** What a model card says; read from a run folder (readRunForCard) or filled by hand. */
struct ModelCardInput {
    std::string repoId;             // where the card goes ("alice/falcon-7b-support")
    std::string baseModel;          // repo id of the base ("tiiuae/falcon-7b"), or a local path
    std::string license;            // the base model's licence ("apache-2.0"); empty = unknown
    std::string kind = "lora";      // "lora", "qlora", "merged" (adapter folded in), "full"
    int64_t trainRows = 0;
    int64_t evalRows = 0;
    std::string datasetHash;
    std::string datasetName;        // the data file's name, without its folders
    std::string templateName;
    nlohmann::json settings = nlohmann::json::object(); // run.json "settings"
    int64_t steps = 0;
    std::optional<double> finalTrainLoss;
    std::optional<double> finalEvalLoss;
    std::vector<std::pair<double, double>> trainLoss; // (step, loss)
    std::vector<std::pair<double, double>> evalLoss;
    std::string lossImage = "loss.png"; // in the repository; empty = none
};

/** Reads run.json, metrics.jsonl and adapter/adapter_config.json of a run folder. Throws ConfigError naming the file. */
ModelCardInput readRunForCard(const std::filesystem::path& runDir);

/** README.md: YAML front matter (base_model, library_name, license, tags), data, settings, results, how to load. */
std::string renderModelCard(const ModelCardInput& input);

/** The `license:` of a model folder's README.md front matter (a Hub snapshot has one); empty when none. */
std::string licenseOfModelFolder(const std::filesystem::path& folder);

/** What to upload for a folder: a run (its adapter/ or model/), a PEFT adapter folder or a merged model folder. */
struct UploadBundle {
    std::filesystem::path folder;   // the files to upload
    std::map<std::string, std::string> extraFiles; // README.md (the card) and loss.png, when made
    ModelCardInput card;
    bool isRun = false;
};

/**
 * Prepares the upload of `path` to `repoId`: for a run folder, the final adapter (or full model)
 * with a generated card and the loss curve image; for an adapter or model folder, a card from
 * what it holds unless it has its own README.md. Throws HubError(Refused) for anything else.
 */
UploadBundle prepareUpload(const std::filesystem::path& path, const std::string& repoId);

} // namespace falconry
