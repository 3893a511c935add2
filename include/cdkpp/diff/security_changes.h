#ifndef CDKPP_DIFF_SECURITY_CHANGES_H_
#define CDKPP_DIFF_SECURITY_CHANGES_H_

#include <set>
#include <string>
#include <vector>

#include "cdkpp/core/json.h"

namespace cdkpp::diff {

/// Whether something exists only in the new template, only in the old one, or
/// in both with different content.
enum class ChangeKind { kAdded, kRemoved, kModified };

/// "added", "removed", "modified".
const char* ChangeKindName(ChangeKind kind);

/// One IAM policy statement, normalized: lists sorted and de-duplicated,
/// intrinsics rendered as "${Logical.Attr}" / "${Logical}" text, so equal
/// statements compare equal whatever their JSON shape.
struct IamStatement {
  /// Logical id of the resource that holds the statement (a role, a policy,
  /// a bucket policy...), plus where in it: "Role (AssumeRolePolicyDocument)".
  std::string holder;
  std::string effect;                   ///< "Allow" or "Deny".
  bool not_action = false;              ///< actions came from NotAction.
  std::vector<std::string> actions;     ///< "kinesis:PutRecord", ...
  bool not_resource = false;            ///< resources came from NotResource.
  std::vector<std::string> resources;   ///< "*", "${Stream.Arn}", ...
  std::vector<std::string> principals;  ///< "AWS:*", "Service:dms.amazonaws.com", ...
  Json condition;                       ///< the Condition block, or null.

  /// A canonical one-line key; equal statements have equal keys.
  std::string Key() const;
};

struct IamStatementChange {
  ChangeKind kind = ChangeKind::kAdded;  ///< kAdded or kRemoved only.
  IamStatement statement;
};

/// A managed policy attached to or detached from a role, user or group.
struct ManagedPolicyChange {
  ChangeKind kind = ChangeKind::kAdded;  ///< kAdded or kRemoved only.
  std::string holder;                    ///< logical id of the role/user/group.
  std::string policy_arn;                ///< rendered ARN ("arn:${AWS::Partition}:...").
};

/// One security group rule, inline or as its own resource, normalized.
struct SecurityGroupRule {
  std::string group;      ///< logical id of the group, or the rendered GroupId.
  std::string direction;  ///< "ingress" or "egress".
  std::string protocol;   ///< "tcp", "udp", "icmp", "all" or the number given.
  std::string ports;      ///< "443", "1024-65535", "all".
  std::string peer;       ///< "0.0.0.0/0", "::/0", "${OtherGroup.GroupId}", "pl-...".
  std::string description;

  /// True for 0.0.0.0/0 or ::/0.
  bool OpenToWorld() const;
  /// Canonical key (description excluded: a description never changes access).
  std::string Key() const;
};

struct SecurityGroupRuleChange {
  ChangeKind kind = ChangeKind::kAdded;  ///< kAdded or kRemoved only.
  SecurityGroupRule rule;
};

/// The security-relevant part of a template diff, as `cdk diff` shows it.
struct SecurityChanges {
  std::vector<IamStatementChange> statements;
  std::vector<ManagedPolicyChange> managed_policies;
  std::vector<SecurityGroupRuleChange> security_group_rules;
  /// True if access grew: an added Allow statement that no removed Allow of
  /// the same holder covers (wildcards honoured), a removed Deny, a newly
  /// attached managed policy, or an added security group rule that no removed
  /// rule of the same group covers (protocol, ports, IPv4 CIDR containment).
  bool permissions_broadened = false;

  bool empty() const {
    return statements.empty() && managed_policies.empty() && security_group_rules.empty();
  }
};

/// Extracts and compares the IAM statements and managed policies of two
/// templates (their "Resources" objects). Sorted, deterministic.
/// `only`, when not null, limits both sides to these logical ids: resources
/// whose text did not change contribute equal statements to both sides, so
/// passing the changed ids gives the same result, faster.
void DiffIam(const Json& old_resources, const Json& new_resources, SecurityChanges* out,
             const std::set<std::string>* only = nullptr);

/// Extracts and compares the security group rules of two templates; `only`
/// as for DiffIam.
void DiffSecurityGroups(const Json& old_resources, const Json& new_resources, SecurityChanges* out,
                        const std::set<std::string>* only = nullptr);

}  // namespace cdkpp::diff

#endif  // CDKPP_DIFF_SECURITY_CHANGES_H_
