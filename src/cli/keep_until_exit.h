#ifndef CDKPP_CLI_KEEP_UNTIL_EXIT_H_
#define CDKPP_CLI_KEEP_UNTIL_EXIT_H_

#include <utility>

namespace cdkpp::cli {

/// Moves value to a heap block that is never freed, and returns it. For a
/// command's large inputs and results (parsed templates, a synthesis): the
/// process exits right after the command, and freeing such a tree node by
/// node costs more instructions than most of the command's own work. Every
/// kept value stays reachable from a static list, so leak checkers do not
/// report it.
template <class T>
T& KeepUntilExit(T value) {
  struct Kept {
    T value;
    Kept* previous;
  };
  static Kept* last = nullptr;
  last = new Kept{std::move(value), last};
  return last->value;
}

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_KEEP_UNTIL_EXIT_H_
