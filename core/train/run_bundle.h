#pragma once

// Run bundles: one file holding a finished run, for another Falconry to open read-only in its
// run history or to reproduce with `falconry-cli train --from-bundle`. The file is a POSIX
// ustar archive (core/io/tar_archive.h; any `tar -tf` lists it), extension .falconry-run:
//
//   falconry-bundle.json  first member: format, format_version, created, written_by (Falconry,
//                         libtorch, machine), run (name, versions, machine and device it trained
//                         on, from its run.json), dataset_hash, contents, and files: every other
//                         member with its size and CRC-32
//   run.json              every setting, the dataset hash and sizes, versions, machine (as trained)
//   metrics.jsonl         the loss series
//   probes.jsonl          probe answers (when the run had probes)
//   preferences.jsonl     Compare votes (the run's own, or a votes file given)
//   examples.jsonl        optional: every example as the model saw it (row, eval, text, ids, trained)
//   adapter/...           the final PEFT adapter (LoRA), or model/... (full-parameter runs)
//
// Checkpoints (optimizer state) are not bundled: a bundle is for looking and reproducing, not
// for resuming. The reader trusts nothing: every member must be listed in the manifest with its
// size and CRC, paths must be plain relative names of the kinds above, and a cut file is refused.

#include "core/data/train_example.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

namespace falconry {

inline constexpr const char* kBundleExtension = ".falconry-run";
inline constexpr const char* kBundleManifest = "falconry-bundle.json";
inline constexpr const char* kBundleFormat = "falconry-run-bundle";
inline constexpr int kBundleFormatVersion = 1;
inline constexpr const char* kBundledExamples = "examples.jsonl";
inline constexpr const char* kBundledVotes = "preferences.jsonl";

/** What goes into a bundle besides the run folder's own files. */
struct BundleOptions {
    /** examples.jsonl: the run's examples rendered and tokenized again (needs its model's tokenizer and its dataset). */
    bool withExamples = false;
    /** Compare votes to bundle as preferences.jsonl; empty = the run folder's own preferences.jsonl, if any. */
    std::filesystem::path votesFile;
};

/** One member of a bundle (besides the manifest) as its manifest lists it. */
struct BundleMember {
    std::string path;
    uint64_t size = 0;
    uint32_t crc32 = 0;
};

/** A bundle read and verified. */
struct RunBundle {
    nlohmann::json manifest; // falconry-bundle.json
    nlohmann::json runJson;  // run.json
    std::vector<BundleMember> members;

    std::string datasetHash() const;
    std::string runName() const;
    bool has(const std::string& path) const;
};

/**
 * Writes the finished run in `runDir` (it has adapter/ or model/, and nobody is training it) as
 * a bundle at `bundleFile`, atomically (a temporary file renamed into place). Throws ConfigError
 * (no run, not finished, examples that no longer hash to the run's dataset hash), BusyError (the
 * run is training) or IoError. Returns the manifest written.
 */
nlohmann::json writeRunBundle(const std::filesystem::path& runDir, const std::filesystem::path& bundleFile,
                              const BundleOptions& options = {});

/** Reads a bundle and verifies all of it (every member's size and CRC). Throws ArchiveError saying what is wrong. */
RunBundle readRunBundle(const std::filesystem::path& bundleFile);
/** The same checks on a stream of `size` bytes (`where` names it in messages). */
RunBundle readRunBundle(std::istream& in, uint64_t size, const std::string& where);

/**
 * Verifies a bundle while extracting it into `destDir`, which must not exist yet: the folder
 * appears whole or not at all (core/util/atomic_folder.h). The files are made read-only; the
 * manifest stays beside them (it marks the folder as an imported run). Throws ArchiveError / IoError.
 */
RunBundle extractRunBundle(const std::filesystem::path& bundleFile, const std::filesystem::path& destDir);

/** Whether `runDir` is a run extracted from a bundle (it holds falconry-bundle.json). */
bool isImportedRun(const std::filesystem::path& runDir);

/** The examples of an examples.jsonl written into a bundle. Throws ArchiveError naming the line. */
std::vector<TrainExample> readBundledExamples(const std::filesystem::path& examplesFile);

} // namespace falconry
