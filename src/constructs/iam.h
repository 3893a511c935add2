#ifndef CDKPP_CONSTRUCTS_IAM_H_
#define CDKPP_CONSTRUCTS_IAM_H_

#include <string>
#include <vector>

#include "cdkpp/core/value.h"

namespace cdkpp::internal::iam {

// Policy documents as Values. Every statement names its actions and its
// resources: least privilege is the default shape, not an afterthought.

/// A trust policy letting service_principal (e.g. "dms.amazonaws.com") assume the role.
Value AssumeRolePolicy(Value service_principal);

/// {"Effect": "Allow", "Action": actions, "Resource": resources}.
Value Allow(std::vector<std::string> actions, Value resources);

/// An entry of a role's Policies property.
Value InlinePolicy(std::string name, ValueList statements);

/// A key policy statement giving the account root kms:* on the key, so that
/// IAM policies of the account can grant use of it (the KMS default).
Value AccountRootKeyStatement();

/// A key policy with only AccountRootKeyStatement().
Value AccountRootKeyPolicy();

/// arn:<partition>:iam::aws:policy/<name>, partition-aware.
Value ManagedPolicyArn(const std::string& name);

}  // namespace cdkpp::internal::iam

#endif  // CDKPP_CONSTRUCTS_IAM_H_
