#ifndef CDKPP_CONSTRUCTS_LOG_KEY_H_
#define CDKPP_CONSTRUCTS_LOG_KEY_H_

#include <string>

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/stack.h"

namespace cdkpp::internal {

/// The customer-managed KMS key (construct id LogKey, retained on stack
/// removal) that encrypts a stack's CloudWatch Logs log groups. Its policy
/// lets the account's IAM policies grant use of it, and lets CloudWatch Logs
/// of this region use it only for log groups of this account and region.
CfnResource& AddLogKey(Stack& stack, std::string description);

}  // namespace cdkpp::internal

#endif  // CDKPP_CONSTRUCTS_LOG_KEY_H_
