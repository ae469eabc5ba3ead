#pragma once

#include <functional>
#include <string>
#include <vector>

namespace falconry::cli {

/** One `falconry-cli NAME ...` subcommand. `run` gets the arguments after NAME. */
struct Command {
    std::string name;
    std::string summary; // one line for `falconry-cli --help`
    std::string usage;   // the full synopsis, printed on a usage error
    std::function<int(const std::vector<std::string>& args)> run;
};

/** The table of subcommands; each command file adds itself at start-up. */
class CommandRegistry {
public:
    static CommandRegistry& instance();
    void add(Command command);
    const Command* find(const std::string& name) const;
    const std::vector<Command>& commands() const { return m_commands; }

private:
    std::vector<Command> m_commands;
};

/** Registers a command from a static object in the command's own file. */
struct CommandRegistrar {
    explicit CommandRegistrar(Command command)
    {
        CommandRegistry::instance().add(std::move(command));
    }
};

} // namespace falconry::cli
