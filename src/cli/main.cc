// cdkpp: the command-line edge. Only the registration list lives here; each
// subcommand is in its own cmd_<name>.cc.
#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/logging.h"

int main(int argc, char** argv) {
  using namespace cdkpp::cli;
  CLI::App app{"cdkpp: synthesize, diff and validate CloudFormation for MySQL -> DMS -> Kinesis"};
  app.set_version_flag("--version", "cdkpp " CDKPP_VERSION);
  int verbose = 0;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "More output (debug details)");
  app.add_flag("-q,--quiet", quiet, "Errors only");
  app.require_subcommand(1);
  app.fallthrough();

  CommandRunner runner;
  AddSynthCommand(app, &runner);
  AddInitCommand(app, &runner);
  AddDiffCommand(app, &runner);
  AddValidateCommand(app, &runner);
  AddSchemaCommand(app, &runner);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  ConfigureLogging(quiet ? -1 : (verbose > 0 ? 1 : 0));
  return RunCommand(runner);
}
