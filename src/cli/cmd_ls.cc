// cdkpp ls: the stacks of a config in deploy order, for people and scripts.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cdkpp/pipeline/stack_list.h"
#include "cdkpp/pipeline/synth.h"
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"

namespace cdkpp::cli {
namespace {

struct LsArgs {
  std::string config;
  std::string environment;
  std::string format = "text";
  bool long_format = false;
};

// One line per stack, the name and kind columns as wide as their longest.
std::string LongLines(const std::vector<StackListing>& stacks) {
  std::size_t name_width = 0;
  std::size_t kind_width = 0;
  for (const StackListing& s : stacks) {
    name_width = std::max(name_width, s.name.size());
    kind_width = std::max(kind_width, s.kind.size());
  }
  std::string out;
  for (const StackListing& s : stacks) {
    std::string deps;
    for (const std::string& d : s.dependencies) deps += (deps.empty() ? "" : ", ") + d;
    out += fmt::format("{:<{}}  {:<{}}  {}  {} resources  depends on: {}\n", s.name, name_width,
                       s.kind, kind_width, s.environment, s.resources, deps.empty() ? "-" : deps);
  }
  return out;
}

int RunLs(const LsArgs& args) {
  RealFileSystem fs;
  Result<ConfigSynthesis> synthesis =
      SynthesizeConfigWithSource(args.config, fs, "", args.environment);
  if (!synthesis.ok()) {
    ReportDiagnostics(synthesis.diagnostics());
    return kExitUsage;
  }
  std::vector<StackListing> stacks = ListStacks(*synthesis);
  if (args.format == "json") {
    std::cout << StackListingJson(stacks).dump(2) << "\n";
    return kExitOk;
  }
  if (args.long_format) {
    std::cout << LongLines(stacks);
    return kExitOk;
  }
  for (const StackListing& s : stacks) std::cout << s.name << "\n";
  return kExitOk;
}

}  // namespace

void AddLsCommand(CLI::App& app, CommandRunner* runner) {
  auto args = std::make_shared<LsArgs>();
  auto* cmd = app.add_subcommand("ls", "List the config's stacks in deploy order");
  cmd->add_option("-c,--config", args->config,
                  "Config file; default ./cdkpp.yaml, then ./cdkpp.yml, ./cdkpp.json");
  cmd->add_option("--env", args->environment,
                  "Apply this entry of the config's environments; default: the base config");
  cmd->add_flag("-l,--long", args->long_format,
                "Show kind, environment, resource count and dependencies");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->callback([runner, args] { *runner = [args] { return RunLs(*args); }; });
}

}  // namespace cdkpp::cli
