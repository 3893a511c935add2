// cdkpp completion bash|zsh|fish: a shell completion script built from the
// commands registered in this binary; `--stacks` serves the scripts the stack
// names of a config.
#include <iostream>
#include <memory>

#include "cdkpp/config/load_config.h"
#include "cli/command.h"
#include "cli/completion_model.h"
#include "cli/completion_scripts.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"

namespace cdkpp::cli {
namespace {

struct CompletionArgs {
  std::string shell;
  bool stacks = false;
  std::string config;
};

int PrintStacks(const std::string& config_path) {
  RealFileSystem fs;
  Result<std::string> path = config_path.empty() ? FindDefaultConfig(fs) : config_path;
  if (!path.ok()) {
    ReportDiagnostics(path.diagnostics());
    return kExitUsage;
  }
  Result<PipelineConfig> config = LoadPipelineConfig(*path, fs);
  if (!config.ok()) {
    ReportDiagnostics(config.diagnostics());
    return kExitUsage;
  }
  for (const StackConfig& stack : config->stacks) std::cout << stack.name << "\n";
  return kExitOk;
}

int RunCompletion(const CLI::App& app, const CompletionArgs& args) {
  if (args.stacks) return PrintStacks(args.config);
  if (args.shell.empty()) {
    ReportDiagnostics({Error("", "completion: name a shell: bash, zsh or fish")});
    return kExitUsage;
  }
  std::cout << CompletionScript(args.shell, CompletionModel(app));
  return kExitOk;
}

}  // namespace

void AddCompletionCommand(CLI::App& app, CommandRunner* runner) {
  auto args = std::make_shared<CompletionArgs>();
  auto* cmd = app.add_subcommand(
      "completion",
      "Print a shell completion script: source <(cdkpp completion bash), or see the README");
  cmd->add_option("SHELL", args->shell, "The shell")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(kCompletionShells),
                                                     std::end(kCompletionShells))));
  cmd->add_flag("--stacks", args->stacks,
                "Print the config's stack names, one a line (what the scripts complete "
                "--stack with)");
  cmd->add_option("-c,--config", args->config,
                  "With --stacks: the config file (default ./cdkpp.yaml, .yml or .json)");
  const CLI::App* root = &app;
  cmd->callback([runner, args, root] { *runner = [args, root] { return RunCompletion(*root, *args); }; });
}

}  // namespace cdkpp::cli
