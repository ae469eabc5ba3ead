#pragma once

// This machine's peaks, measured in the run that reports figures against them.

namespace falconry::bench {

/**
 * Memory read bandwidth in GB/s as STREAM measures it: every core (libtorch's threads) reads its
 * own part of a 2 GiB buffer (far beyond the caches) with the widest loads this CPU has into
 * independent accumulators; best of `repeats`. A torch sum is not used: on an Intel Xeon it read
 * 9.8 GB/s where such a loop reads 21.4 (issue #20).
 */
double measureStreamReadBandwidth(int repeats = 10);

/** bf16 matmul GFLOP/s: [512, 4544] @ [4544, 4544] (prefill-shaped, the 7B width), best of `repeats`. */
double measureBf16MatmulGflops(int repeats = 5);

} // namespace falconry::bench
