// Replays a fuzz target without libFuzzer (the normal build, any compiler): every file of a corpus
// folder, then a fixed number of mutations of them (bit flips, interesting bytes, cuts, repeats,
// splices) from a fixed seed, so every run tries the same inputs and a failure reproduces.
//   fuzz_replay_<name> CORPUS_DIR [--mutations N] [--seed S]
// A finding aborts (ASan, UBSan or the target's own checks); the input is written to
// replay-crash-<name> first, so it can be added to the corpus.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/** One libFuzzer-style mutation of `input`, using `other` for splices. */
std::string mutate(std::string input, const std::string& other, std::mt19937_64& rng)
{
    const auto pick = [&](size_t n) { return n == 0 ? size_t{0} : static_cast<size_t>(rng() % n); };
    static const char kInteresting[] = {'\0', '\xff', '\x7f', '\x80', '"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\r', ';', '\t', '9', 'e', '-'};
    const int rounds = 1 + static_cast<int>(rng() % 4);
    for (int r = 0; r < rounds; ++r) {
        switch (rng() % 7) {
        case 0: // flip a bit
            if (!input.empty())
                input[pick(input.size())] ^= static_cast<char>(1u << (rng() % 8));
            break;
        case 1: // an interesting byte
            if (!input.empty())
                input[pick(input.size())] = kInteresting[pick(sizeof kInteresting)];
            break;
        case 2: // insert an interesting byte
            input.insert(input.begin() + static_cast<std::ptrdiff_t>(pick(input.size() + 1)), kInteresting[pick(sizeof kInteresting)]);
            break;
        case 3: // cut the end
            input.resize(pick(input.size() + 1));
            break;
        case 4: { // erase a range
            const size_t at = pick(input.size() + 1);
            input.erase(at, pick(input.size() - at + 1));
            break;
        }
        case 5: { // repeat a range
            const size_t at = pick(input.size() + 1);
            const std::string piece = input.substr(at, std::min<size_t>(pick(input.size() - at + 1), 4096));
            input.insert(pick(input.size() + 1), piece);
            break;
        }
        case 6: { // splice in a piece of another input
            const size_t at = pick(other.size() + 1);
            input.insert(pick(input.size() + 1), other.substr(at, std::min<size_t>(pick(other.size() - at + 1), 4096)));
            break;
        }
        }
    }
    return input;
}

std::string g_current;
std::string g_name;

void run(const std::string& input)
{
    g_current = input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
}

void saveCurrent(int)
{
    const std::string path = "replay-crash-" + g_name;
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(g_current.data(), 1, g_current.size(), f);
        std::fclose(f);
        std::fprintf(stderr, "\nthe failing input is in %s\n", path.c_str());
    }
    std::_Exit(1);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " CORPUS_DIR [--mutations N] [--seed S]\n";
        return 2;
    }
    const std::filesystem::path corpus = argv[1];
    long mutations = 0;
    uint64_t seed = 1;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--mutations") == 0)
            mutations = std::strtol(argv[i + 1], nullptr, 10);
        else if (std::strcmp(argv[i], "--seed") == 0)
            seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    g_name = corpus.filename().string();
    std::signal(SIGABRT, saveCurrent);
    std::signal(SIGSEGV, saveCurrent);
    std::vector<std::string> inputs;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(corpus))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
        inputs.push_back(readFile(file));
    if (inputs.empty())
        inputs.emplace_back();
    for (const auto& input : inputs)
        run(input);
    std::mt19937_64 rng(seed);
    for (long i = 0; i < mutations; ++i)
        run(mutate(inputs[rng() % inputs.size()], inputs[rng() % inputs.size()], rng));
    std::cout << g_name << ": " << inputs.size() << " corpus inputs and " << mutations << " mutations, no finding\n";
    return 0;
}
