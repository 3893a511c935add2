// The CLI's last resort: an exception that escapes a command (a library bug)
// becomes "internal error: ..." and exit 2, not std::terminate's abort.
#include "cli/command.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "cli/exit_codes.h"

namespace cdkpp::cli {
namespace {

TEST(RunCommand, ReturnsTheCommandsExitCode) {
  EXPECT_EQ(RunCommand([] { return kExitFindings; }), kExitFindings);
  EXPECT_EQ(RunCommand(CommandRunner()), kExitUsage);
}

TEST(RunCommand, AnEscapingExceptionIsAnInternalErrorWithExit2) {
  testing::internal::CaptureStderr();
  int code = RunCommand([]() -> int { throw std::out_of_range("stod"); });
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "internal error: stod\n");
  EXPECT_EQ(code, kExitUsage);

  testing::internal::CaptureStderr();
  code = RunCommand([]() -> int { throw 42; });
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "internal error: unknown exception\n");
  EXPECT_EQ(code, kExitUsage);
}

}  // namespace
}  // namespace cdkpp::cli
