// This computer's fp32 matmul rate, for the training-time estimate (torch stays out of the Qt headers).
#include "ui/model/training_estimate.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <mutex>

namespace falconry::ui {

double measuredMatmulGflops()
{
    static std::once_flag once;
    static double gflops = 0.0;
    std::call_once(once, [] {
        torch::NoGradGuard noGrad;
        // [512, 1024] x [1024, 2048]ᵀ… a shape of the size a small Falcon's linears have; best of 5.
        const torch::Tensor a = torch::randn({512, 1024});
        const torch::Tensor w = torch::randn({2048, 1024});
        torch::Tensor c = torch::nn::functional::linear(a, w);
        double best = 1e30;
        for (int i = 0; i < 5; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            for (int k = 0; k < 4; ++k)
                c = torch::nn::functional::linear(a, w);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / 4);
        }
        gflops = 2.0 * 512 * 1024 * 2048 / std::max(best, 1e-9) / 1e9;
    });
    return gflops;
}

} // namespace falconry::ui
