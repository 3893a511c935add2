#ifndef CDKPP_CONSTRUCTS_DMS_SERVICE_ROLES_H_
#define CDKPP_CONSTRUCTS_DMS_SERVICE_ROLES_H_

#include <string_view>

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"

namespace cdkpp {

/// Who provides the account-wide roles dms-vpc-role and
/// dms-cloudwatch-logs-role, which DMS looks up by exact name.
enum class ServiceRoles {
  /// The stack makes sure both exist without owning them: a custom resource
  /// creates a missing role and never deletes one.
  kAuto,
  /// The stack owns both (AWS::IAM::Role); deleting it removes them
  /// account-wide, and it fails where they already exist.
  kStack,
  /// The account has them already; the stack assumes so.
  kExisting,
};

/// What the replication resources depend on so that the roles exist first:
/// the role resources (kStack), the custom resource for both (kAuto), or
/// nothing (kExisting). Not owned.
struct DmsServiceRoleResources {
  const CfnResource* vpc_role = nullptr;
  const CfnResource* logs_role = nullptr;
};

/// Adds what `mode` needs below scope: for kStack the roles "DmsVpcRole" and
/// "DmsCloudWatchLogsRole"; for kAuto "ServiceRolesProviderRole" (may only
/// iam:GetRole, iam:CreateRole and iam:AttachRolePolicy on the two role
/// ARNs), the inline Python function "ServiceRolesProvider" and the
/// Custom::DmsServiceRoles resource "ServiceRoles".
DmsServiceRoleResources AddDmsServiceRoles(Construct& scope, ServiceRoles mode);

/// The handler's source as embedded in the template (byte-for-byte the file
/// src/constructs/lambda/dms_service_roles.py).
std::string_view DmsServiceRolesHandlerSource();

/// The custom resource type of kAuto.
inline constexpr std::string_view kDmsServiceRolesResourceType = "Custom::DmsServiceRoles";

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_DMS_SERVICE_ROLES_H_
