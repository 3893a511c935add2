#include "cli/logging.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace cdkpp::cli {
namespace {
int g_verbosity = 0;  // CLI-only state: the library never logs.
}

void ConfigureLogging(int verbosity) {
  g_verbosity = verbosity;
  // A plain (uncoloured) stderr sink: messages carry their own "error:" prefix
  // and the same bytes reach a terminal and a CI log.
  auto logger = spdlog::stderr_logger_st("cdkpp");
  logger->set_pattern("%v");
  logger->set_level(verbosity < 0   ? spdlog::level::err
                    : verbosity > 0 ? spdlog::level::debug
                                    : spdlog::level::info);
  spdlog::set_default_logger(logger);
}

bool ShouldPrintSummary() { return g_verbosity >= 0; }

bool UseColour(bool disabled_by_flag) {
  const char* no_color = std::getenv("NO_COLOR");
  if (disabled_by_flag || (no_color != nullptr && no_color[0] != '\0')) return false;
  return isatty(fileno(stdout)) == 1;
}

void ReportDiagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics) {
    std::string line = std::string(SeverityName(d.severity)) + ": " + d.ToString();
    switch (d.severity) {
      case Severity::kError:
        spdlog::error(line);
        break;
      case Severity::kWarning:
        spdlog::warn(line);
        break;
      case Severity::kInfo:
        spdlog::info(line);
        break;
    }
  }
}

}  // namespace cdkpp::cli
