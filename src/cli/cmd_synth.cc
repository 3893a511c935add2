// cdkpp synth: config -> templates + manifest in a cloud assembly directory.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "cdkpp/synth.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"

namespace cdkpp::cli {
namespace {

struct SynthOptions {
  std::string config;
  std::string output = "cdk.out";
  std::string stack;
};

int RunSynth(const SynthOptions& options) {
  RealFileSystem fs;
  Result<ConfigSynthesis> synthesis = SynthesizeConfigWithSource(options.config, fs, options.stack);
  if (!synthesis.ok()) {
    ReportDiagnostics(synthesis.diagnostics());
    return kExitUsage;
  }
  const CloudAssembly& assembly = synthesis->assembly;
  spdlog::debug("config {}: {} stack(s)", synthesis->config.file, synthesis->config.stacks.size());
  // All files or none: an error leaves an existing cdk.out untouched.
  Status written = fs.WriteFilesAtomically(assembly.Files(options.output));
  if (!written.ok()) {
    ReportDiagnostics(written.diagnostics());
    return kExitUsage;
  }
  for (const auto& file : assembly.Files(options.output)) {
    spdlog::debug("wrote {} ({} bytes)", file.path, file.contents.size());
  }
  if (!ShouldPrintSummary()) return kExitOk;
  for (const StackArtifact& artifact : assembly.stacks) {
    std::string path = options.output + "/" + artifact.template_file;
    size_t resources = artifact.template_json.contains("Resources")
                           ? artifact.template_json["Resources"].size()
                           : 0;
    std::cout << fmt::format("Synthesized {} -> {} ({} resources, {} bytes)\n", artifact.stack_name,
                             path, resources, artifact.template_text.size());
    for (const StackConfig& stack : synthesis->config.stacks) {
      if (stack.name == artifact.stack_name) std::cout << DeployInstructions(stack, artifact, path);
    }
  }
  return kExitOk;
}

}  // namespace

void AddSynthCommand(CLI::App& app, CommandRunner* runner) {
  auto options = std::make_shared<SynthOptions>();
  auto* cmd = app.add_subcommand("synth", "Synthesize CloudFormation templates from a config");
  cmd->add_option("-c,--config", options->config,
                  "Config file (YAML or JSON); default ./cdkpp.yaml, then ./cdkpp.json");
  cmd->add_option("-o,--output", options->output, "Cloud assembly directory")->capture_default_str();
  cmd->add_option("--stack", options->stack, "Synthesize only this stack");
  cmd->callback([runner, options] { *runner = [options] { return RunSynth(*options); }; });
}

}  // namespace cdkpp::cli
