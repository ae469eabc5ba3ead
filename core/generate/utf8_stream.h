#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/**
 * Turns the bytes of generated tokens, one token at a time, into text that is
 * safe to show: only whole UTF-8 characters (a character split across tokens
 * is held until complete; bytes that can never form one become U+FFFD), and
 * never the start of a possible stop string until it is decided. When a stop
 * string appears (also across token boundaries), the text before it is
 * released, the stop string and everything after it are dropped, and the
 * stream is stopped.
 */
class Utf8Stream {
public:
    /** Empty stop strings are ignored. */
    explicit Utf8Stream(std::vector<std::string> stopStrings = {});

    /** Adds one token's raw bytes; returns the text released by them (may be empty). */
    std::string push(std::string_view bytes);
    /**
     * End of generation: releases the held-back text (a partial stop string that
     * was never completed), dropping an incomplete UTF-8 character at the very end.
     */
    std::string finish();

    /** A stop string was found; push() ignores further bytes. */
    bool stopped() const { return m_stopped; }
    /** The stop string that ended the stream (empty when none). */
    const std::string& matchedStop() const { return m_matchedStop; }
    /** All text released so far. */
    const std::string& text() const { return m_text; }

private:
    /** Moves the whole characters of m_bytes into m_pending. */
    void decodeBytes(bool final);
    /** Releases what in m_pending cannot be the start of a stop string. */
    std::string release();

    std::vector<std::string> m_stopStrings;
    std::string m_bytes;   // raw bytes not yet forming whole characters
    std::string m_pending; // valid UTF-8 held back because it may start a stop string
    std::string m_text;
    std::string m_matchedStop;
    bool m_stopped = false;
};

} // namespace falconry
