#ifndef CDKPP_CLI_COMPLETION_SCRIPTS_H_
#define CDKPP_CLI_COMPLETION_SCRIPTS_H_

#include <string>
#include <vector>

#include "cli/completion_model.h"

namespace cdkpp::cli {

/// The shells `cdkpp completion` writes scripts for.
inline constexpr const char* kCompletionShells[] = {"bash", "zsh", "fish"};

/// The completion script for `shell` ("bash", "zsh" or "fish"): commands,
/// options, choices of enum options, files for -c and templates, directories
/// for -o, and stack names for --stack (asked of `cdkpp completion --stacks`,
/// which reads the config given with -c, or the default one). "" for an
/// unknown shell.
std::string CompletionScript(const std::string& shell,
                             const std::vector<CompletionCommand>& commands);

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_COMPLETION_SCRIPTS_H_
