// cdkpp validate: synthesize a config in memory (or read templates) and run
// the template, schema and security rules over every template.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>

#include "cdkpp/validate/format_findings.h"
#include "cdkpp/pipeline/validate_config.h"
#include "cdkpp/validate/validate_file.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"

namespace cdkpp::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> templates;
  std::string config;
  std::string stack;
  std::string format = "text";
  std::string fail_on = "error";
  bool list_rules = false;
};

std::string RulesMarkdown() {
  std::string out = "| Rule | Severity | What it checks | Fix |\n|---|---|---|---|\n";
  for (const auto& r : validate::RuleCatalog()) {
    out += std::string("| ") + r.id + " | " + SeverityName(r.severity) + " | " + r.title + " | " +
           r.fix + " |\n";
  }
  return out;
}

int RunValidate(const ValidateArgs& args) {
  if (args.list_rules) {
    std::cout << RulesMarkdown();
    return kExitOk;
  }
  if (!args.templates.empty() && (!args.config.empty() || !args.stack.empty())) {
    ReportDiagnostics({Error("", "give either template files or -c/--stack, not both")});
    return kExitUsage;
  }
  RealFileSystem fs;
  auto schemas = validate::EmbeddedSchemas();  // one parsed-type cache for every template
  std::vector<validate::TemplateReport> reports;
  bool input_error = false;
  if (!args.templates.empty()) {
    for (const auto& path : args.templates) {
      validate::ValidateOptions options;
      options.schemas = schemas.get();
      auto report = validate::ValidateTemplateFile(path, fs, options);
      if (!report.ok()) {
        ReportDiagnostics(report.diagnostics());
        input_error = true;
        continue;
      }
      reports.push_back(std::move(*report));
    }
  } else {
    auto synthesis = SynthesizeConfigWithSource(args.config, fs, args.stack);
    if (!synthesis.ok()) {
      ReportDiagnostics(synthesis.diagnostics());
      return kExitUsage;
    }
    reports = validate::ValidateSynthesis(*synthesis, schemas.get());
  }

  if (args.format == "json") {
    std::cout << validate::FormatJson(reports);
  } else if (args.format == "sarif") {
    std::cout << validate::FormatSarif(reports);
  } else {
    std::cout << validate::FormatText(reports, UseColour());
  }
  if (input_error) return kExitUsage;
  static const std::map<std::string, Severity> kThresholds = {
      {"error", Severity::kError}, {"warning", Severity::kWarning}, {"info", Severity::kInfo}};
  Severity threshold = kThresholds.at(args.fail_on);
  for (const auto& report : reports) {
    if (validate::CountAtOrAbove(report.findings, threshold) > 0) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace

void AddValidateCommand(CLI::App& app, CommandRunner* runner) {
  auto args = std::make_shared<ValidateArgs>();
  auto* cmd = app.add_subcommand(
      "validate",
      "Check templates against CloudFormation rules, resource schemas and security rules");
  cmd->add_option("templates", args->templates,
                  "Template files (JSON or YAML) to check instead of synthesizing a config");
  cmd->add_option("-c,--config", args->config,
                  "Config file to synthesize in memory; default ./cdkpp.yaml, then ./cdkpp.json");
  cmd->add_option("--stack", args->stack, "Validate only this stack of the config");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  cmd->add_option("--fail-on", args->fail_on,
                  "Exit 1 when an unsuppressed finding is at least this severe")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  cmd->add_flag("--list-rules", args->list_rules, "Print every rule as a Markdown table");
  cmd->callback([runner, args] { *runner = [args] { return RunValidate(*args); }; });
}

}  // namespace cdkpp::cli
