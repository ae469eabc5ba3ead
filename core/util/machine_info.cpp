#include "core/util/machine_info.h"

#include <fstream>
#include <sstream>
#include <thread>

namespace falconry {

MachineInfo currentMachine()
{
    MachineInfo info;
    info.cpu = "unknown";
    info.logicalCores = static_cast<int>(std::thread::hardware_concurrency());
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    bool haveName = false;
    bool haveFlags = false;
    while (std::getline(in, line) && !(haveName && haveFlags)) {
        const size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string key = line.substr(0, line.find_first_of(" \t"));
        const std::string value = colon + 2 <= line.size() ? line.substr(colon + 2) : std::string();
        if (!haveName && line.rfind("model name", 0) == 0) {
            info.cpu = value;
            haveName = true;
        } else if (!haveFlags && key == "flags") {
            std::istringstream flags(value);
            std::string flag;
            while (flags >> flag) {
                info.avx512Bf16 = info.avx512Bf16 || flag == "avx512_bf16";
                info.amx = info.amx || flag == "amx_bf16";
            }
            haveFlags = true;
        }
    }
    return info;
}

} // namespace falconry
