#include "cdkpp/validate/finding.h"

#include <algorithm>

namespace cdkpp::validate {
namespace {
int Rank(Severity s) {
  switch (s) {
    case Severity::kError:
      return 2;
    case Severity::kWarning:
      return 1;
    case Severity::kInfo:
      return 0;
  }
  return 2;
}
}  // namespace

bool AtOrAbove(Severity severity, Severity threshold) { return Rank(severity) >= Rank(threshold); }

bool HasUnsuppressedErrors(const std::vector<Finding>& findings) {
  return CountAtOrAbove(findings, Severity::kError) > 0;
}

int CountAtOrAbove(const std::vector<Finding>& findings, Severity threshold) {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
    return !f.suppressed && AtOrAbove(f.severity, threshold);
  }));
}

}  // namespace cdkpp::validate
