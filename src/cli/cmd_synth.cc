#include "cli/command.h"
#include "cli/exit_codes.h"

namespace cdkpp::cli {

void AddSynthCommand(CLI::App& app, CommandRunner* runner) {
  auto* cmd = app.add_subcommand("synth", "Synthesize CloudFormation templates from a config");
  cmd->callback([runner] { *runner = [] { return kExitUsage; }; });
}

}  // namespace cdkpp::cli
