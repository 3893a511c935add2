#ifndef CDKPP_CONSTRUCTS_DMS_REPLICATION_H_
#define CDKPP_CONSTRUCTS_DMS_REPLICATION_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/constructs/dms_service_roles.h"
#include "cdkpp/constructs/i_mysql_source.h"
#include "cdkpp/constructs/i_stream.h"
#include "cdkpp/constructs/i_vpc.h"
#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

enum class MigrationType { kCdc, kFullLoad, kFullLoadAndCdc };
enum class MessageFormat { kJson, kJsonUnformatted };
enum class TableAction { kInclude, kExclude };

/// One DMS selection rule: schema and table name patterns (% is a wildcard).
struct TableMapping {
  std::string schema = "mydb";
  std::string table = "%";
  TableAction action = TableAction::kInclude;
};

/// What DMS adds to each Kinesis record (the target endpoint's
/// KinesisSettings); all off by default, as in DMS.
struct KinesisMessageSettings {
  bool include_transaction_details = false;
  bool include_null_and_empty = false;
  bool include_partition_value = false;
  bool partition_include_schema_table = false;
  bool include_table_alter_operations = false;
  bool include_control_details = false;
};

/// DMS Serverless capacity, in DMS capacity units (DCU).
struct DmsServerlessProps {
  int min_capacity = 1;
  int max_capacity = 4;

  /// Both from the DCU values DMS accepts, max_capacity >= min_capacity.
  Diagnostics Validate() const;
};

/// The config fills it from `replication` (src/config/schema/replication_keys.cc).
struct DmsReplicationProps {
  std::string instance_class = "dms.t3.micro";
  /// 1-63 chars, letter first, letters/digits/hyphens, no trailing or double
  /// hyphen; lowercased, as DMS stores it. Names the log group DMS writes to.
  std::string instance_identifier = "mysql-cdc-replication";
  MigrationType migration_type = MigrationType::kCdc;
  /// Who provides dms-vpc-role and dms-cloudwatch-logs-role (names unique
  /// per account): by default the stack makes sure they exist without owning them.
  ServiceRoles service_roles = ServiceRoles::kAuto;
  /// The former switch, still read: true is kStack, false kExisting; when
  /// set it decides (EffectiveServiceRoles).
  std::optional<bool> create_service_roles;
  MessageFormat message_format = MessageFormat::kJson;
  std::vector<TableMapping> tables = {TableMapping{}};
  int allocated_storage_gib = 50;  ///< 5..6144
  bool multi_az = false;
  /// Retention of the dms-tasks-<identifier> log group; a CloudWatch Logs value.
  /// PipelineStack sets it from PipelineStackProps::log_retention_days.
  int log_retention_days = 7;
  /// Encrypts the log group with this KMS key when set (not a config key:
  /// PipelineStack passes its log key). Not owned.
  const CfnResource* log_kms_key = nullptr;
  KinesisMessageSettings kinesis;
  /// Deep-merged over cdkpp's task settings; its keys must be task-settings
  /// sections, and Logging stays enabled (the log group and alarms need it).
  Json task_settings = Json::object();
  /// Set: DMS Serverless (AWS::DMS::ReplicationConfig) instead of an
  /// instance and a task.
  std::optional<DmsServerlessProps> serverless;

  /// service_roles, or what create_service_roles says when set.
  ServiceRoles EffectiveServiceRoles() const;

  Diagnostics Validate() const;
  /// cdkpp's task settings with task_settings deep-merged over them.
  Json TaskSettingsDocument() const;
};

/// AWS DMS from a MySQL source to a Kinesis target: service roles (optional,
/// with DependsOn), replication subnet group in the private subnets, a
/// security group the source admits, least-privilege roles for the secret
/// and the stream, both endpoints, and the log group that DMS really writes
/// to. Then either a replication instance and the CDC task with logging, or
/// (props.serverless) a DMS Serverless replication config.
class DmsReplication : public Construct {
 public:
  /// REQUIRES: vpc, source and target outlive this; source's resources, if
  /// any, share its stack. Adds an ingress rule for this replication to
  /// source's security group.
  DmsReplication(Construct& scope, std::string id, const IVpc& vpc, IMySqlSource& source,
                 const IStream& target, DmsReplicationProps props = {});

