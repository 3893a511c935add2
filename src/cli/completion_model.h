#ifndef CDKPP_CLI_COMPLETION_MODEL_H_
#define CDKPP_CLI_COMPLETION_MODEL_H_

// What shell completion offers, read from the registered CLI11 commands at
// run time, so every command and option (including ones added later) is
// completed without a hand-kept list.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace cdkpp::cli {

/// What an option's value (or a positional argument) completes to.
enum class ValueKind {
  kNone,       ///< a flag: no value
  kChoice,     ///< one of `choices` (a CLI::IsMember check)
  kFile,       ///< a file path (-c, templates)
  kDirectory,  ///< a directory (-o, --sarif-root, init's DIR)
  kStack,      ///< a stack name of the config (--stack)
  kText,       ///< anything
};

struct CompletionOption {
  std::vector<std::string> short_names;  ///< without the dash: "c"
  std::vector<std::string> long_names;   ///< without the dashes: "config"
  std::string description;               ///< first sentence, one line
  ValueKind kind = ValueKind::kNone;
  std::vector<std::string> choices;
};

struct CompletionCommand {
  std::string name;  ///< "" for the global options
  std::string description;
  std::vector<CompletionOption> options;
  ValueKind positional = ValueKind::kNone;  ///< what positional arguments complete to
  std::vector<std::string> positional_choices;  ///< with kChoice
};

/// The global options (first, name "") and every subcommand, in
/// registration order.
std::vector<CompletionCommand> CompletionModel(const CLI::App& app);

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_COMPLETION_MODEL_H_
