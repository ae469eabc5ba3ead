// libFuzzer target: the safetensors header parser and its buffer checks. Any input must either
// parse into tensors lying inside the buffer or throw CheckpointError; the copies below let
// AddressSanitizer catch an accepted offset that points outside the input.
#include "core/io/safetensors_header.h"
#include "core/util/errors.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const falconry::SafetensorsHeader header = falconry::parseSafetensorsBytes(bytes, "fuzz");
        uint64_t n = 0;
        std::memcpy(&n, data, 8);
        const uint8_t* buffer = data + 8 + n;
        std::vector<uint8_t> copy;
        for (const auto& t : header.tensors) {
            copy.resize(t.byteSize());
            if (t.byteSize() > 0)
                std::memcpy(copy.data(), buffer + t.begin, t.byteSize());
        }
    } catch (const falconry::CheckpointError&) {
        // Rejected with a message: fine.
    }
    return 0;
}
