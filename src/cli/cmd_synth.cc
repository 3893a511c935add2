// cdkpp synth: config -> templates + manifest in a cloud assembly directory.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "cdkpp/synth.h"
#include "cdkpp/validate/format_findings.h"
#include "cdkpp/validate/validate_config.h"
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

// Runs the checks of `cdkpp validate` on every template. Prints unsuppressed
// findings (suppressed ones only as a count: `cdkpp validate` lists them) and
// returns false when one is an error, so nothing gets written.
bool ValidateBeforeWriting(const ConfigSynthesis& synthesis) {
  bool has_errors = false;
  for (validate::TemplateReport report : validate::ValidateSynthesis(synthesis)) {
    size_t suppressed = 0;
    std::vector<validate::Finding> open;
    for (auto& finding : report.findings) {
      if (finding.suppressed) {
        ++suppressed;
      } else {
        open.push_back(std::move(finding));
      }
    }
    spdlog::debug("{}: {} finding(s) suppressed in the config", report.name, suppressed);
    if (open.empty()) continue;
    bool errors = validate::HasUnsuppressedErrors(open);
    has_errors = has_errors || errors;
    report.findings = std::move(open);
    std::string text = validate::FormatText({report}, false);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (errors) {
      spdlog::error("{}\nerror: not writing templates with errors: fix them, or suppress a finding "
                    "with a reason under the stack's `suppressions:`",
                    text);
    } else {
      spdlog::warn(text);
    }
  }
  return !has_errors;
}

int RunSynth(const SynthOptions& options) {
  RealFileSystem fs;
  Result<ConfigSynthesis> synthesis = SynthesizeConfigWithSource(options.config, fs, options.stack);
  if (!synthesis.ok()) {
    ReportDiagnostics(synthesis.diagnostics());
    return kExitUsage;
  }
  if (!ValidateBeforeWriting(*synthesis)) return kExitUsage;
  const CloudAssembly& assembly = synthesis->assembly;
  spdlog::debug("config {}: {} stack(s)", synthesis->config.file, synthesis->config.stacks.size());
  // All files or none: an error leaves an existing cdk.out untouched.
  std::vector<OutputFile> files = assembly.Files(options.output);
  Status written = fs.WriteFilesAtomically(files);
  if (!written.ok()) {
    ReportDiagnostics(written.diagnostics());
    return kExitUsage;
  }
  for (const auto& file : files) {
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
