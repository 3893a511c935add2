#ifndef CDKPP_CLI_COMMAND_H_
#define CDKPP_CLI_COMMAND_H_

#include <functional>

#include <CLI/CLI.hpp>

namespace cdkpp::cli {

/// What a parsed subcommand will do; returns the process exit code.
/// Subcommands only record their runner while CLI11 parses, so that main can
/// configure logging from the global flags before any command runs.
using CommandRunner = std::function<int()>;

/// Runs the parsed command (kExitUsage when there is none). The last resort
/// for a library bug: an exception that escapes the command is printed as
/// "internal error: <what>" and exits kExitUsage instead of aborting.
int RunCommand(const CommandRunner& runner);

/// Each subcommand lives in its own cmd_<name>.cc and registers itself here.
/// REQUIRES: runner outlives the parse.
void AddSynthCommand(CLI::App& app, CommandRunner* runner);
void AddInitCommand(CLI::App& app, CommandRunner* runner);
void AddDiffCommand(CLI::App& app, CommandRunner* runner);
void AddValidateCommand(CLI::App& app, CommandRunner* runner);
void AddSchemaCommand(CLI::App& app, CommandRunner* runner);
void AddGraphCommand(CLI::App& app, CommandRunner* runner);
void AddLsCommand(CLI::App& app, CommandRunner* runner);
/// Registered last: its scripts list every command registered before it.
void AddCompletionCommand(CLI::App& app, CommandRunner* runner);

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_COMMAND_H_
