// `cdkpp diff OLD NEW`: loads two templates, computes the diff in the library
// and prints it. The exit code is this file's only policy.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include "cdkpp/diff/format_diff.h"
#include "cdkpp/diff/template_diff.h"
#include "cdkpp/io/file_system.h"
#include "cdkpp/schema/resource_schemas.h"
#include "cdkpp/template/load_template.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"

namespace cdkpp::cli {
namespace {

struct DiffArgs {
  std::string old_path;
  std::string new_path;
  std::string format = "text";
  bool strict = false;
  bool fail = false;
  std::string fail_on;  // "", "replacement", "security", "any"
  bool no_color = false;
};

// Colour only for a person at a terminal; NO_COLOR (any non-empty value)
// always wins, as https://no-color.org asks.
bool UseColor(bool no_color_flag) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color_flag || (no_color && *no_color)) return false;
  return isatty(fileno(stdout)) == 1;
}

bool ShouldFail(const DiffArgs& args, const diff::TemplateDiff& d) {
  if (!args.fail && args.fail_on.empty()) return false;
  if (args.fail_on == "replacement") return d.HasReplacement();
  if (args.fail_on == "security") return !d.security.empty();
  return !d.empty();
}

int RunDiff(const DiffArgs& args) {
  RealFileSystem fs;
  Result<Json> old_template = LoadTemplate(args.old_path, fs);
  Result<Json> new_template = LoadTemplate(args.new_path, fs);
  if (!old_template.ok() || !new_template.ok()) {
    if (!old_template.ok()) ReportDiagnostics(old_template.diagnostics());
    if (!new_template.ok()) ReportDiagnostics(new_template.diagnostics());
    return kExitUsage;
  }
  ResourceSchemas schemas;
  diff::DiffOptions options;
  options.strict = args.strict;
  options.schemas = &schemas;
  diff::TemplateDiff d = diff::DiffTemplates(*old_template, *new_template, options);

  static const std::map<std::string, diff::DiffFormat> kFormats = {
      {"text", diff::DiffFormat::kText},
      {"json", diff::DiffFormat::kJson},
      {"markdown", diff::DiffFormat::kMarkdown}};
  diff::FormatOptions format;
  format.format = kFormats.at(args.format);
  format.color = format.format == diff::DiffFormat::kText && UseColor(args.no_color);
  format.title = args.old_path + " -> " + args.new_path;
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
  cmd->add_option("OLD", args->old_path, "The deployed (or previous) template")->required();
  cmd->add_option("NEW", args->new_path, "The new template")->required();
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  cmd->add_flag("--strict", args->strict,
                "Also show CDK noise: AWS::CDK::Metadata, aws:cdk:path metadata, the bootstrap "
                "version parameter and rule");
  cmd->add_flag("--fail", args->fail, "Exit 1 when there are differences");
  cmd->add_option("--fail-on", args->fail_on,
                  "Exit 1 only for these differences (implies --fail): replacement (a resource "
                  "is or may be replaced), security (IAM or security group changes), any")
      ->check(CLI::IsMember({"replacement", "security", "any"}));
  cmd->add_flag("--no-color", args->no_color, "Never colour the text output");
  cmd->callback([runner, args] { *runner = [args] { return RunDiff(*args); }; });
}

}  // namespace cdkpp::cli
