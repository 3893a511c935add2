#ifndef CDKPP_SRC_VALIDATE_RULES_H_
#define CDKPP_SRC_VALIDATE_RULES_H_

// Every rule's check function, grouped by the file that defines it. The table
// in rule_table.cc binds each to its id, severity, title and fix.

#include "validate/rule.h"

namespace cdkpp::validate::internal {

// rules_structure.cc
void CheckStructure(const RuleContext& ctx, Reporter& out);
void CheckLogicalIds(const RuleContext& ctx, Reporter& out);

// rules_references.cc
void CheckRefTargets(const RuleContext& ctx, Reporter& out);
void CheckGetAttTargets(const RuleContext& ctx, Reporter& out);
void CheckDependsOnTargets(const RuleContext& ctx, Reporter& out);
void CheckConditionNames(const RuleContext& ctx, Reporter& out);
void CheckSubVariables(const RuleContext& ctx, Reporter& out);

// rules_intrinsics.cc
void CheckIntrinsicFunctions(const RuleContext& ctx, Reporter& out);
void CheckFindInMap(const RuleContext& ctx, Reporter& out);
void CheckParameterDeclarations(const RuleContext& ctx, Reporter& out);

// rules_transforms.cc
void CheckTransforms(const RuleContext& ctx, Reporter& out);
void CheckResourcesDeclared(const RuleContext& ctx, Reporter& out);
/// Rules whose findings the SAM transform makes unreliable: they are not run
/// on a SAM template, and CheckTransforms says so.
bool SkippedUnderServerless(std::string_view rule_id);

// rules_cycles.cc
void CheckDependencyCycles(const RuleContext& ctx, Reporter& out);

// rules_quotas.cc
void CheckResourceCount(const RuleContext& ctx, Reporter& out);
void CheckOutputCount(const RuleContext& ctx, Reporter& out);
void CheckParameterCount(const RuleContext& ctx, Reporter& out);
void CheckMappingCount(const RuleContext& ctx, Reporter& out);
void CheckTemplateSizeHard(const RuleContext& ctx, Reporter& out);
void CheckTemplateSizeInline(const RuleContext& ctx, Reporter& out);
void CheckDynamicReferences(const RuleContext& ctx, Reporter& out);
void CheckDescriptionLength(const RuleContext& ctx, Reporter& out);

// schema_checks.cc
void CheckResourceTypes(const RuleContext& ctx, Reporter& out);
void CheckSchemaProperties(const RuleContext& ctx, Reporter& out);
void CheckGetAttAttributes(const RuleContext& ctx, Reporter& out);

// security_network.cc
void CheckVpcFlowLogs(const RuleContext& ctx, Reporter& out);
void CheckPrivateApiAccess(const RuleContext& ctx, Reporter& out);
void CheckOpenIngress(const RuleContext& ctx, Reporter& out);

// security_rds.cc
void CheckRdsPublic(const RuleContext& ctx, Reporter& out);
void CheckRdsStorageEncryption(const RuleContext& ctx, Reporter& out);
void CheckRdsDeletionProtection(const RuleContext& ctx, Reporter& out);
void CheckRdsBackups(const RuleContext& ctx, Reporter& out);
void CheckRdsMultiAz(const RuleContext& ctx, Reporter& out);
void CheckRdsDefaultPort(const RuleContext& ctx, Reporter& out);
void CheckRdsPlaintextPassword(const RuleContext& ctx, Reporter& out);

// security_data.cc
void CheckKinesisEncryption(const RuleContext& ctx, Reporter& out);
void CheckSecretRotation(const RuleContext& ctx, Reporter& out);
void CheckSecretCmk(const RuleContext& ctx, Reporter& out);
void CheckLogGroupRetention(const RuleContext& ctx, Reporter& out);
void CheckLogGroupKms(const RuleContext& ctx, Reporter& out);

// security_iam.cc
void CheckIamWildcardActions(const RuleContext& ctx, Reporter& out);
void CheckIamWildcardResources(const RuleContext& ctx, Reporter& out);
void CheckIamManagedPolicies(const RuleContext& ctx, Reporter& out);

// security_ops.cc
void CheckDmsPublic(const RuleContext& ctx, Reporter& out);
void CheckAlarmActions(const RuleContext& ctx, Reporter& out);

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_RULES_H_
