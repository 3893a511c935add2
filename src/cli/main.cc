// cdkpp: the command-line edge. Only the global options live here; the
// command list is in command_table.cc, each subcommand in its own cmd_<name>.cc.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "cli/command.h"
#include "cli/command_table.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"
#include "cli/unknown_command.h"

namespace cdkpp::cli {
namespace {

// Results that did not reach stdout (a full disk, a closed pipe) are an
// error, not a success: flush now, while the exit code can still say so.
int CheckOutputWritten(int code) {
  std::cout.flush();
  if (std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout.good()) return code;
  int saved = errno;
  // stderr directly: logging may not be configured yet (--help > /dev/full).
  std::fprintf(stderr, "error: cannot write the output to stdout: %s\n",
               saved != 0 ? std::strerror(saved) : "write error");
  return kExitUsage;
}

}  // namespace
}  // namespace cdkpp::cli

int main(int argc, char** argv) {
  using namespace cdkpp::cli;
  CLI::App app{"cdkpp: synthesize, diff and validate CloudFormation for MySQL -> DMS -> Kinesis",
               "cdkpp"};
  app.set_version_flag("--version", "cdkpp " CDKPP_VERSION);
  int verbose = 0;
  bool quiet = false;
  std::string color = "auto";
  bool no_color = false;
  auto* verbose_flag = app.add_flag("-v,--verbose", verbose, "More log output (debug details)");
  app.add_flag("-q,--quiet", quiet,
               "Only errors on stderr; results still go to stdout (same for every command)")
      ->excludes(verbose_flag);
  app.add_option("--color", color,
                 "Color stdout: auto (a terminal, unless NO_COLOR is set or FORCE_COLOR is), "
                 "always, never")
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(kColorModeNames), std::end(kColorModeNames))))
      ->capture_default_str();
  app.add_flag("--no-color", no_color, "Same as --color never");
  app.require_subcommand(1);
  app.fallthrough();

  CommandRunner runner;
  RegisterCommands(app, &runner, argc, argv);

  std::string unknown = UnknownCommandError(app, argc, argv);
  if (!unknown.empty()) {
    std::fprintf(stderr, "error: %s\n", unknown.c_str());
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e) == 0 ? kExitOk : kExitUsage;
    return CheckOutputWritten(code);
  }
  ConfigureLogging(quiet ? -1 : (verbose > 0 ? 1 : 0),
                   no_color ? ColorMode::kNever : ParseColorMode(color));
  return CheckOutputWritten(RunCommand(runner));
}
