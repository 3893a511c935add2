// cdkpp synth: config -> templates + manifest in a cloud assembly directory.
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cdkpp/io/write_assembly.h"
#include "cdkpp/pipeline/check_synthesis.h"
#include "cdkpp/pipeline/deploy_instructions.h"
#include "cdkpp/pipeline/stack_list.h"
#include "cdkpp/pipeline/synth.h"
#include "cdkpp/template/format_yaml.h"
#include "cdkpp/validate/format_findings.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/keep_until_exit.h"
#include "cli/logging.h"

namespace cdkpp::cli {
namespace {

struct SynthOptions {
  std::string config;
  std::string output = "cdk.out";
  std::string stack;
  std::string environment;
  std::string format;  // "json", "yaml", or "" = json on disk, YAML on a terminal with --print
  bool print = false;
};

// The assembly with YAML templates: <Stack>.template.yaml, and the manifest
// pointing at them.
void UseYamlTemplates(CloudAssembly* assembly) {
  for (StackArtifact& artifact : assembly->stacks) {
    const std::string json_suffix = ".json";
    if (artifact.template_file.ends_with(json_suffix)) {
      artifact.template_file.replace(artifact.template_file.size() - json_suffix.size(),
                                     json_suffix.size(), ".yaml");
    }
    artifact.template_text = SerializeTemplateYaml(artifact.template_json);
    assembly->manifest["artifacts"][artifact.stack_name]["properties"]["templateFile"] =
        artifact.template_file;
  }
}

// The files to write. A directory already at DIR/cdk.out (`synth -o .` in a
// project that has a cdk.out/ folder) keeps the version marker from being
// written; manifest.json alone makes DIR a cloud assembly.
std::vector<OutputFile> FilesToWrite(const CloudAssembly& assembly, const std::string& dir) {
  std::vector<OutputFile> files = assembly.Files(dir);
  std::erase_if(files, [](const OutputFile& file) {
    std::error_code ec;
    return file.path.ends_with("cdk.out") && std::filesystem::is_directory(file.path, ec);
  });
  return files;
}

// --print: the one stack's template on stdout, nothing on disk.
int PrintTemplate(const CloudAssembly& assembly, const SynthOptions& options) {
  if (assembly.stacks.size() != 1) {
    std::string names;
    for (const auto& s : assembly.stacks) names += (names.empty() ? "" : ", ") + s.stack_name;
    spdlog::error("error: synth --print writes one template; choose a stack with --stack ({})",
                  names);
    return kExitUsage;
  }
  const StackArtifact& artifact = assembly.stacks[0];
  bool yaml = options.format == "yaml" || (options.format.empty() && isatty(fileno(stdout)) == 1);
  std::cout << (yaml ? SerializeTemplateYaml(artifact.template_json) : artifact.template_text);
  return kExitOk;
}

// Prints the verdict of CheckSynthesis: unsuppressed findings (suppressed
// ones only in the summary count: `cdkpp validate` lists them). Returns
// whether the templates may be written.
bool ValidateBeforeWriting(const ConfigSynthesis& synthesis) {
  SynthesisCheck check = CheckSynthesis(synthesis);
  for (const StackCheck& stack : check.stacks) {
    std::string text = validate::FormatText({stack.report}, false, /*list_suppressed=*/false);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (stack.has_errors) {
      spdlog::error(
          "{}\nerror: not writing templates with errors: fix them, or suppress a finding "
          "with a reason under the stack's `suppressions:`",
          text);
    } else {
      spdlog::warn(text);
    }
  }
  return check.may_write();
}

// The applied environment's region, or "" (the AWS CLI's default region).
std::string RegionOf(const PipelineConfig& config) {
  return config.environment ? config.environment->region.value_or("") : "";
}

// With several stacks: the order to deploy them in, and the order to delete
// them in (consumers first: CloudFormation refuses to delete an export in use).
void PrintStackOrder(const ConfigSynthesis& synthesis) {
  std::vector<StackListing> stacks = ListStacks(synthesis);
  if (stacks.size() < 2) return;
  std::string deploy;
  std::string removal;
  for (const StackListing& s : stacks) deploy += (deploy.empty() ? "" : ", ") + s.name;
  for (auto it = stacks.rbegin(); it != stacks.rend(); ++it) {
    removal += (removal.empty() ? "" : ", ") + it->name;
  }
  std::cout << fmt::format("\nDeploy order: {}\nRemoval order: {}\n", deploy, removal);
}

int RunSynth(const SynthOptions& options) {
  if (options.output.empty()) {
    spdlog::error("error: synth -o: the output directory is empty (use -o . for this directory)");
    return kExitUsage;
  }
  RealFileSystem fs;
  Result<ConfigSynthesis>& synthesis = KeepUntilExit(
      SynthesizeConfigWithSource(options.config, fs, options.stack, options.environment));
  if (!synthesis.ok()) {
    ReportDiagnostics(synthesis.diagnostics());
    return kExitUsage;
  }
  if (!ValidateBeforeWriting(*synthesis)) return kExitUsage;
  CloudAssembly& assembly = synthesis->assembly;
  spdlog::debug("config {}: {} stack(s)", synthesis->config.file, synthesis->config.stacks.size());
  if (options.print) return PrintTemplate(assembly, options);
  if (options.format == "yaml") UseYamlTemplates(&assembly);
  // All files or none, and nothing a previous synth left behind.
  std::vector<OutputFile> files = FilesToWrite(assembly, options.output);
  Status written = WriteAssemblyDirectory(fs, options.output, files);
  if (!written.ok()) {
    ReportDiagnostics(written.diagnostics());
    return kExitUsage;
  }
  for (const auto& file : files) {
    spdlog::debug("wrote {} ({} bytes)", file.path, file.contents.size());
  }
  for (const StackArtifact& artifact : assembly.stacks) {
    std::string path = (std::filesystem::path(options.output) / artifact.template_file).string();
    size_t resources = artifact.template_json.contains("Resources")
                           ? artifact.template_json["Resources"].size()
                           : 0;
    std::cout << fmt::format("Synthesized {} -> {} ({} resources, {} bytes)\n", artifact.stack_name,
                             path, resources, artifact.template_text.size());
    for (const StackConfig& stack : synthesis->config.stacks) {
      if (stack.name == artifact.stack_name) {
        std::cout << DeployInstructions(stack, artifact, path, RegionOf(synthesis->config));
      }
    }
  }
  PrintStackOrder(*synthesis);
  return kExitOk;
}

}  // namespace

void AddSynthCommand(CLI::App& app, CommandRunner* runner) {
  auto options = std::make_shared<SynthOptions>();
  auto* cmd = app.add_subcommand("synth", "Synthesize CloudFormation templates from a config");
  cmd->add_option(
      "-c,--config", options->config,
      "Config file (YAML or JSON); default ./cdkpp.yaml, then ./cdkpp.yml, ./cdkpp.json");
  cmd->add_option("-o,--output", options->output, "Cloud assembly directory")
      ->capture_default_str();
  cmd->add_option("--stack", options->stack, "Synthesize only this stack");
  cmd->add_option("--env", options->environment,
                  "Apply this entry of the config's environments (its account, region and "
                  "layers); default: the base config, environment-agnostic");
  cmd->add_option("--format", options->format,
                  "Template format: json (default) or yaml (CloudFormation short-form tags); "
                  "with --print the default is yaml on a terminal, json otherwise")
      ->check(CLI::IsMember({"json", "yaml"}));
  cmd->add_flag("--print", options->print,
                "Write the one stack's template to stdout instead of the cloud assembly");
  cmd->callback([runner, options] { *runner = [options] { return RunSynth(*options); }; });
}

}  // namespace cdkpp::cli
