#ifndef CDKPP_CLI_EXIT_CODES_H_
#define CDKPP_CLI_EXIT_CODES_H_

namespace cdkpp::cli {

/// The process exit codes, documented in the README's CLI reference.
inline constexpr int kExitOk = 0;        ///< Success, nothing to report.
inline constexpr int kExitFindings = 1;  ///< diff found changes / validate found findings.
inline constexpr int kExitUsage = 2;     ///< Bad usage, unreadable or invalid input.

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_EXIT_CODES_H_
