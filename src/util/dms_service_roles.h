#ifndef CDKPP_UTIL_DMS_SERVICE_ROLES_H_
#define CDKPP_UTIL_DMS_SERVICE_ROLES_H_

// The account-wide IAM roles AWS DMS looks up by exact name, each with the
// AWS-managed policy DMS requires on it (DMS User Guide, "Creating the IAM
// roles to use with AWS DMS"). The construct creates them, the config
// reader keeps two stacks from both creating them, and the validator
// accepts their managed policies.

#include <string_view>

namespace cdkpp::internal {

struct DmsServiceRole {
  std::string_view name;
  std::string_view managed_policy;  ///< below arn:<partition>:iam::aws:policy/
};

inline constexpr DmsServiceRole kDmsVpcRole = {"dms-vpc-role",
                                               "service-role/AmazonDMSVPCManagementRole"};
inline constexpr DmsServiceRole kDmsCloudWatchLogsRole = {
    "dms-cloudwatch-logs-role", "service-role/AmazonDMSCloudWatchLogsRole"};

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_DMS_SERVICE_ROLES_H_
