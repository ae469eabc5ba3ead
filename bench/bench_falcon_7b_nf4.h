#pragma once

#include <cstdint>
#include <string>

namespace falconry {

/** bench_falcon_7b --nf4: 4-bit decode beside llama.cpp on the same shape, in one run. */
struct Nf4BenchOptions {
    int64_t layers = 32;   // blocks of the Falcon-7B shape (32 = the real model)
    int64_t prompt = 128;  // prefill tokens
    int64_t decode = 16;   // timed decode steps
    int64_t comparePrompt = 16;  // Compare's two streams vs one: a chat-sized prompt...
    int64_t compareTokens = 32;  // ...and this many new tokens per stream
    std::string dir = "/tmp/falconry-bench-7b"; // the checkpoint and GGUF files (reused when the shape matches)
    std::string llamaTypes = "q4_0,bf16";       // GGUF types llama.cpp runs beside; "none" skips llama.cpp
    bool quick = false;                         // decode figures only (no bf16 decode, prefill choice, Compare)
};

/** Prints the JSON report on stdout; returns the exit code. */
int runNf4Bench(const Nf4BenchOptions& options, int threads);

} // namespace falconry
