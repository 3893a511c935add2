// cdkpp init: write a starter cdkpp.yaml from a built-in template.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cdkpp/config/init_project.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"

namespace cdkpp::cli {
namespace {

struct InitCommandOptions {
  InitOptions init;
  bool list = false;
};

int RunInit(const InitCommandOptions& options) {
  if (options.list) {
    for (const std::string& name : TemplateNames()) std::cout << name << "\n";
    return kExitOk;
  }
  RealFileSystem fs;
  Result<std::string> written = InitProject(options.init, fs);
  if (!written.ok()) {
    ReportDiagnostics(written.diagnostics());
    return kExitUsage;
  }
  std::string synth = options.init.dir == "." ? std::string("cdkpp synth")
                                              : fmt::format("cdkpp synth -c {}", *written);
  std::cout << fmt::format("Wrote {} from template \"{}\". Edit it, then run: {}\n", *written,
                           options.init.template_name, synth);
  return kExitOk;
}

}  // namespace

void AddInitCommand(CLI::App& app, CommandRunner* runner) {
  auto options = std::make_shared<InitCommandOptions>();
  std::string names;
  for (const std::string& name : TemplateNames()) names += (names.empty() ? "" : ", ") + name;
  auto* cmd = app.add_subcommand("init", "Write a starter cdkpp.yaml from a template");
  cmd->add_option("--template", options->init.template_name, "Template to start from: " + names)
      ->check(CLI::IsMember(TemplateNames()))
      ->capture_default_str();
  cmd->add_flag("--force", options->init.force, "Overwrite an existing cdkpp.yaml");
  cmd->add_flag("--list", options->list, "List the templates and exit");
  cmd->add_option("dir", options->init.dir, "Directory to write cdkpp.yaml in")
      ->capture_default_str();
  cmd->callback([runner, options] { *runner = [options] { return RunInit(*options); }; });
}

}  // namespace cdkpp::cli
