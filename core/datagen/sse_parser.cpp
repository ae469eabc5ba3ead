#include "core/datagen/sse_parser.h"

namespace falconry {

void SseParser::feed(std::string_view bytes)
{
    for (const char c : bytes) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // the LF of a CRLF already ended the line
        }
        if (c == '\r' || c == '\n') {
            m_pendingCr = c == '\r';
            const std::string text = std::move(m_line);
            m_line.clear();
            line(text);
        } else {
            m_line += c;
        }
    }
}

std::vector<SseEvent> SseParser::take()
{
    std::vector<SseEvent> out;
    out.swap(m_ready);
    return out;
}

void SseParser::line(std::string_view text)
{
    if (text.empty()) {
        if (m_hasData)
            m_ready.push_back(m_current);
        m_current = SseEvent{};
        m_hasData = false;
        return;
    }
    if (text.front() == ':')
        return; // a comment
    const size_t colon = text.find(':');
    const std::string_view field = text.substr(0, colon);
    std::string_view value = colon == std::string_view::npos ? std::string_view() : text.substr(colon + 1);
    if (!value.empty() && value.front() == ' ')
        value.remove_prefix(1);
    if (field == "data") {
        if (m_hasData)
            m_current.data += '\n';
        m_current.data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = std::string(value);
    } else if (field == "id") {
        m_current.id = std::string(value);
    } // "retry" and unknown fields are ignored, as the spec says
}

} // namespace falconry
