#ifndef CDKPP_VALIDATE_FORMAT_FINDINGS_H_
#define CDKPP_VALIDATE_FORMAT_FINDINGS_H_

// Renders findings for people (text), scripts (JSON) and code-scanning UIs
// (SARIF 2.1.0). Computing findings (validate.h) is kept apart from printing
// them. All output is deterministic: same reports, same bytes.

#include <string>
#include <vector>

#include "cdkpp/validate/finding.h"

namespace cdkpp::validate {

/// The findings of one template. name is what the user knows it by: the
/// template path, or "<Stack> (<config file>)" for config-driven synth.
struct TemplateReport {
  std::string name;
  std::vector<Finding> findings;
};

/// Grouped text: a heading per template, findings grouped per resource (in
/// the order given), each with its location, fix, and (when suppressed) the
/// reason; then one summary line per template. `color` adds ANSI colors
/// (callers pass true only on a TTY without NO_COLOR). With list_suppressed
/// false, suppressed findings are left out of the list but still counted in
/// the summary line. Ends with "\n".
std::string FormatText(const std::vector<TemplateReport>& reports, bool color,
                       bool list_suppressed = true);

/// "<name>: 2 errors, 1 warning, 0 infos, 1 suppressed": one template's tally.
std::string FormatSummaryLine(const TemplateReport& report);

/// {"templates": [{"name", "findings": [...], "summary": {...}}]} with
/// camelCase keys; ends with "\n".
std::string FormatJson(const std::vector<TemplateReport>& reports);

/// Where SARIF file URIs are relative to.
struct SarifOptions {
  /// Absolute directory that file URIs are made relative to (code scanning
  /// wants paths relative to the repository root), named SRCROOT in the
  /// run's originalUriBaseIds. Empty: URIs are the paths as given.
  std::string root;
  /// Absolute directory that relative paths in findings start from.
  std::string working_dir;
};

/// A SARIF 2.1.0 log with one run, the full rule catalog as
/// tool.driver.rules, and one result per finding: message is what is wrong,
/// properties.fix how to fix it; suppressed ones carry a suppression with the
/// reason as justification. Ends with "\n".
std::string FormatSarif(const std::vector<TemplateReport>& reports,
                        const SarifOptions& options = {});

/// The rule catalog as a JSON array of {id, severity, title, fix}; ends
/// with "\n".
std::string FormatRulesJson();

}  // namespace cdkpp::validate

#endif  // CDKPP_VALIDATE_FORMAT_FINDINGS_H_
