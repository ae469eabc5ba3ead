// bench_nf4_gemv: the NF4 decode GEMV alone on the four matrices of Falcon-7B's blocks, beside the
// same run's STREAM-style read bandwidth. Codes and scales are random bytes (the kernels' speed does
// not depend on the values), double-quantized as generation holds them; enough blocks that the
// weights are far beyond the caches, as in decode. Prints JSON: GB/s of codes and scales read per
// second and its fraction of the bandwidth, per kernel this CPU has and per number of input rows.
// Beside them, each kernel on one thread over a matrix that stays in that core's caches: the rate
// its instructions allow when memory is not the limit. Times the threads, that is the most the
// kernel can read; below the bandwidth, the cores and not the memory set the decode speed.
//
//   bench_nf4_gemv [--blocks N] [--repeats N]
#include "machine_peaks.h"

#include "core/lora/nf4.h"
#include "core/lora/nf4_gemv.h"
#include "core/util/threads.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/** A double-quantized NF4 [out, in] of random codes and scales (blocks of 64). */
falconry::Nf4Tensor randomNf4(int64_t out, int64_t in)
{
    falconry::Nf4Tensor w;
    w.shape = {out, in};
    w.blockSize = 64;
    w.doubleQuant = true;
    const int64_t n = out * in;
    const int64_t blocks = n / 64;
    w.packed = torch::randint(0, 256, {n / 2}, torch::kUInt8);
    w.qabsmax = torch::randint(0, 256, {blocks}, torch::kUInt8);
    w.absmax2 = torch::rand({(blocks + 255) / 256}) * 0.01 + 0.001;
    w.offset = 0.02F;
    return w;
}

} // namespace

int main(int argc, char** argv)
{
    int64_t blocks = 8;
    int repeats = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--blocks")
            blocks = std::atoll(argv[i + 1]);
        else if (flag == "--repeats")
            repeats = std::atoi(argv[i + 1]);
        else {
            std::cerr << "usage: bench_nf4_gemv [--blocks N] [--repeats N]\n";
            return 2;
        }
    }
    const int threads = falconry::configureEngineThreads(); // OMP_NUM_THREADS, else every core
    torch::manual_seed(0);
    const double bandwidth = falconry::bench::measureStreamReadBandwidth();
    // Falcon-7B's block: query_key_value [4672, 4544], dense [4544, 4544], dense_h_to_4h
    // [18176, 4544], dense_4h_to_h [4544, 18176].
    const std::vector<std::pair<int64_t, int64_t>> shapes = {{4672, 4544}, {4544, 4544}, {18176, 4544}, {4544, 18176}};
    std::vector<falconry::Nf4Tensor> weights;
    double bytes = 0;
    for (int64_t b = 0; b < blocks; ++b)
        for (const auto& [out, in] : shapes) {
            weights.push_back(randomNf4(out, in));
            bytes += static_cast<double>(weights.back().bytes());
        }
    nlohmann::json kernels = nlohmann::json::object();
    for (const falconry::Nf4Kernel kernel : {falconry::Nf4Kernel::Avx512, falconry::Nf4Kernel::Avx512Bf16,
                                             falconry::Nf4Kernel::Avx512Vnni, falconry::Nf4Kernel::Portable}) {
        if (!falconry::nf4KernelAvailable(kernel))
            continue;
        nlohmann::json rowsJson = nlohmann::json::object();
        for (const int64_t rows : {int64_t{1}, int64_t{2}}) {
            std::vector<torch::Tensor> xs;
            for (const falconry::Nf4Tensor& w : weights)
                xs.push_back(torch::randn({rows, w.shape[1]}).to(torch::kBFloat16));
            double best = 1e30;
            const int n = kernel == falconry::Nf4Kernel::Portable ? 1 : repeats;
            for (int r = 0; r < n; ++r) {
                const double t0 = now();
                for (size_t i = 0; i < weights.size(); ++i)
                    falconry::nf4Gemv(xs[i], weights[i], kernel);
                best = std::min(best, now() - t0);
            }
            rowsJson[std::to_string(rows)] = {{"seconds", best},
                                              {"gbs", bytes / best / 1e9},
                                              {"fraction_of_bandwidth", bytes / best / 1e9 / bandwidth}};
        }
        kernels[falconry::nf4KernelName(kernel)] = rowsJson;
    }
    // One thread, one input row, a [512, 4544] weight (1.2 MB of codes, in L2 or L3), best of 300 passes.
    nlohmann::json cacheResident = nlohmann::json::object();
    {
        const falconry::Nf4Tensor w = randomNf4(512, 4544);
        const torch::Tensor x = torch::randn({1, 4544}).to(torch::kBFloat16);
        const int engineThreads = at::get_num_threads();
        at::set_num_threads(1);
        for (const falconry::Nf4Kernel kernel :
             {falconry::Nf4Kernel::Avx512, falconry::Nf4Kernel::Avx512Bf16, falconry::Nf4Kernel::Avx512Vnni}) {
            if (!falconry::nf4KernelAvailable(kernel))
                continue;
            falconry::nf4Gemv(x, w, kernel); // warm the caches
            double best = 1e30;
            for (int r = 0; r < 300; ++r) {
                const double t0 = now();
                falconry::nf4Gemv(x, w, kernel);
                best = std::min(best, now() - t0);
            }
            const double gbs = static_cast<double>(w.bytes()) / best / 1e9;
            cacheResident[falconry::nf4KernelName(kernel)] = {{"gbs_one_thread", gbs},
                                                              {"gbs_times_threads", gbs * threads}};
        }
        at::set_num_threads(engineThreads);
    }
    const double bandwidthAfter = falconry::bench::measureStreamReadBandwidth();
    const nlohmann::json out = {
        {"benchmark", "nf4_gemv"},
        {"threads", threads},
        {"blocks", blocks},
        {"bytes_per_pass", bytes},
        {"reference", {{"stream_read_bandwidth_gbs", std::max(bandwidth, bandwidthAfter)},
                       {"stream_read_bandwidth_gbs_each", {bandwidth, bandwidthAfter}},
                       {"note", "same run, before and after the kernels; fractions are of the best"}}},
        {"kernels", kernels},
        {"cache_resident_one_row", cacheResident},
    };
    std::cout << out.dump(2) << std::endl;
    return 0;
}