  const DmsReplicationProps& props() const { return props_; }
  bool serverless() const { return props_.serverless.has_value(); }
  /// The identifier as DMS stores it (lowercase): the instance identifier,
  /// or the serverless config's identifier and resource id.
  std::string InstanceIdentifier() const;
  /// What replicates: the task, or the serverless replication config.
  const CfnResource& task() const { return *task_; }
  /// The replication instance; nullptr with DMS Serverless.
  const CfnResource* instance() const { return instance_; }
  const CfnResource& log_group() const { return *log_group_; }
  /// The task's resource id, the last ARN segment, which DMS metrics use as
  /// ReplicationTaskIdentifier: Select(6, Split(":", Ref(task))).
  /// REQUIRES: !serverless().
  Value TaskResourceId() const;
  /// The dimensions DMS publishes this replication's CDC metrics
  /// (CDCLatencySource, CDCLatencyTarget, ...) under.
  ValueList CdcMetricDimensions() const;

 private:
  /// What makes dms-vpc-role and dms-cloudwatch-logs-role exist (AddDmsServiceRoles).
  void AddServiceRoles();
  /// The log group DMS writes to (its name is fixed by DMS).
  void AddLogGroup();
  /// The replication's security group, and the source's ingress rule for it.
  CfnResource& AddSecurityGroup(const IVpc& vpc, IMySqlSource& source);
  CfnResource& AddSubnetGroup(const IVpc& vpc);
  void AddInstance(const CfnResource& security_group, const CfnResource& subnet_group);
  /// The MySQL endpoint and the role that reads its secret.
  CfnResource& AddSourceEndpoint(const IMySqlSource& source);
  /// The Kinesis endpoint and the role that writes the stream.
  CfnResource& AddTargetEndpoint(const IStream& target);
  /// The target endpoint's KinesisSettings.
  Value KinesisSettings(Value role_arn, const IStream& target) const;
  void AddTask(const CfnResource& source_endpoint, const CfnResource& target_endpoint);
  /// DMS Serverless: the replication config (src/constructs/dms_serverless.cc).
  void AddReplicationConfig(const CfnResource& security_group, const CfnResource& subnet_group,
                            const CfnResource& source_endpoint,
                            const CfnResource& target_endpoint);
  /// The dimensions DMS Serverless publishes the config's metrics under.
  ValueList ServerlessMetricDimensions() const;
  /// What the task or config waits for: the log group and the service roles.
  void AddRunDependencies(CfnResource& runner) const;

  DmsReplicationProps props_;
  const CfnResource* vpc_role_ = nullptr;   ///< null when the account already has it
  const CfnResource* logs_role_ = nullptr;  ///< null when the account already has it
  CfnResource* instance_ = nullptr;         ///< null with DMS Serverless
  CfnResource* task_ = nullptr;             ///< the task or the serverless config
  CfnResource* log_group_ = nullptr;
};

/// "cdc", "full-load" or "full-load-and-cdc": the MigrationType of a task and
/// the ReplicationType of a serverless config.
const char* MigrationTypeName(MigrationType type);

/// "" if id is a valid DMS replication instance identifier, else the rule it breaks.
std::string CheckDmsIdentifier(const std::string& id);

/// "dms-tasks-<identifier, lowercase>": the only log group DMS writes task logs to.
std::string DmsTaskLogGroupName(const std::string& instance_identifier);

/// "dms-serverless-replication-<resource id, lowercase>": the log group DMS
/// Serverless writes a replication config's logs to.
std::string DmsServerlessLogGroupName(const std::string& resource_identifier);

/// The metrics DMS Serverless publishes in AWS/DMS for a replication config,
/// sorted (docs/dms-serverless.md): an alarm on another task metric never fires.
const std::vector<std::string>& DmsServerlessMetricNames();

/// The log group name of a replication with these props (either of the two above).
std::string DmsLogGroupName(const DmsReplicationProps& props);

/// The TableMappings JSON document for these rules (one selection rule each).
Json BuildTableMappings(const std::vector<TableMapping>& tables);

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_DMS_REPLICATION_H_
