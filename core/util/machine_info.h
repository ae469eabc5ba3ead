#pragma once

#include <string>

namespace falconry {

/** The machine a run ran on: training is reproducible at a fixed thread count on one CPU, not across CPUs. */
struct MachineInfo {
    std::string cpu;         // /proc/cpuinfo "model name", e.g. "AMD EPYC 9R14"; "unknown" elsewhere
    int logicalCores = 0;    // std::thread::hardware_concurrency()
    bool avx512Bf16 = false; // the CPU flags that change which kernels run
    bool amx = false;
};

MachineInfo currentMachine();

} // namespace falconry
