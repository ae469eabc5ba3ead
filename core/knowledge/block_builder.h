#pragma once

#include "core/knowledge/document.h"

#include <string>
#include <string_view>
#include <vector>

namespace falconry::knowledge_detail {

/**
 * Collects lines into paragraph blocks under the current heading path; the
 * readers of every format feed it, so they all cut blocks the same way.
 */
class BlockBuilder {
public:
    /** A line of the current paragraph (spaces collapsed); a blank line ends the paragraph. */
    void addLine(std::string_view line, int lineNumber, int page = 0);
    /** Ends the paragraph being collected, if any. */
    void endBlock();
    /** A heading of `level` (1 = top): ends the paragraph and replaces the path from that level on. */
    void heading(int level, std::string_view text);
    /** Keeps line breaks inside the block (code, preformatted text). */
    void setPreformatted(bool on) { m_preformatted = on; }

    const std::vector<std::string>& headingPath() const { return m_path; }
    std::vector<DocumentBlock> take();

private:
    std::vector<DocumentBlock> m_blocks;
    std::vector<std::string> m_path;
    std::string m_text;
    int m_line = 0;
    int m_page = 0;
    bool m_preformatted = false;
};

} // namespace falconry::knowledge_detail
