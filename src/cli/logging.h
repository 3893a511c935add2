#ifndef CDKPP_CLI_LOGGING_H_
#define CDKPP_CLI_LOGGING_H_

#include <string>

#include "cdkpp/core/diagnostic.h"

namespace cdkpp::cli {

/// The --color choice; kAuto decides from the environment and the terminal.
enum class ColorMode { kAuto, kAlways, kNever };

/// The spellings --color accepts, in the order help and completion show them.
inline constexpr const char* kColorModeNames[] = {"auto", "always", "never"};

/// Parses a --color value ("auto", "always", "never"); kAuto otherwise.
ColorMode ParseColorMode(const std::string& name);

/// Verbosity from -v / -q: -1 quiet (only errors reach stderr), 0 normal,
/// 1 debug. -q never changes stdout: results are printed all the same.
void ConfigureLogging(int verbosity, ColorMode color);

/// Whether to color stdout. --color always/never decide; with auto, a
/// non-empty NO_COLOR (https://no-color.org) turns color off, a FORCE_COLOR
/// other than "" or "0" turns it on, else only a terminal gets color.
bool UseColor();

/// Prints each diagnostic to stderr through spdlog ("error: file:l:c: ...").
void ReportDiagnostics(const Diagnostics& diagnostics);

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_LOGGING_H_
