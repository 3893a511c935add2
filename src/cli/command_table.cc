#include "cli/command_table.h"

#include <string>
#include <string_view>

#include "cli/unknown_command.h"

namespace cdkpp::cli {
namespace {

struct CommandEntry {
  std::string_view name;  // as the Add function names its subcommand
  void (*add)(CLI::App&, CommandRunner*);
};

// The order of `cdkpp --help`. Completion comes last: its scripts list every
// command registered before it.
constexpr CommandEntry kCommands[] = {
    {"synth", AddSynthCommand},   {"init", AddInitCommand},
    {"diff", AddDiffCommand},     {"validate", AddValidateCommand},
    {"schema", AddSchemaCommand}, {"graph", AddGraphCommand},
    {"ls", AddLsCommand},         {"completion", AddCompletionCommand},
};

bool IsCommandName(std::string_view word) {
  for (const CommandEntry& entry : kCommands) {
    if (entry.name == word) return true;
  }
  return false;
}

// The one command argv runs, or nullptr when every command must be there:
// for help and version output, for completion scripts, for an unknown word
// (its error lists the commands), and whenever another argument could be
// read as a command too.
const CommandEntry* SoleCommand(CLI::App& app, int argc, const char* const* argv) {
  std::string word = FirstCommandWord(app, argc, argv);
  const CommandEntry* sole = nullptr;
  for (const CommandEntry& entry : kCommands) {
    if (entry.name == word) sole = &entry;
  }
  if (sole == nullptr || sole->name == "completion") return nullptr;
  int named = 0;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    // "-h" may hide in a group of short flags ("-qh").
    bool short_help = arg.size() > 1 && arg[0] == '-' && arg[1] != '-' &&
                      arg.find('h') != std::string_view::npos;
    if (arg == "--" || short_help || arg.starts_with("--help") || arg.starts_with("--version")) {
      return nullptr;
    }
    if (IsCommandName(arg)) ++named;
  }
  return named == 1 ? sole : nullptr;
}

}  // namespace

void RegisterCommands(CLI::App& app, CommandRunner* runner, int argc, const char* const* argv) {
  if (const CommandEntry* sole = SoleCommand(app, argc, argv)) {
    sole->add(app, runner);
    return;
  }
  for (const CommandEntry& entry : kCommands) entry.add(app, runner);
}

}  // namespace cdkpp::cli
