#ifndef CDKPP_CLI_COMMAND_TABLE_H_
#define CDKPP_CLI_COMMAND_TABLE_H_

#include <CLI/CLI.hpp>

#include "cli/command.h"

namespace cdkpp::cli {

/// Registers the subcommands on app. Building a CLI11 subcommand costs more
/// than half a synth's own work, so when argv plainly runs one command
/// (its name is the first word, no help or version flag, no other command
/// name anywhere, no "--") only that one is registered: the parse, the
/// command's output and its errors are the same either way. Anything else
/// (help, completion scripts, an unknown word) gets every command, in the
/// order `cdkpp --help` lists them.
/// REQUIRES: app's global options are already added (they are skipped when
/// looking for the first word); runner outlives the parse.
void RegisterCommands(CLI::App& app, CommandRunner* runner, int argc, const char* const* argv);

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_COMMAND_TABLE_H_
