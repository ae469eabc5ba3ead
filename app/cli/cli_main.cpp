// falconry-cli: headless commands (info, tokenize, forward, generate, train,
// dataset, merge, bench, ...). Each command lives in its own command_*.cpp.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/util/errors.h"
#include "core/util/threads.h"
#include "core/util/version.h"

#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

using falconry::cli::CommandRegistry;

namespace {

void printHelp()
{
    std::cout << "Usage: falconry-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const auto& command : CommandRegistry::instance().commands())
        std::cout << "  " << command.name << std::string(command.name.size() < 12 ? 12 - command.name.size() : 1, ' ')
                  << command.summary << "\n";
    std::cout << "\nOptions:\n  --version   print the version\n  --help      print this help\n"
                 "\n`falconry-cli COMMAND --help` shows a command's options.\n";
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        printHelp();
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::cout << falconry::versionLine("falconry-cli") << "\n";
        return 0;
    }
    const auto* command = CommandRegistry::instance().find(args[0]);
    if (!command) {
        std::cerr << "falconry-cli: unknown command '" << args[0] << "'\n\n";
        printHelp();
        return 2;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const auto& arg : rest) {
        if (arg == "--help" || arg == "-h") {
            std::cout << "Usage: " << command->usage << "\n";
            return 0;
        }
    }
    falconry::configureEngineThreads();
    try {
        return command->run(rest);
    } catch (const falconry::cli::UsageError& e) {
        std::cerr << "falconry-cli " << command->name << ": " << e.what() << "\nUsage: " << command->usage << "\n";
        return 2;
    } catch (const falconry::Error& e) {
        std::cerr << "falconry-cli " << command->name << ": error: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "falconry-cli " << command->name << ": unexpected error: " << e.what() << "\n";
        return 1;
    }
}
