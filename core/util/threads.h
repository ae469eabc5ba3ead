#pragma once

namespace falconry {

/**
 * Sets libtorch's intra-op thread count once at start. libtorch starts with a
 * single OpenMP thread on some machines; this uses every core unless
 * OMP_NUM_THREADS says otherwise. Returns the count in effect.
 */
int configureEngineThreads();

/**
 * How many threads an at::parallel_for in Falconry's own code runs on, counted by running one:
 * it equals at::get_num_threads() when the engine is built with OpenMP as libtorch is, and is 1
 * when a translation unit lacks -fopenmp (the pragma inside at::parallel_for is then ignored and
 * every kernel of ours runs on the calling thread; see CMakeLists.txt).
 */
int parallelForThreads();

} // namespace falconry
