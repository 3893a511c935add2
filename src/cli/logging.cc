#include "cli/logging.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace cdkpp::cli {
namespace {
ColorMode g_color = ColorMode::kAuto;  // CLI-only state: the library never logs.

bool NonEmptyEnv(const char* name, const char* except = nullptr) {
  const char* value = std::getenv(name);
  if (value == nullptr || value[0] == '\0') return false;
  return except == nullptr || std::strcmp(value, except) != 0;
}
}  // namespace

ColorMode ParseColorMode(const std::string& name) {
  if (name == "always") return ColorMode::kAlways;
  if (name == "never") return ColorMode::kNever;
  return ColorMode::kAuto;
}

void ConfigureLogging(int verbosity, ColorMode color) {
  g_color = color;
  // A plain (uncolored) stderr sink: messages carry their own "error:" prefix
  // and the same bytes reach a terminal and a CI log.
  auto logger = spdlog::stderr_logger_st("cdkpp");
  logger->set_pattern("%v");
  logger->set_level(verbosity < 0   ? spdlog::level::err
                    : verbosity > 0 ? spdlog::level::debug
                                    : spdlog::level::info);
  spdlog::set_default_logger(logger);
}

bool UseColor() {
  switch (g_color) {
    case ColorMode::kAlways:
      return true;
    case ColorMode::kNever:
      return false;
    case ColorMode::kAuto:
      break;
  }
  if (NonEmptyEnv("NO_COLOR")) return false;
  if (NonEmptyEnv("FORCE_COLOR", "0")) return true;
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
