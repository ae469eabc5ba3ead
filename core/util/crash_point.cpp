#include "core/util/crash_point.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace falconry {
namespace {

struct CrashTarget {
    std::string name; // empty: no crash asked for
    long hit = 1;
};

const CrashTarget& target()
{
    static const CrashTarget t = [] {
        CrashTarget out;
        const char* value = std::getenv("FALCONRY_TEST_CRASH_AT");
        if (!value || !*value)
            return out;
        std::string spec = value;
        const size_t hash = spec.find('#');
        if (hash != std::string::npos) {
            out.hit = std::max(1L, std::strtol(spec.c_str() + hash + 1, nullptr, 10));
            spec.erase(hash);
        }
        out.name = spec;
        return out;
    }();
    return t;
}

} // namespace

void crashPoint(std::string_view name)
{
    const CrashTarget& t = target();
    if (t.name.empty() || t.name != name)
        return;
    static std::atomic<long> hits{0};
    if (++hits == t.hit)
        ::kill(::getpid(), SIGKILL);
}

} // namespace falconry
