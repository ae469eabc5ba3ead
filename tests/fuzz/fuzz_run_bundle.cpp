// libFuzzer target: a run bundle (.falconry-run, a POSIX ustar archive) handed to Falconry by
// someone else: the Train page's "Open bundle…" and `falconry-cli train --from-bundle`. Any input
// must be refused with a falconry::Error (ArchiveError for what the archive holds) or be a
// bundle whose manifest lists run.json and whose run.json carries the manifest's dataset hash.
#include "core/train/run_bundle.h"
#include "core/util/errors.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    falconry::RunBundle bundle;
    try {
        bundle = falconry::readRunBundle(in, size, "fuzz");
    } catch (const falconry::Error&) {
        return 0;
    }
    if (!bundle.has("run.json") || !bundle.runJson.is_object() ||
        bundle.manifest.value("dataset_hash", std::string("?")) != bundle.datasetHash())
        std::abort();
    return 0;
}
