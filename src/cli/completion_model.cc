#include "cli/completion_model.h"

namespace cdkpp::cli {
namespace {

// The values of a CLI::IsMember check, from its type name "TEXT:{a,b,c}".
std::vector<std::string> Choices(const std::string& type_name) {
  std::vector<std::string> choices;
  size_t open = type_name.find('{');
  size_t close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return choices;
  std::string list = type_name.substr(open + 1, close - open - 1);
  for (size_t start = 0; start <= list.size();) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    if (comma > start) choices.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return choices;
}

// Options whose values are paths or names: the rest complete to their
// choices, or to anything.
ValueKind KindOf(const CLI::Option& option, const std::vector<std::string>& choices) {
  if (!option.get_positional() && option.get_expected_min() == 0) return ValueKind::kNone;
  if (!choices.empty()) return ValueKind::kChoice;
  const std::string name = option.get_name(false, false);
  if (name == "--stack") return ValueKind::kStack;
  if (name == "--output" || name == "-o" || name == "--sarif-root" || name == "dir" ||
      name == "DIR") {
    return ValueKind::kDirectory;
  }
  if (option.get_positional() || name == "--config" || name == "-c") return ValueKind::kFile;
  return ValueKind::kText;
}

std::string FirstSentence(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  size_t end = line.find(". ");
  if (end != std::string::npos) line = line.substr(0, end);
  size_t paren = line.find(" (");
  if (paren != std::string::npos && paren > 20) line = line.substr(0, paren);
  return line.size() > 80 ? line.substr(0, 77) + "..." : line;
}

std::vector<CompletionOption> Options(const CLI::App& app, CompletionCommand* command) {
  std::vector<CompletionOption> options;
  for (const CLI::Option* option : app.get_options()) {
    std::vector<std::string> choices = Choices(option->get_type_name());
    ValueKind kind = KindOf(*option, choices);
    if (option->get_positional()) {
      command->positional = kind;
      command->positional_choices = std::move(choices);
      continue;
    }
    CompletionOption out;
    out.short_names = option->get_snames();
    out.long_names = option->get_lnames();
    out.description = FirstSentence(option->get_description());
    out.kind = kind;
    out.choices = std::move(choices);
    options.push_back(std::move(out));
  }
  return options;
}

}  // namespace

std::vector<CompletionCommand> CompletionModel(const CLI::App& app) {
  std::vector<CompletionCommand> commands;
  CompletionCommand global;
  global.description = FirstSentence(app.get_description());
  global.options = Options(app, &global);
  commands.push_back(std::move(global));
  for (const CLI::App* sub : app.get_subcommands({})) {
    CompletionCommand command;
    command.name = sub->get_name();
    command.description = FirstSentence(sub->get_description());
    command.options = Options(*sub, &command);
    commands.push_back(std::move(command));
  }
  return commands;
}

}  // namespace cdkpp::cli
