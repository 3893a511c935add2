// cdkpp validate: synthesize a config in memory (or read templates) and run
// the template, schema and security rules over every template.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "cdkpp/pipeline/validate_config.h"
#include "cdkpp/validate/format_findings.h"
#include "cdkpp/validate/validate_file.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/keep_until_exit.h"
#include "cli/logging.h"
#include "cli/stdin_file_system.h"

namespace cdkpp::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> templates;
  std::string config;
  std::string stack;
  std::string format = "text";
  std::string fail_on = "error";
  bool list_rules = false;
  std::string sarif_root = ".";
};

// The template files to check: each path as given, and every template of a
// cloud assembly directory.
Result<std::vector<std::string>> ExpandTemplatePaths(const std::vector<std::string>& given,
                                                     const FileSystem& fs) {
  std::vector<std::string> paths;
  for (const std::string& path : given) {
    std::error_code ec;
    if (path == "-" || !std::filesystem::is_directory(path, ec)) {
      paths.push_back(path);
      continue;
    }
    Result<std::vector<std::string>> templates = validate::AssemblyTemplatePaths(path, fs);
    if (!templates.ok()) return templates.diagnostics();
    paths.insert(paths.end(), templates->begin(), templates->end());
  }
  return paths;
}

validate::SarifOptions SarifPaths(const std::string& root) {
  namespace fs = std::filesystem;
  std::error_code ec;
  validate::SarifOptions options;
  options.working_dir = fs::current_path(ec).string();
  options.root = fs::absolute(root, ec).lexically_normal().string();
  return options;
}

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
    std::cout << (args.format == "json" ? validate::FormatRulesJson() : RulesMarkdown());
    return kExitOk;
  }
  if (!args.templates.empty() && (!args.config.empty() || !args.stack.empty())) {
    ReportDiagnostics({Error("", "give either template files or -c/--stack, not both")});
    return kExitUsage;
  }
  StdinFileSystem fs;
  auto schemas = validate::EmbeddedSchemas();  // one parsed-type cache for every template
  std::vector<validate::TemplateReport> reports;
  bool input_error = false;
  if (!args.templates.empty()) {
    Result<std::vector<std::string>> paths = ExpandTemplatePaths(args.templates, fs);
    if (!paths.ok()) {
      ReportDiagnostics(paths.diagnostics());
      return kExitUsage;
    }
    for (const auto& path : *paths) {
      // The parsed tree outlives the command: freeing it is needless work at exit.
      auto& file = KeepUntilExit(validate::ReadTemplateFile(path, fs));
      if (!file.ok()) {
        ReportDiagnostics(file.diagnostics());
        input_error = true;
        continue;
      }
      validate::ValidateOptions options;
      options.schemas = schemas.get();
      reports.push_back(validate::ValidateTemplateFile(*file, options));
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
    std::cout << validate::FormatSarif(reports, SarifPaths(args.sarif_root));
  } else {
    std::cout << validate::FormatText(reports, UseColor());
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
  cmd->add_option("TEMPLATE", args->templates,
                  "Template files (JSON or YAML; - reads stdin) or cloud assembly directories "
                  "(every template its manifest.json lists) to check instead of a config");
  cmd->add_option("-c,--config", args->config,
                  "Config file to synthesize in memory; default ./cdkpp.yaml, then ./cdkpp.yml, ./cdkpp.json");
  cmd->add_option("--stack", args->stack, "Validate only this stack of the config");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  cmd->add_option("--fail-on", args->fail_on,
                  "Exit 1 when an unsuppressed finding is at least this severe")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  cmd->add_flag("--list-rules", args->list_rules,
                "Print every rule: a Markdown table, or JSON with --format json");
  cmd->add_option("--sarif-root", args->sarif_root,
                  "With --format sarif: file URIs are relative to this directory (the "
                  "repository root for code scanning)")
      ->capture_default_str();
  cmd->callback([runner, args] { *runner = [args] { return RunValidate(*args); }; });
}

}  // namespace cdkpp::cli
