// Placeholder until `cdkpp init` lands; registered so the CLI shape is fixed.
#include "cli/command.h"
#include "cli/exit_codes.h"

namespace cdkpp::cli {

void AddInitCommand(CLI::App& app, CommandRunner* runner) {
  auto* cmd = app.add_subcommand("init", "Write a starter cdkpp.yaml from a template");
  cmd->callback([runner] { *runner = [] { return kExitUsage; }; });
}

}  // namespace cdkpp::cli
