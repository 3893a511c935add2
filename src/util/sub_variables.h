#ifndef CDKPP_UTIL_SUB_VARIABLES_H_
#define CDKPP_UTIL_SUB_VARIABLES_H_

#include <string>
#include <vector>

namespace cdkpp::internal {

/// The ${...} variable names of an Fn::Sub string ("${A}", "${B.Arn}",
/// "${AWS::Region}"), in order, trimmed of the spaces CloudFormation
/// ignores; "${!X}" is a literal and skipped, as is an unclosed "${".
std::vector<std::string> SubVariables(const std::string& text);

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_SUB_VARIABLES_H_
