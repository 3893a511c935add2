// The one catch in the program: the library returns errors as values, so an
// exception here is a bug. It still ends in a message and exit code 2, not in
// std::terminate's abort (exit 134, maybe a core dump) mid-output.
#include <cstdio>
#include <exception>

#include "cli/command.h"
#include "cli/exit_codes.h"

namespace cdkpp::cli {

int RunCommand(const CommandRunner& runner) {
  if (!runner) return kExitUsage;
  try {
    return runner();
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "internal error: %s\n", e.what());
  } catch (...) {
    std::fflush(stdout);
    std::fprintf(stderr, "internal error: unknown exception\n");
  }
  return kExitUsage;
}

}  // namespace cdkpp::cli
