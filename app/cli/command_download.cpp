// `falconry-cli download`: fetch a model from the Hugging Face Hub into the standard cache.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/hub/hub_download.h"
#include "core/hub/hub_error.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace falconry::cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void onDownloadInterrupt(int)
{
    g_stop = true; // the transfer stops at its next callback; the partial file stays resumable
}

std::string formatDuration(double seconds)
{
    if (seconds < 0)
        return "?";
    const long s = static_cast<long>(seconds + 0.5);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
    else if (s >= 60)
        std::snprintf(text, sizeof text, "%ldm%02lds", s / 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%lds", s);
    return text;
}

int runDownload(const std::vector<std::string>& args)
{
    ArgParser parser({"revision", "cache-dir", "endpoint"}, {});
    parser.parse(args);
    if (parser.positionals().size() != 1)
        throw UsageError("give one model name, for example tiiuae/falcon-7b");
    DownloadRequest request;
    request.repoId = parser.positionals()[0];
    request.revision = parser.valueOr("revision", "main");
    request.cacheDir = parser.valueOr("cache-dir", "");
    request.settings.endpoint = parser.valueOr("endpoint", "");

    std::signal(SIGINT, &onDownloadInterrupt);
    std::signal(SIGTERM, &onDownloadInterrupt);
    HubDownloader downloader(request, &g_stop);
    const DownloadPlan& plan = downloader.plan();
    std::cerr << plan.repoId << " at " << plan.commit.substr(0, 12) << ": " << plan.files.size() << " files, "
              << formatBytes(plan.totalBytes);
    if (plan.bytesToFetch < plan.totalBytes)
        std::cerr << " (" << formatBytes(plan.totalBytes - plan.bytesToFetch) << " already here)";
    std::cerr << "; " << formatBytes(plan.freeBytes) << " free\n";

    const bool tty = ::isatty(STDERR_FILENO) != 0;
    auto lastLine = std::chrono::steady_clock::now() - std::chrono::hours(1);
    int lastFile = -1;
    const DownloadResult result = downloader.run([&](const DownloadProgress& p) {
        const auto now = std::chrono::steady_clock::now();
        const bool newFile = p.fileIndex != lastFile;
        if (!tty && !newFile && now - lastLine < std::chrono::seconds(5) && p.note != "done")
            return true;
        lastLine = now;
        lastFile = p.fileIndex;
        char line[256];
        std::snprintf(line, sizeof line, "[%d/%d] %s  %s / %s  %s/s  %s left%s%s", p.fileIndex + 1, p.fileCount, p.file.c_str(),
                      formatBytes(p.done).c_str(), formatBytes(p.total).c_str(), formatBytes(static_cast<uint64_t>(p.bytesPerSecond)).c_str(),
                      formatDuration(p.secondsLeft).c_str(), p.note.empty() ? "" : "  ", p.note.c_str());
        if (tty)
            std::cerr << "\r\033[K" << line << std::flush;
        else
            std::cerr << line << "\n";
        return true;
    });
    if (tty)
        std::cerr << "\n";
    std::cerr << "downloaded " << formatBytes(result.bytesFetched) << " in " << formatDuration(result.seconds) << "\n";
    std::cout << result.snapshotDir.string() << std::endl; // the last line: give it to --model
    return 0;
}

const CommandRegistrar kRegistrar(
    {"download", "download a model from the Hugging Face Hub into its cache (resumable)",
     "falconry-cli download REPO [--revision R] [--cache-dir DIR] [--endpoint URL]\n"
     "  REPO like tiiuae/falcon-7b; HF_ENDPOINT, HF_TOKEN (or `huggingface-cli login`) and HF_HUB_CACHE apply.\n"
     "  Prints the snapshot folder last; --model accepts it, or the repo id itself once downloaded.",
     &runDownload});

} // namespace
} // namespace falconry::cli
