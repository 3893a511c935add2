// cdkpp graph: the architecture picture of a stack, as Graphviz DOT or
// Mermaid, drawn from what the config synthesizes.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "cdkpp/graph/architecture.h"
#include "cdkpp/pipeline/synth.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"

namespace cdkpp::cli {
namespace {

struct GraphArgs {
  std::string config;
  std::string stack;
  std::string format = "dot";
};

int RunGraph(const GraphArgs& args) {
  RealFileSystem fs;
  Result<CloudAssembly> assembly = SynthesizeConfig(args.config, fs, args.stack);
  if (!assembly.ok()) {
    ReportDiagnostics(assembly.diagnostics());
    return kExitUsage;
  }
  if (assembly->stacks.size() != 1) {
    std::string names;
    for (const auto& s : assembly->stacks) names += (names.empty() ? "" : ", ") + s.stack_name;
    spdlog::error("error: graph draws one stack; choose one with --stack ({})", names);
    return kExitUsage;
  }
  const StackArtifact& stack = assembly->stacks[0];
  graph::Architecture architecture = graph::BuildArchitecture(stack.stack_name, stack.template_json);
  std::cout << (args.format == "mermaid" ? graph::RenderMermaid(architecture)
                                         : graph::RenderDot(architecture));
  return kExitOk;
}

}  // namespace

void AddGraphCommand(CLI::App& app, CommandRunner* runner) {
  auto args = std::make_shared<GraphArgs>();
  auto* cmd = app.add_subcommand(
      "graph", "Draw a stack's architecture (DOT for Graphviz, or Mermaid): cdkpp graph | dot -Tsvg");
  cmd->add_option("-c,--config", args->config,
                  "Config file; default ./cdkpp.yaml, then ./cdkpp.yml, ./cdkpp.json");
  cmd->add_option("--stack", args->stack, "The stack to draw (needed when the config has several)");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"dot", "mermaid"}))
      ->capture_default_str();
  cmd->callback([runner, args] { *runner = [args] { return RunGraph(*args); }; });
}

}  // namespace cdkpp::cli
