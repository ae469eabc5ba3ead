#pragma once

#include <filesystem>
#include <string_view>

namespace falconry {

/**
 * Writes `bytes` to `path` atomically: a temporary file beside it is written,
 * flushed to disk (fsync) and renamed over `path`. A crash or a full disk
 * leaves either the old file or the new one, never a half-written one.
 * Throws IoError naming the path and the system error.
 */
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/** Reads a whole file; throws IoError naming the path if it cannot. */
std::string readWholeFile(const std::filesystem::path& path);

} // namespace falconry
