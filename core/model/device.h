#pragma once

#include <torch/torch.h>

#include <string>

namespace falconry {

/**
 * The device named by `request`, chosen at run time: "cpu"; "cuda" = cuda:`localRank` (one GPU
 * per local rank under a launcher, cuda:0 alone); "auto" = that when CUDA is available, else cpu;
 * or an explicit "cuda:N". Throws ConfigError for an unknown name, and when CUDA is asked for but
 * this build or machine has none, or the GPU asked for is not visible.
 */
torch::Device selectDevice(const std::string& request, int localRank);

} // namespace falconry
