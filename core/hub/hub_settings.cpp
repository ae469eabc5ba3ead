#include "core/hub/hub_settings.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>

namespace fs = std::filesystem;

namespace falconry {
namespace {

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ' || s.back() == '\t'))
        s.pop_back();
    size_t a = 0;
    while (a < s.size() && (s[a] == ' ' || s[a] == '\t'))
        ++a;
    return s.substr(a);
}

} // namespace

std::string hubEndpoint()
{
    std::string e = env("HF_ENDPOINT");
    if (e.empty())
        e = "https://huggingface.co";
    while (!e.empty() && e.back() == '/')
        e.pop_back();
    return e;
}

fs::path hubTokenFile()
{
    if (const std::string v = env("HF_TOKEN_PATH"); !v.empty())
        return v;
    if (const std::string v = env("HF_HOME"); !v.empty())
        return fs::path(v) / "token";
    if (const std::string v = env("XDG_CACHE_HOME"); !v.empty())
        return fs::path(v) / "huggingface" / "token";
    return fs::path(env("HOME")) / ".cache" / "huggingface" / "token";
}

std::string hubToken()
{
    if (std::string v = trimmed(env("HF_TOKEN")); !v.empty())
        return v;
    if (std::string v = trimmed(env("HUGGING_FACE_HUB_TOKEN")); !v.empty())
        return v;
    std::ifstream in(hubTokenFile());
    if (!in)
        return {};
    std::string line;
    std::getline(in, line);
    return trimmed(line);
}

std::string HubSettings::resolvedEndpoint() const
{
    if (endpoint.empty())
        return hubEndpoint();
    std::string e = endpoint;
    while (!e.empty() && e.back() == '/')
        e.pop_back();
    return e;
}

std::string HubSettings::resolvedToken() const
{
    return token ? *token : hubToken();
}

bool isValidRepoId(const std::string& repoId)
{
    const size_t slash = repoId.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == repoId.size() || repoId.find('/', slash + 1) != std::string::npos)
        return false;
    if (repoId.find("--") != std::string::npos || repoId.find("..") != std::string::npos || repoId.size() > 96)
        return false;
    for (size_t i = 0; i < repoId.size(); ++i) {
        const char c = repoId[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                        c == '.' || i == slash;
        if (!ok)
            return false;
    }
    const auto edge = [](char c) { return c == '-' || c == '.'; };
    return !edge(repoId.front()) && !edge(repoId.back()) && !edge(repoId[slash - 1]) && !edge(repoId[slash + 1]);
}

bool sleepUnlessStopped(double seconds, const std::atomic<bool>* stop)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (stop && stop->load())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return !(stop && stop->load());
}

} // namespace falconry
