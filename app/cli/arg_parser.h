#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace falconry::cli {

/** A command line the command cannot accept; main prints it with the usage. */
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * `--name value`, `--name=value` and `--flag` options plus positionals.
 * Every option must be declared, so a typo is an error, not silently ignored.
 */
class ArgParser {
public:
    ArgParser(std::set<std::string> valueOptions, std::set<std::string> flagOptions);
    void parse(const std::vector<std::string>& args);

    bool has(const std::string& name) const;
    std::string value(const std::string& name) const; // throws UsageError if absent
    std::string valueOr(const std::string& name, const std::string& fallback) const;
    std::optional<std::string> optional(const std::string& name) const;
    long long integer(const std::string& name, long long fallback) const;
    double number(const std::string& name, double fallback) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }
    /** The names of the options given, sorted. */
    std::vector<std::string> given() const;

private:
    std::set<std::string> m_valueOptions;
    std::set<std::string> m_flagOptions;
    std::map<std::string, std::string> m_values;
    std::vector<std::string> m_positionals;
};

} // namespace falconry::cli
