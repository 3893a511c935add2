#ifndef CDKPP_CONFIG_NETWORK_STACKS_H_
#define CDKPP_CONFIG_NETWORK_STACKS_H_

#include <string>

#include "cdkpp/config/load_config.h"
#include "config/load_context.h"
#include "input/yaml_document.h"

namespace cdkpp::config {

/// Whether a stack entry node says `kind: network`.
bool IsNetworkEntry(const input::YamlNode& entry);

/// A `defaults` layer as it applies to a network stack: only the keys a
/// network stack has (description, tags, suppressions, vpc without
/// fromStack, monitoring.logKmsEncryption), so defaults written for the
/// pipelines (`monitoring.alarmEmail`, `vpc.fromStack`) do not make every
/// network stack an error.
input::YamlNodePtr NetworkLayer(const input::YamlNodePtr& layer);

/// The checks that span the stacks of a network config, on the read config
/// and the merged top level it was read from:
/// - a network stack has only name, kind, description, tags, vpc,
///   suppressions and monitoring.logKmsEncryption, and its vpc neither
///   `existing` nor `fromStack` (each other key is an error at that key, in
///   whichever layer set it);
/// - `vpc.fromStack` names a network stack of the config (did-you-mean
///   among them) and no fromStack chain returns to where it started.
void CheckNetworkStacks(LoadContext& ctx, const input::YamlNode& root,
                        const PipelineConfig& config);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_NETWORK_STACKS_H_
