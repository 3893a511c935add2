#include "cdkpp/core/diagnostic.h"

#include <algorithm>

namespace cdkpp {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "error";
}

std::string SourceLocation::ToString() const {
  if (file.empty() && !known()) return "";
  std::string out = file.empty() ? "<input>" : file;
  if (known()) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  return out;
}

std::string Diagnostic::ToString() const {
  std::string out;
  std::string where = location.ToString();
  if (!where.empty()) out += where + ": ";
  if (!key_path.empty()) out += key_path + ": ";
  out += message;
  if (!detail.empty()) out += "\n" + detail;
  return out;
}

Diagnostic Error(std::string key_path, std::string message) {
  Diagnostic d;
  d.key_path = std::move(key_path);
  d.message = std::move(message);
  return d;
}

bool HasErrors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

}  // namespace cdkpp
