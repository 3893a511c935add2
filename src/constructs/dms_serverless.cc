// DMS Serverless: an AWS::DMS::ReplicationConfig instead of a replication
// instance and a task. The names DMS gives its logs and metrics are in
// docs/dms-serverless.md, with the AWS pages they come from.
#include "cdkpp/constructs/dms_replication.h"
#include "cdkpp/core/json.h"
#include "cdkpp/core/token.h"
#include "constructs/checks.h"
#include "util/text.h"

namespace cdkpp {
namespace {

// The DCU values DMS Serverless accepts (ComputeConfig of
// AWS::DMS::ReplicationConfig).
const std::vector<int64_t>& CapacityUnits() {
  static const std::vector<int64_t> kUnits = {1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384};
  return kUnits;
}

}  // namespace

Diagnostics DmsServerlessProps::Validate() const {
  Diagnostics out;
  internal::checks::IntOneOf(&out, "min_capacity", min_capacity, CapacityUnits());
  internal::checks::IntOneOf(&out, "max_capacity", max_capacity, CapacityUnits());
  internal::checks::Expect(&out, max_capacity >= min_capacity, "max_capacity",
                 "at least minCapacity (" + std::to_string(min_capacity) + ")",
                 std::to_string(max_capacity));
  return out;
}

const std::vector<std::string>& DmsServerlessMetricNames() {
  // The table "AWS DMS serverless replication metrics" of the DMS user guide.
  static const std::vector<std::string> kNames = {
      "CDCIncomingChanges",           "CDCLatencySource",
      "CDCLatencyTarget",             "CDCThroughputBandwidthTarget",
      "CDCThroughputRowsSource",      "CDCThroughputRowsTarget",
      "CapacityUtilization",          "FullLoadThroughputBandwidthTarget",
      "FullLoadThroughputRowsTarget"};
  return kNames;
}

std::string DmsServerlessLogGroupName(const std::string& resource_identifier) {
  return "dms-serverless-replication-" + internal::Lowercase(resource_identifier);
}

void DmsReplication::AddReplicationConfig(const CfnResource& security_group,
                                          const CfnResource& subnet_group,
                                          const CfnResource& source_endpoint,
                                          const CfnResource& target_endpoint) {
  const DmsServerlessProps& capacity = *props_.serverless;
  // ResourceIdentifier fixes the last segment of the config's ARN, which
  // names the log group and the metrics: both are known at synth time.
  task_ = &New<CfnResource>(
      *this, "ReplicationConfig", "AWS::DMS::ReplicationConfig",
      Value::Map(
          {{"ComputeConfig",
            Value::Map({{"MaxCapacityUnits", capacity.max_capacity},
                        {"MinCapacityUnits", capacity.min_capacity},
                        {"ReplicationSubnetGroupId", Ref(subnet_group)},
                        {"VpcSecurityGroupIds", Value::List({GetAtt(security_group, "GroupId")})}})},
           {"ReplicationConfigIdentifier", InstanceIdentifier()},
           {"ReplicationSettings", Value::FromJson(props_.TaskSettingsDocument())},
           {"ReplicationType", MigrationTypeName(props_.migration_type)},
           {"ResourceIdentifier", InstanceIdentifier()},
           {"SourceEndpointArn", Ref(source_endpoint)},
           {"TableMappings", Value::FromJson(BuildTableMappings(props_.tables))},
           {"TargetEndpointArn", Ref(target_endpoint)}}),
      TagFormat::kList);
  AddRunDependencies(*task_);
  if (vpc_role_ != nullptr) task_->AddDependency(*vpc_role_);
}

ValueList DmsReplication::ServerlessMetricDimensions() const {
  // One dimension, "<account>:<resource id>" (docs/dms-serverless.md).
  return {Value::Map({{"Name", "ReplicationConfigId"},
                      {"Value", Sub("${AWS::AccountId}:" + InstanceIdentifier())}})};
}

}  // namespace cdkpp
