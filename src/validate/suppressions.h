#ifndef CDKPP_SRC_VALIDATE_SUPPRESSIONS_H_
#define CDKPP_SRC_VALIDATE_SUPPRESSIONS_H_

// Applies suppressions to findings: marks matches as suppressed (they stay in
// the list), and adds CDKPP-SUP-* findings for suppressions without a reason,
// with an unknown rule id, or that matched nothing.

#include <vector>

#include "cdkpp/validate/finding.h"
#include "validate/rule.h"

namespace cdkpp::validate::internal {

/// The construct path of a resource (Metadata "aws:cdk:path"), or "".
std::string CdkPath(const ResourceView& resource);

/// Suppressions written in the template itself: Metadata.cdkpp.suppressions
/// of the template (may name a resource) and of each resource (applies to it).
std::vector<Suppression> TemplateSuppressions(const RuleContext& ctx);

/// REQUIRES: findings hold only rule findings (no CDKPP-SUP-* yet).
void ApplySuppressions(const RuleContext& ctx, const std::vector<Suppression>& suppressions,
                       std::vector<Finding>* findings);

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_SUPPRESSIONS_H_
