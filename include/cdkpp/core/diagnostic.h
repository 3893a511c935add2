#ifndef CDKPP_CORE_DIAGNOSTIC_H_
#define CDKPP_CORE_DIAGNOSTIC_H_

#include <string>
#include <vector>

namespace cdkpp {

/// How bad a finding is. Errors stop synthesis; warnings and infos are reported.
enum class Severity { kError, kWarning, kInfo };

/// "error", "warning" or "info".
const char* SeverityName(Severity severity);

/// Where in an input file something came from. line and column are 1-based;
/// 0 means unknown (the file alone is then printed, or nothing).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  bool known() const { return line > 0; }
  /// "file:line:col", "file", or "" when nothing is known.
  std::string ToString() const;
};

/// One finding: a config error, a synthesis error, a validation finding.
/// Errors are values: the library returns these and never prints them.
struct Diagnostic {
  Severity severity = Severity::kError;
  /// A stable rule or error id, e.g. "config.type" or "CFN001"; may be empty.
  std::string code;
  SourceLocation location;
  /// The key path inside the input ("stacks[0].stream.shardCount") or the
  /// construct path ("MyStack/Stream"); may be empty.
  std::string key_path;
  std::string message;
  /// Optional lines printed below the message (source excerpt with a caret).
  std::string detail;

  /// "file:line:col: key.path: message" with empty parts left out, followed by
  /// "\n" + detail when detail is set.
  std::string ToString() const;
};

using Diagnostics = std::vector<Diagnostic>;

/// A Diagnostic of severity error with only a message and key path.
Diagnostic Error(std::string key_path, std::string message);

/// True if any diagnostic is an error.
bool HasErrors(const Diagnostics& diagnostics);

}  // namespace cdkpp

#endif  // CDKPP_CORE_DIAGNOSTIC_H_
