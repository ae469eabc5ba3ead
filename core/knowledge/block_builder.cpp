#include "core/knowledge/block_builder.h"

#include "core/knowledge/text_cleanup.h"

namespace falconry::knowledge_detail {

void BlockBuilder::addLine(std::string_view line, int lineNumber, int page)
{
    if (isBlank(line)) {
        if (m_preformatted && !m_text.empty())
            m_text += '\n';
        else
            endBlock();
        return;
    }
    if (m_text.empty()) {
        m_line = lineNumber;
        m_page = page;
    } else {
        m_text += m_preformatted ? '\n' : ' ';
    }
    if (m_preformatted) {
        std::string kept(line);
        while (!kept.empty() && (kept.back() == '\r' || kept.back() == ' '))
            kept.pop_back();
        m_text += kept;
    } else {
        m_text += collapseSpaces(line);
    }
}

void BlockBuilder::endBlock()
{
    while (!m_text.empty() && (m_text.back() == '\n' || m_text.back() == ' '))
        m_text.pop_back();
    if (!m_text.empty())
        m_blocks.push_back({m_text, m_path, m_page, m_line, false});
    m_text.clear();
}

void BlockBuilder::heading(int level, std::string_view text)
{
    endBlock();
    const std::string title = collapseSpaces(text);
    if (title.empty())
        return;
    const size_t keep = static_cast<size_t>(std::max(level, 1) - 1);
    if (m_path.size() > keep)
        m_path.resize(keep);
    m_path.push_back(title);
}

std::vector<DocumentBlock> BlockBuilder::take()
{
    endBlock();
    return std::move(m_blocks);
}

} // namespace falconry::knowledge_detail
