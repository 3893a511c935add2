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

/// The same across environments: configs holds the file read once per
/// environment (each with its environment applied). Names are unique per
/// account and region (the DMS service roles per account), so two
/// environments deploying to the same known account and region may not
/// both claim one; environments in different accounts may. Reported at the
/// later environment's stack key.
void CheckAccountWideNamesAcrossEnvironments(LoadContext& ctx,
                                             const std::vector<const PipelineConfig*>& configs);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_ACCOUNT_NAMES_H_
