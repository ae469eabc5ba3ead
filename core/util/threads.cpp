#include "core/util/threads.h"

#include <ATen/Parallel.h>

#include <cstdlib>
#include <string>
#include <thread>

namespace falconry {

int configureEngineThreads()
{
    int threads = 0;
    if (const char* env = std::getenv("OMP_NUM_THREADS")) {
        try {
            threads = std::stoi(env);
        } catch (const std::exception&) {
            threads = 0; // unparsable: fall back to the core count
        }
    }
    if (threads <= 0)
        threads = static_cast<int>(std::thread::hardware_concurrency());
    if (threads <= 0)
        threads = 1;
    at::set_num_threads(threads);
    return at::get_num_threads();
}

} // namespace falconry
