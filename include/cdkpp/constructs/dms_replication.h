#ifndef CDKPP_CONSTRUCTS_DMS_REPLICATION_H_
#define CDKPP_CONSTRUCTS_DMS_REPLICATION_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/constructs/dms_service_roles.h"
#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

class Vpc;
class RdsMysql;
class KinesisStream;

enum class MigrationType { kCdc, kFullLoad, kFullLoadAndCdc };
enum class MessageFormat { kJson, kJsonUnformatted };
enum class TableAction { kInclude, kExclude };

/// One DMS selection rule: schema and table name patterns (% is a wildcard).
struct TableMapping {
  std::string schema = "mydb";
  std::string table = "%";
  TableAction action = TableAction::kInclude;
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

  /// service_roles, or what create_service_roles says when set.
  ServiceRoles EffectiveServiceRoles() const;

  Diagnostics Validate() const;
};

/// AWS DMS from a MySQL source to a Kinesis target: service roles (optional,
/// with DependsOn), replication subnet group and instance in the private
/// subnets, a security group the database admits, least-privilege roles for
/// the secret and the stream, both endpoints, the CDC task with logging, and
/// the dms-tasks-<identifier> log group that DMS really writes to.
class DmsReplication : public Construct {
 public:
  /// REQUIRES: vpc, source and target outlive this and share its stack.
  /// Adds an ingress rule for this instance to source's security group.
  DmsReplication(Construct& scope, std::string id, const Vpc& vpc, RdsMysql& source,
                 const KinesisStream& target, DmsReplicationProps props = {});

  const DmsReplicationProps& props() const { return props_; }
  /// The identifier as DMS stores it (lowercase).
  std::string InstanceIdentifier() const;
  const CfnResource& task() const { return *task_; }
  const CfnResource& instance() const { return *instance_; }
  const CfnResource& log_group() const { return *log_group_; }
  /// The task's resource id, the last ARN segment, which DMS metrics use as
  /// ReplicationTaskIdentifier: Select(6, Split(":", Ref(task))).
  Value TaskResourceId() const;

 private:
  /// What makes dms-vpc-role and dms-cloudwatch-logs-role exist (AddDmsServiceRoles).
  void AddServiceRoles();
  /// The dms-tasks-<identifier> log group the task writes to.
  void AddLogGroup();
  /// Security group (and the source's ingress rule), subnet group, instance.
  void AddReplicationInstance(const Vpc& vpc, RdsMysql& source);
  /// The MySQL endpoint and the role that reads its secret.
  CfnResource& AddSourceEndpoint(const RdsMysql& source);
  /// The Kinesis endpoint and the role that writes the stream.
  CfnResource& AddTargetEndpoint(const KinesisStream& target);
  void AddTask(const CfnResource& source_endpoint, const CfnResource& target_endpoint);

  DmsReplicationProps props_;
  const CfnResource* vpc_role_ = nullptr;   ///< null when the account already has it
  const CfnResource* logs_role_ = nullptr;  ///< null when the account already has it
  CfnResource* instance_ = nullptr;
  CfnResource* task_ = nullptr;
  CfnResource* log_group_ = nullptr;
};

/// "" if id is a valid DMS replication instance identifier, else the rule it breaks.
std::string CheckDmsIdentifier(const std::string& id);

/// "dms-tasks-<identifier, lowercase>": the only log group DMS writes task logs to.
std::string DmsTaskLogGroupName(const std::string& instance_identifier);

/// The TableMappings JSON document for these rules (one selection rule each).
Json BuildTableMappings(const std::vector<TableMapping>& tables);

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_DMS_REPLICATION_H_
