#include "core/util/threads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>
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

int parallelForThreads()
{
    const int threads = at::get_num_threads();
    const auto seen = std::make_unique<std::atomic<bool>[]>(static_cast<size_t>(threads));
    // One item per thread (grain 1): each part records the thread that ran it.
    at::parallel_for(0, threads, 1, [&](int64_t, int64_t) {
        const int id = at::get_thread_num();
        if (id >= 0 && id < threads)
            seen[static_cast<size_t>(id)].store(true);
    });
    int count = 0;
    for (int i = 0; i < threads; ++i)
        count += seen[static_cast<size_t>(i)].load() ? 1 : 0;
    return std::max(count, 1);
}

} // namespace falconry
