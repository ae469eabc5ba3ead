#pragma once

#include "core/util/errors.h"

#include <string>

namespace falconry {

/** Why a Hub request failed; the UI words its advice by kind. Do not reorder (shown in logs). */
enum class HubErrorKind {
    Network,        // no connection, DNS, TLS, timeouts (after the retries)
    NotFound,       // 404 / RepoNotFound / EntryNotFound / RevisionNotFound
    Unauthorized,   // 401 without a gate: missing or invalid token, or a private repository
    Gated,          // GatedRepo: the licence must be accepted on the model's page
    Forbidden,      // 403: the token may not do this (read-only token, someone else's namespace)
    DiskFull,       // not enough free space, or a write failed; partial files stay resumable
    Checksum,       // a downloaded file does not match its sha256
    Refused,        // nothing Falconry may load (pickle-only weights), or an unusable folder
    Protocol,       // the server answered something the protocol does not allow
    Cancelled,      // the user stopped it
    Server,         // 5xx / 429 after the retries
};

const char* toString(HubErrorKind kind);

/** A Hub request that failed; what() says what was asked, of whom, and what came back. */
class HubError : public Error {
public:
    HubError(HubErrorKind kind, const std::string& message, long httpStatus = 0)
        : Error(message), m_kind(kind), m_httpStatus(httpStatus)
    {
    }
    HubErrorKind kind() const { return m_kind; }
    long httpStatus() const { return m_httpStatus; }

private:
    HubErrorKind m_kind;
    long m_httpStatus;
};

} // namespace falconry
