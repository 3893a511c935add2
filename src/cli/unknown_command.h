#ifndef CDKPP_CLI_UNKNOWN_COMMAND_H_
#define CDKPP_CLI_UNKNOWN_COMMAND_H_

#include <string>

#include <CLI/CLI.hpp>

namespace cdkpp::cli {

/// The first argument that is neither a global option nor an option's value
/// (the command word, when argv names one), or "".
std::string FirstCommandWord(CLI::App& app, int argc, const char* const* argv);

/// The error for a command word that names no registered subcommand
/// ("cdkpp synt"): `unknown command "synt"; did you mean "synth"?` and the
/// list of commands. "" when the first word is a command, or when there is
/// no word (CLI11 then reports the missing command itself). Global options
/// before the word, and their values, are skipped.
std::string UnknownCommandError(CLI::App& app, int argc, const char* const* argv);

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_UNKNOWN_COMMAND_H_
