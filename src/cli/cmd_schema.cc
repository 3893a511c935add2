// cdkpp schema: print the config's JSON Schema (for editors and CI checks).
#include <iostream>
#include <memory>

#include "cdkpp/config/config_schema.h"
#include "cli/command.h"
#include "cli/exit_codes.h"

namespace cdkpp::cli {

void AddSchemaCommand(CLI::App& app, CommandRunner* runner) {
  auto format = std::make_shared<std::string>("json");
  auto* cmd = app.add_subcommand(
      "schema", "Print the JSON Schema (draft-07) of cdkpp.yaml, for editors and CI checks");
  // markdown is the README's config reference (scripts/update-readme.sh): not
  // for users, so not listed in --help.
  cmd->add_option("--format", *format)->check(CLI::IsMember({"json", "markdown"}))->group("");
  cmd->callback([runner, format] {
    *runner = [format] {
      std::cout << (*format == "markdown" ? ConfigReferenceMarkdown() : ConfigJsonSchema());
      return kExitOk;
    };
  });
}

}  // namespace cdkpp::cli
