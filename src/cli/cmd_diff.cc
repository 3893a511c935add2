// `cdkpp diff OLD NEW` (or `--synth DEPLOYED`): loads two templates, computes the diff in the
// library and prints it. The exit code is this file's only policy.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cdkpp/diff/format_diff.h"
#include "cdkpp/diff/template_diff.h"
#include "cdkpp/io/file_system.h"
#include "cdkpp/pipeline/synth.h"
#include "cdkpp/schema/resource_schemas.h"
#include "cdkpp/template/load_template.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/keep_until_exit.h"
#include "cli/logging.h"
#include "cli/stdin_file_system.h"

namespace cdkpp::cli {
namespace {

struct DiffArgs {
  std::string old_path;  // OLD, or DEPLOYED with --synth; "-" is stdin
  std::string new_path;  // NEW; empty with --synth
  bool synth = false;
  std::string config;  // --synth: "" = ./cdkpp.yaml
  std::string stack;   // --synth: the stack to compare
  std::string format = "text";
  bool strict = false;
  bool fail = false;
  std::vector<std::string> fail_on;  // any of "replacement", "security", "any"
};

bool ShouldFail(const DiffArgs& args, const diff::TemplateDiff& d) {
  if (args.fail_on.empty()) return args.fail && !d.empty();
  for (const std::string& kind : args.fail_on) {
    if (kind == "replacement" && d.HasReplacement()) return true;
    if (kind == "security" && !d.security.empty()) return true;
    if (kind == "any" && !d.empty()) return true;
  }
  return false;
}

// The template the config synthesizes now (--synth), as the NEW side.
Result<Json> SynthesizedTemplate(const DiffArgs& args, const FileSystem& fs, std::string* title) {
  Result<CloudAssembly> assembly = SynthesizeConfig(args.config, fs, args.stack);
  if (!assembly.ok()) return assembly.diagnostics();
  const auto& stacks = assembly->stacks;
  if (stacks.size() != 1) {
    std::string names;
    for (const auto& s : stacks) names += (names.empty() ? "" : ", ") + s.stack_name;
    return Error("", "the config synthesizes " + std::to_string(stacks.size()) + " stacks (" +
                         names + "); choose one with --stack");
  }
  *title = "synthesized " + stacks[0].stack_name;
  return stacks[0].template_json;
}

// The deployed template and the synthesized one (--synth), with the errors
// of both.
Result<TemplatePair> DeployedAndSynthesized(const DiffArgs& args, const FileSystem& fs,
                                            std::string* title) {
  Result<Json> deployed = LoadTemplate(args.old_path, fs);
  return PairTemplates(std::move(deployed), SynthesizedTemplate(args, fs, title));
}

int RunDiff(const DiffArgs& args) {
  if (args.synth != args.new_path.empty()) {
    spdlog::error(args.synth ? "error: diff --synth takes one template: DEPLOYED"
                             : "error: diff takes two templates: OLD NEW (or --synth DEPLOYED)");
    return kExitUsage;
  }
  if (args.old_path == "-" && args.new_path == "-") {
    spdlog::error("error: diff: only one of OLD and NEW can be - (stdin)");
    return kExitUsage;
  }
  StdinFileSystem fs;
  std::string new_title = args.new_path;
  // Both trees and the diff outlive the command: freeing them is needless work at exit.
  Result<TemplatePair>& templates =
      KeepUntilExit(args.synth ? DeployedAndSynthesized(args, fs, &new_title)
                               : LoadTemplatePair(args.old_path, args.new_path, fs));
  if (!templates.ok()) {
    ReportDiagnostics(templates.diagnostics());
    return kExitUsage;
  }
  ResourceSchemas schemas;
  diff::DiffOptions options;
  options.strict = args.strict;
  options.schemas = &schemas;
  const diff::TemplateDiff& d = KeepUntilExit(diff::DiffTemplates(*templates, options));

  static const std::map<std::string, diff::DiffFormat> kFormats = {
      {"text", diff::DiffFormat::kText},
      {"json", diff::DiffFormat::kJson},
      {"markdown", diff::DiffFormat::kMarkdown}};
  diff::FormatOptions format;
  format.format = kFormats.at(args.format);
  format.color = format.format == diff::DiffFormat::kText && UseColor();
  format.title = args.old_path + " -> " + new_title;
  std::string text = diff::FormatDiff(d, format);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
  return ShouldFail(args, d) ? kExitFindings : kExitOk;
}

}  // namespace

void AddDiffCommand(CLI::App& app, CommandRunner* runner) {
  auto args = std::make_shared<DiffArgs>();
  auto* cmd = app.add_subcommand(
      "diff", "Compare two CloudFormation templates (JSON or YAML): what a deploy would change");
  cmd->add_option("OLD", args->old_path,
                  "The deployed (or previous) template, JSON or YAML; - reads stdin. With "
                  "--synth: DEPLOYED")
      ->required();
  cmd->add_option("NEW", args->new_path, "The new template (not with --synth); - reads stdin");
  cmd->add_flag("--synth", args->synth,
                "Compare DEPLOYED with what the config synthesizes now (nothing is written)");
  cmd->add_option("-c,--config", args->config,
                  "With --synth: the config file (default ./cdkpp.yaml, ./cdkpp.yml or ./cdkpp.json)");
  cmd->add_option("--stack", args->stack, "With --synth: the stack to compare");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  cmd->add_flag("--strict", args->strict,
                "Also show CDK noise: AWS::CDK::Metadata, aws:cdk:path metadata, the bootstrap "
                "version parameter and rule");
  cmd->add_flag("--fail", args->fail, "Exit 1 when there are differences");
  cmd->add_option("--fail-on", args->fail_on,
                  "Exit 1 only for these differences (implies --fail): replacement (a resource "
                  "is or may be replaced), security (IAM or security group changes), any; "
                  "several separated by commas or the option repeated")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"replacement", "security", "any"}));
  cmd->callback([runner, args] { *runner = [args] { return RunDiff(*args); }; });
}

}  // namespace cdkpp::cli
