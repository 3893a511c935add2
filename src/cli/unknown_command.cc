#include "cli/unknown_command.h"

#include <string_view>
#include <vector>

#include "util/suggest.h"

namespace cdkpp::cli {

std::string FirstCommandWord(CLI::App& app, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.empty() || arg[0] != '-') return std::string(arg);
    if (arg == "--") return i + 1 < argc ? argv[i + 1] : "";
    if (arg.find('=') != std::string_view::npos) continue;
    const CLI::Option* option = app.get_option_no_throw(std::string(arg));
    if (option != nullptr && option->get_expected_min() > 0) ++i;  // skip its value
  }
  return "";
}

std::string UnknownCommandError(CLI::App& app, int argc, const char* const* argv) {
  std::string word = FirstCommandWord(app, argc, argv);
  if (word.empty()) return "";
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == word) return "";
    names.push_back(sub->get_name());
  }
  std::string message = "unknown command \"" + word + "\"";
  std::string suggestion = internal::Suggest(word, names);
  if (word == "help") suggestion = "--help";
  if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
  message += "\ncommands:";
  for (const std::string& name : names) message += " " + name;
  return message + "\nrun `cdkpp --help` for usage";
}

}  // namespace cdkpp::cli
