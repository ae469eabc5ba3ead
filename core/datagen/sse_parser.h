#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/** One server-sent event (WHATWG HTML §9.2): its `event` type (empty = "message") and data lines joined by '\n'. */
struct SseEvent {
    std::string event;
    std::string data;
    std::string id;
};

/**
 * Incremental text/event-stream decoder: feed() bytes as they arrive (split anywhere, even inside
 * a CRLF), take() the events completed so far. Lines starting with ':' are comments (keep-alives);
 * one space after "field:" is dropped; an event is dispatched at a blank line.
 */
class SseParser {
public:
    void feed(std::string_view bytes);
    std::vector<SseEvent> take();
    /** True when bytes of an event that has not ended yet are held (a dropped stream leaves them). */
    bool midEvent() const { return !m_line.empty() || m_hasData || !m_current.event.empty(); }

private:
    void line(std::string_view text);

    std::string m_line;
    bool m_pendingCr = false;
    bool m_hasData = false;
    SseEvent m_current;
    std::vector<SseEvent> m_ready;
};

} // namespace falconry
