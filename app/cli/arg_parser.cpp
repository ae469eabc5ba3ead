#include "app/cli/arg_parser.h"

namespace falconry::cli {

ArgParser::ArgParser(std::set<std::string> valueOptions, std::set<std::string> flagOptions)
    : m_valueOptions(std::move(valueOptions))
    , m_flagOptions(std::move(flagOptions))
{
}

void ArgParser::parse(const std::vector<std::string>& args)
{
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            m_positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const size_t eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (m_flagOptions.count(name)) {
            if (inlineValue)
                throw UsageError("option --" + name + " takes no value");
            m_values[name] = "1";
        } else if (m_valueOptions.count(name)) {
            if (inlineValue) {
                m_values[name] = *inlineValue;
            } else {
                if (i + 1 >= args.size())
                    throw UsageError("option --" + name + " needs a value");
                m_values[name] = args[++i];
            }
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

std::vector<std::string> ArgParser::given() const
{
    std::vector<std::string> names;
    for (const auto& [name, value] : m_values)
        names.push_back(name);
    return names;
}

bool ArgParser::has(const std::string& name) const
{
    return m_values.count(name) != 0;
}

std::string ArgParser::value(const std::string& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        throw UsageError("missing required option --" + name);
    return it->second;
}

std::string ArgParser::valueOr(const std::string& name, const std::string& fallback) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? fallback : it->second;
}

std::optional<std::string> ArgParser::optional(const std::string& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

long long ArgParser::integer(const std::string& name, long long fallback) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return fallback;
    try {
        size_t used = 0;
        const long long v = std::stoll(it->second, &used);
        if (used != it->second.size())
            throw std::invalid_argument("trailing characters");
        return v;
    } catch (const std::exception&) {
        throw UsageError("option --" + name + " expects an integer, got '" + it->second + "'");
    }
}

double ArgParser::number(const std::string& name, double fallback) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return fallback;
    try {
        size_t used = 0;
        const double v = std::stod(it->second, &used);
        if (used != it->second.size())
            throw std::invalid_argument("trailing characters");
        return v;
    } catch (const std::exception&) {
        throw UsageError("option --" + name + " expects a number, got '" + it->second + "'");
    }
}

} // namespace falconry::cli
