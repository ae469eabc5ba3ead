#pragma once

#include <map>
#include <string>
#include <utility>

namespace falconry {

/** Named facts of an error (file, columns, row) that a front end words in its own language. */
using ErrorFields = std::map<std::string, std::string>;

/**
 * What an error a user meets in the GUI carries besides its English message: a
 * machine-readable kind (e.g. "dataset.unmapped") and fields, so the GUI can say it in
 * its own words and the user's language without parsing the text. The CLI prints the
 * message as is. Mixed into core's error types by Described<E>.
 */
class ErrorInfo {
public:
    ErrorInfo(std::string kind, ErrorFields fields)
        : m_kind(std::move(kind))
        , m_fields(std::move(fields))
    {
    }
    virtual ~ErrorInfo() = default;
    const std::string& kind() const { return m_kind; }
    const ErrorFields& fields() const { return m_fields; }
    /** The field, or "" when absent. */
    std::string field(const std::string& name) const
    {
        const auto it = m_fields.find(name);
        return it == m_fields.end() ? std::string() : it->second;
    }

private:
    std::string m_kind;
    ErrorFields m_fields;
};

/** A core error (DatasetError, ConfigError, ...) with its kind and fields; caught as E or as ErrorInfo. */
template <class E>
class Described final : public E, public ErrorInfo {
public:
    Described(const std::string& message, std::string kind, ErrorFields fields)
        : E(message)
        , ErrorInfo(std::move(kind), std::move(fields))
    {
    }
};

} // namespace falconry
