#ifndef CDKPP_CONFIG_ACCOUNT_NAMES_H_
#define CDKPP_CONFIG_ACCOUNT_NAMES_H_

#include "cdkpp/config/load_config.h"
#include "config/load_context.h"

namespace cdkpp::config {

/// Reports names that two stacks of one config would both claim in the
/// account they deploy to: the DMS service roles (one account-wide name
/// each), DMS replication instance identifiers (and so their
/// dms-tasks-<id> log groups) and Kinesis stream names. Such a pair
/// synthesizes fine and fails at deploy time, so it is an error here, at the
/// later stack's key.
void CheckAccountWideNames(LoadContext& ctx, const PipelineConfig& config);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_ACCOUNT_NAMES_H_
