// `falconry-cli upload`: put a run's adapter (with a generated model card) or a model folder on the Hub.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/hub/hub_api.h"
#include "core/hub/hub_download.h"
#include "core/hub/hub_error.h"
#include "core/hub/hub_upload.h"
#include "core/hub/model_card.h"
#include "core/util/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace falconry::cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void onUploadInterrupt(int)
{
    g_stop = true; // nothing is committed unless every file arrived
}

int runUpload(const std::vector<std::string>& args)
{
    ArgParser parser({"repo", "message", "card", "endpoint", "revision"}, {"private"});
    parser.parse(args);
    if (parser.positionals().size() != 1)
        throw UsageError("give one folder: a run folder, a PEFT adapter folder or a merged model folder");
    if (!parser.has("repo"))
        throw UsageError("--repo NAME is required (NAME or namespace/NAME)");
    const std::filesystem::path path = parser.positionals()[0];
    HubSettings settings;
    settings.endpoint = parser.valueOr("endpoint", "");
    std::string repo = parser.value("repo");
    if (repo.find('/') == std::string::npos) // the card names the full id: the account's namespace
        repo = HubApi(settings).whoami().name + "/" + repo;

    UploadBundle bundle = prepareUpload(path, repo);
    if (auto card = parser.optional("card")) {
        bundle.extraFiles["README.md"] = readWholeFile(*card);
    } else if (bundle.extraFiles.count("README.md") && bundle.card.license.empty() && isValidRepoId(bundle.card.baseModel)) {
        // The base model's licence, from the Hub when it is not in the local cache (best effort).
        try {
            bundle.card.license = HubApi(settings).modelInfo(bundle.card.baseModel).license;
            bundle.extraFiles["README.md"] = renderModelCard(bundle.card);
        } catch (const HubError& e) {
            std::cerr << "note: the licence of " << bundle.card.baseModel << " is unknown (" << e.what() << ")\n";
        }
    }

    UploadRequest request;
    request.folder = bundle.folder;
    request.extraFiles = bundle.extraFiles;
    request.repoId = repo;
    request.isPrivate = parser.has("private");
    request.revision = parser.valueOr("revision", "main");
    request.commitMessage = parser.valueOr("message", bundle.isRun ? "Upload LoRA adapter trained with Falconry" : "Upload with Falconry");
    request.settings = settings;

    std::signal(SIGINT, &onUploadInterrupt);
    std::signal(SIGTERM, &onUploadInterrupt);
    const bool tty = ::isatty(STDERR_FILENO) != 0;
    std::string lastPhase;
    const UploadResult result = uploadFolder(
        request,
        [&](const UploadProgress& p) {
            if (!tty && p.phase == lastPhase)
                return true;
            lastPhase = p.phase;
            char line[256];
            std::snprintf(line, sizeof line, "%s %s  %s / %s", p.phase.c_str(), p.file.c_str(), formatBytes(p.done).c_str(),
                          formatBytes(p.total).c_str());
            if (tty)
                std::cerr << "\r\033[K" << line << std::flush;
            else
                std::cerr << line << "\n";
            return true;
        },
        &g_stop);
    if (tty)
        std::cerr << "\n";
    std::cerr << (result.createdRepo ? "created " : "updated ") << result.repoId << ": " << result.files << " files ("
              << result.lfsFiles << " through LFS, " << result.lfsUploaded << " new), commit " << result.commitOid.substr(0, 12) << "\n";
    std::cout << result.repoUrl << std::endl; // the last line: the repository's page
    return 0;
}

const CommandRegistrar kRegistrar(
    {"upload", "upload a run's adapter (with a model card) or a model folder to the Hugging Face Hub",
     "falconry-cli upload FOLDER_OR_RUN --repo NAME [--private] [--message TEXT] [--card README.md] [--endpoint URL]\n"
     "  A run folder uploads its final adapter with a generated model card and loss curve.\n"
     "  The token comes from HF_TOKEN or `huggingface-cli login`; it must be allowed to write.",
     &runUpload});

} // namespace
} // namespace falconry::cli
