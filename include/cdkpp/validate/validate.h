#ifndef CDKPP_VALIDATE_VALIDATE_H_
#define CDKPP_VALIDATE_VALIDATE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cdkpp/core/json.h"
#include "cdkpp/validate/finding.h"

namespace cdkpp {
// Forward-declared: resource_schemas.h and core/cfn_resource.h both define a
// cdkpp::TagFormat, so this header must not pull the schema header in.
class ResourceSchemas;
}  // namespace cdkpp

namespace cdkpp::validate {

/// What a locator is asked: which resource a finding is about. cdk_path is
/// the resource's Metadata "aws:cdk:path" ("PipelineStack/Database/Instance/
/// Resource") or empty when the resource has none.
struct LocateQuery {
  const Finding* finding = nullptr;
  std::string cdk_path;
};

/// Maps a finding to the config position that caused it; returns an unknown
/// SourceLocation when it cannot tell.
using Locator = std::function<SourceLocation(const LocateQuery&)>;

struct ValidateOptions {
  /// Exceptions from the config (`suppressions:`). Template resources may also
  /// carry their own in Metadata: {"cdkpp": {"suppressions": [{"rule": ...,
  /// "reason": ...}]}}.
  std::vector<Suppression> suppressions;
  /// Optional: fills Finding::location of every finding that has none yet
  /// (cdk_path is empty for template-wide findings and non-resources).
  Locator locate;
  /// Size in bytes of the template as it will be deployed. 0 = measure the
  /// serialized template (SerializeTemplate) instead.
  std::size_t template_bytes = 0;
  /// Run the resource-schema checks (CDKPP-SCH-*).
  bool schema_checks = true;
  /// The schemas to check against; nullptr = the data embedded in the binary.
  /// Pass one instance to many calls to reuse its parsed-type cache.
  const ResourceSchemas* schemas = nullptr;
  /// Run the security rule pack (CDKPP-SEC-*).
  bool security_checks = true;
};

/// Runs every rule over one CloudFormation template (already parsed: JSON, or
/// YAML with short-form tags expanded to their Fn:: long forms).
/// Returns findings sorted deterministically: template-wide findings first,
/// then by the resource's position in the template, then by rule id; the
/// same input always gives the same list. Never throws, never prints.
std::vector<Finding> ValidateTemplate(const Json& template_json, const ValidateOptions& options);

/// A schema catalogue over the embedded data, to share between many
/// ValidateTemplate calls (ValidateOptions::schemas). A shared_ptr so that
/// callers need not include resource_schemas.h.
std::shared_ptr<const ResourceSchemas> EmbeddedSchemas();

/// A rule as documented: what `cdkpp validate --list-rules` prints and
/// docs/validate-rules.md lists.
struct RuleInfo {
  const char* id;
  Severity severity;
  /// One-line explanation of what the rule checks and why.
  const char* title;
  /// One-line fix.
  const char* fix;
};

/// Every rule, in id order.
const std::vector<RuleInfo>& RuleCatalog();

/// The catalog entry for `id`, or nullptr.
const RuleInfo* FindRule(const std::string& id);

}  // namespace cdkpp::validate

#endif  // CDKPP_VALIDATE_VALIDATE_H_
