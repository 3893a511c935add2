#ifndef CDKPP_CONFIG_SECTION_READERS_H_
#define CDKPP_CONFIG_SECTION_READERS_H_

#include "cdkpp/constructs/pipeline_stack.h"
#include "config/node_reader.h"

namespace cdkpp::config {

// One reader per section of a stack entry. Each type-checks its mapping, fills
// the props fields whose keys are present (others keep the props defaults),
// and reports unknown keys. Range checks are not here: they are the props'
// Validate(), which ReadStack runs afterwards.

/// vpc: {cidr, maxAzs, natGateways, subnetCidrMask, flowLogs, flowLogRetentionDays}
void ReadVpc(LoadContext& ctx, const Field& f, VpcProps* props);
/// database: {instanceClass, engineVersion, ..., removalPolicy, secretRotationDays}
void ReadDatabase(LoadContext& ctx, const Field& f, RdsMysqlProps* props);
/// replication: {instanceClass, instanceIdentifier, ..., tables, multiAz}
void ReadReplication(LoadContext& ctx, const Field& f, DmsReplicationProps* props);
/// stream: {name, mode, shardCount, retentionHours, encryption, kmsKey}
void ReadStream(LoadContext& ctx, const Field& f, KinesisStreamProps* props);
/// monitoring: {logRetentionDays (into replication), replicationLagSeconds, ...,
/// alarms}
void ReadMonitoring(LoadContext& ctx, const Field& f, CloudWatchAlarmsProps* props,
                    DmsReplicationProps* replication);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_SECTION_READERS_H_
