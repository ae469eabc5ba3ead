#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <string_view>

namespace falconry {

/** `s` lower-cased byte by byte (std::tolower: ASCII letters in the C locale); other bytes unchanged. */
inline std::string lowerCase(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

/** The extension of `path` lower-cased, with its dot (".csv"); "" when it has none. */
inline std::string lowerExtension(const std::filesystem::path& path)
{
    return lowerCase(path.extension().string());
}

} // namespace falconry
