#pragma once

#include <cstddef>
#include <cstdint>

namespace falconry {

/**
 * CRC-32 (IEEE 802.3: the polynomial of zip, gzip and PNG), continued from `crc` (0 to start):
 * crc32Update(crc32Update(0, a), b) is the CRC of a then b.
 */
uint32_t crc32Update(uint32_t crc, const void* data, size_t size);

} // namespace falconry
