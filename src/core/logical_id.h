#ifndef CDKPP_SRC_CORE_LOGICAL_ID_H_
#define CDKPP_SRC_CORE_LOGICAL_ID_H_

#include <string>
#include <vector>

namespace cdkpp::internal {

/// The logical id AWS CDK gives the construct at this path below a stack
/// (components = construct ids, stack excluded), so stacks migrated from the
/// TypeScript CDK keep their ids:
///  - components equal to "Default" are dropped;
///  - one component left: it, non-alphanumerics stripped (no hash);
///  - else human part + 8 uppercase hex chars of MD5("a/b/c") where the human
///    part skips a component the previous kept one ends with, drops
///    "Resource", strips non-alphanumerics and is cut to 240 chars.
/// REQUIRES: components is not empty after dropping "Default".
std::string MakeLogicalId(const std::vector<std::string>& components);

}  // namespace cdkpp::internal

#endif  // CDKPP_SRC_CORE_LOGICAL_ID_H_
