#include "core/model/device.h"

#include "core/util/errors.h"

namespace falconry {
namespace {

torch::Device visibleCudaDevice(int index, const std::string& request)
{
    const auto count = static_cast<int>(torch::cuda::device_count());
    if (index < 0 || index >= count)
        throw ConfigError("device '" + request + "': GPU " + std::to_string(index) + " asked for, but only " +
                          std::to_string(count) + " GPU(s) are visible");
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
}

} // namespace

torch::Device selectDevice(const std::string& request, int localRank)
{
    const bool cuda = torch::cuda::is_available();
    if (request.empty() || request == "auto")
        return cuda ? visibleCudaDevice(localRank, request) : torch::Device(torch::kCPU);
    if (request == "cpu")
        return torch::Device(torch::kCPU);
    if (request.rfind("cuda", 0) == 0) {
        if (!cuda)
            throw ConfigError("device '" + request + "' asked for, but " +
                              (torch::hasCUDA() ? std::string("no CUDA GPU is visible (CUDA_VISIBLE_DEVICES?)")
                                                : std::string("this build of libtorch has no CUDA")) +
                              "; use --device cpu or auto");
        if (request == "cuda")
            return visibleCudaDevice(localRank, request);
        if (request.rfind("cuda:", 0) == 0) {
            char* end = nullptr;
            const long index = std::strtol(request.c_str() + 5, &end, 10);
            if (end != request.c_str() + 5 && *end == '\0')
                return visibleCudaDevice(static_cast<int>(index), request);
        }
    }
    throw ConfigError("device '" + request + "': expected auto, cpu, cuda or cuda:N");
}

} // namespace falconry
