#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace falconry {

/** Standard base64 (RFC 4648, with padding): the commit API's "encoding": "base64". */
std::string base64Encode(std::string_view bytes);
/** Decodes standard base64; nullopt on a character outside the alphabet or a bad length. */
std::optional<std::string> base64Decode(std::string_view text);

} // namespace falconry
