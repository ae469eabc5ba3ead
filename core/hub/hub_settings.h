#pragma once

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>

namespace falconry {

/** How persistent the client is with a flaky network: attempts per request, doubling delays. */
struct RetryPolicy {
    int attempts = 5;               // tries per request (and per file without progress)
    double firstDelaySeconds = 1.0; // then 2, 4, ... capped at maxDelaySeconds
    double maxDelaySeconds = 8.0;
    long connectTimeoutSeconds = 15;
    long stallSeconds = 30;         // a transfer under 1 byte/s for this long is dropped and retried
};

/** Where the Hub is and who talks to it. Empty fields take the environment's values (see below). */
struct HubSettings {
    std::string endpoint;           // "https://huggingface.co"; empty: $HF_ENDPOINT, else the public Hub
    std::optional<std::string> token; // nullopt: hubToken(); "" = anonymous
    RetryPolicy retry;

    std::string resolvedEndpoint() const;
    std::string resolvedToken() const;
};

/** $HF_ENDPOINT without a trailing '/', else https://huggingface.co. */
std::string hubEndpoint();

/**
 * The token huggingface_hub would use: $HF_TOKEN, else $HUGGING_FACE_HUB_TOKEN, else the file that
 * `huggingface-cli login` writes (hubTokenFile()); empty when none.
 */
std::string hubToken();

/** $HF_TOKEN_PATH, else $HF_HOME/token, else $XDG_CACHE_HOME/huggingface/token, else ~/.cache/huggingface/token. */
std::filesystem::path hubTokenFile();

/** "org/name" with characters the Hub allows (letters, digits, '-', '_', '.'), no "--" or "..". */
bool isValidRepoId(const std::string& repoId);

/** Sleeps `seconds` in short slices; returns false as soon as `stop` is set. */
bool sleepUnlessStopped(double seconds, const std::atomic<bool>* stop);

} // namespace falconry
