#pragma once

namespace falconry {

/**
 * Sets libtorch's intra-op thread count once at start. libtorch starts with a
 * single OpenMP thread on some machines; this uses every core unless
 * OMP_NUM_THREADS says otherwise. Returns the count in effect.
 */
int configureEngineThreads();

} // namespace falconry
