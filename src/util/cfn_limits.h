#ifndef CDKPP_UTIL_CFN_LIMITS_H_
#define CDKPP_UTIL_CFN_LIMITS_H_

// CloudFormation quotas, declared once for the constructs that must stay
// within them, the validator that reports them and the deploy instructions
// that work around them. Source: the AWS CloudFormation User Guide,
// "Quotas" (docs/validate-rules.md lists them).

#include <cstddef>

namespace cdkpp::internal {

/// Template body passed inline (`aws cloudformation deploy` without
/// --s3-bucket, CreateStack --template-body).
inline constexpr std::size_t kMaxInlineTemplateBytes = 51200;
/// Template body uploaded through S3; cfn-lint and CloudFormation count
/// 1 MB as 1,000,000 bytes.
inline constexpr std::size_t kMaxTemplateBytes = 1000000;
/// The template's Description.
inline constexpr std::size_t kMaxDescriptionBytes = 1024;
inline constexpr std::size_t kMaxResources = 500;
inline constexpr std::size_t kMaxOutputs = 200;
inline constexpr std::size_t kMaxParameters = 200;
inline constexpr std::size_t kMaxMappings = 200;
/// Dynamic references ({{resolve:...}}) per template.
inline constexpr std::size_t kMaxDynamicReferences = 60;

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_CFN_LIMITS_H_
