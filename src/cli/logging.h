#ifndef CDKPP_CLI_LOGGING_H_
#define CDKPP_CLI_LOGGING_H_

#include "cdkpp/core/diagnostic.h"

namespace cdkpp::cli {

/// Verbosity from -v / -q: -1 quiet (errors only), 0 normal, 1 debug.
void ConfigureLogging(int verbosity);

/// True unless -q was given: commands print their summaries only then.
bool ShouldPrintSummary();

/// Whether to colour stdout: only for a person at a terminal, and never when
/// NO_COLOR is set to a non-empty value (https://no-color.org) or disabled
/// by a flag.
bool UseColour(bool disabled_by_flag = false);

/// Prints each diagnostic to stderr through spdlog ("error: file:l:c: ...").
void ReportDiagnostics(const Diagnostics& diagnostics);

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_LOGGING_H_
