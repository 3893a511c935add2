#ifndef CDKPP_CLI_LOGGING_H_
#define CDKPP_CLI_LOGGING_H_

#include "cdkpp/core/diagnostic.h"

namespace cdkpp::cli {

/// Verbosity from -v / -q: -1 quiet (errors only), 0 normal, 1 debug.
void ConfigureLogging(int verbosity);

/// True unless -q was given: commands print their summaries only then.
bool ShouldPrintSummary();

/// Prints each diagnostic to stderr through spdlog ("error: file:l:c: ...").
void ReportDiagnostics(const Diagnostics& diagnostics);

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_LOGGING_H_
