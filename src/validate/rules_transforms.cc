// CDKPP-CFN-020: what the template's transforms keep cdkpp from checking,
// said plainly instead of passing in silence.
#include <algorithm>
#include <array>
#include <string_view>

#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// SAM generates resources (a function's <Function>Role, an API's
// Deployment and Stage, ...) and rewrites references among them, so checks
// of what a Ref, Fn::GetAtt, Fn::Sub or DependsOn names, and of cycles,
// would report what the transform resolves.
constexpr std::array<std::string_view, 6> kSkippedUnderServerless = {
    "CDKPP-CFN-002", "CDKPP-CFN-003", "CDKPP-CFN-004",
    "CDKPP-CFN-006", "CDKPP-CFN-007", "CDKPP-SCH-008"};

}  // namespace

bool SkippedUnderServerless(std::string_view rule_id) {
  return std::find(kSkippedUnderServerless.begin(), kSkippedUnderServerless.end(), rule_id) !=
         kSkippedUnderServerless.end();
}

void CheckTransforms(const RuleContext& ctx, Reporter& out) {
  for (const std::string& note : ctx.transform_notes()) {
    out.ReportElement("", "Transform", "AWS::LanguageExtensions: " + note);
  }
  if (!ctx.serverless()) return;
  std::string skipped;
  for (std::string_view id : kSkippedUnderServerless) {
    if (!skipped.empty()) skipped += ", ";
    skipped += id;
  }
  out.ReportElement("", "Transform",
                    "the AWS::Serverless-2016-10-31 (SAM) transform generates resources and "
                    "references that exist only after it runs, so " +
                        skipped +
                        " (references and cycles) were not checked and AWS::Serverless::* "
                        "resources were not checked against a schema; everything else was");
}

}  // namespace cdkpp::validate::internal
