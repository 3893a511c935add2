#ifndef CDKPP_VALIDATE_FINDING_H_
#define CDKPP_VALIDATE_FINDING_H_

#include <string>
#include <vector>

#include "cdkpp/core/diagnostic.h"

namespace cdkpp::validate {

/// One problem found in a template by one rule: a Diagnostic (severity;
/// code = the stable rule id, e.g. "CDKPP-SEC-003", see
/// docs/validate-rules.md; key_path = the path inside the resource, e.g.
/// "Properties.SecurityGroupIngress[0].CidrIp", may be empty; message = what
/// is wrong, one line; location = the config file:line:col that caused it
/// for config-driven synth, filled through ValidateOptions::locate, or the
/// template's own position) plus the resource it is about and the fix.
/// FormatText, FormatJson and FormatSarif are its printers.
struct Finding : Diagnostic {
  /// The resource (or output/parameter) the finding is about; empty for
  /// template-wide findings (quotas, size).
  std::string logical_id;
  /// The resource type, e.g. "AWS::RDS::DBInstance"; empty if not a resource.
  std::string resource_type;
  /// How to fix it, one line.
  std::string fix;
  /// True when a suppression with a reason matched: reported, never silent,
  /// but not counted by HasUnsuppressedErrors / CountAtOrAbove.
  bool suppressed = false;
  std::string suppression_reason;
};

/// An accepted exception: findings of `rule` on `resource` are reported as
/// suppressed. reason is mandatory (a suppression without one is itself an
/// error finding, CDKPP-SUP-001, and suppresses nothing).
struct Suppression {
  std::string rule;
  std::string reason;
  /// Empty = every resource. Otherwise a logical id, or a construct path
  /// below the stack ("Database" matches "Stack/Database/Instance/Resource").
  std::string resource;
  /// Where the suppression was written (config file:line:col), for messages.
  SourceLocation location;
};

/// True iff some finding is an error and not suppressed: what `cdkpp synth`
/// checks before writing a template.
bool HasUnsuppressedErrors(const std::vector<Finding>& findings);

/// Number of unsuppressed findings whose severity is `threshold` or worse
/// (error > warning > info): the `--fail-on` test.
int CountAtOrAbove(const std::vector<Finding>& findings, Severity threshold);

/// True iff `severity` is at least as bad as `threshold`.
bool AtOrAbove(Severity severity, Severity threshold);

}  // namespace cdkpp::validate

#endif  // CDKPP_VALIDATE_FINDING_H_
