#ifndef CDKPP_CONSTRUCTS_RDS_MYSQL_H_
#define CDKPP_CONSTRUCTS_RDS_MYSQL_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/constructs/i_mysql_source.h"
#include "cdkpp/constructs/i_vpc.h"
#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

/// The config fills it from `database` (src/config/schema/database_keys.cc).
struct RdsMysqlProps {
  /// kMysql: an RDS DB instance (RdsMysql). kAuroraMysql: an Aurora cluster
  /// with a writer instance (AuroraMysql), which reads the same props.
  MySqlEngine engine = MySqlEngine::kMysql;
  std::string instance_class = "db.t3.micro";
  /// MySQL version; the parameter group family (mysql8.0, ...) derives from it.
  std::string engine_version = "8.0.43";
  int allocated_storage_gib = 20;  ///< 20..65536
  /// In the public subnets and reachable from allowed_cidrs when true; in the
  /// private subnets otherwise (the default: private unless asked, as AWS CDK).
  bool publicly_accessible = false;
  /// CIDRs allowed to connect on the MySQL port (the DMS instance always is).
  std::vector<std::string> allowed_cidrs = {};
  std::string database_name = "mydb";
  std::string master_username = "admin";
  /// 1..35: RDS keeps binlogs only while automated backups are on, so 0 is refused.
  int backup_retention_days = 1;
  bool multi_az = false;
  bool storage_encrypted = true;
  bool deletion_protection = false;
  int port = 3306;
  /// What happens to the database when it leaves the stack (CDK's default: snapshot).
  RemovalPolicy removal_policy = RemovalPolicy::kSnapshot;
  /// Rotate the master password every N days (1..1000) with the AWS-hosted
  /// MySQL single-user rotation function; unset = no rotation. DMS reads the
  /// secret on every connection, so rotation does not break replication.
  std::optional<int> secret_rotation_days;
  /// Encrypt the secret with a customer-managed KMS key this construct
  /// creates (rotation on) instead of the AWS-managed aws/secretsmanager key;
  /// readers of the secret (DMS, the rotation function) get kms:Decrypt on it.
  bool secret_kms_encryption = false;

  Diagnostics Validate() const;
};

/// RDS for MySQL ready for CDC: binlog parameter group (ROW, FULL, NONE),
/// automated backups, generated master secret used through dynamic
/// references and attached to the instance, security group and subnet group.
/// With engine kAuroraMysql: an Aurora MySQL cluster instead (cluster
/// parameter group with the same binlog settings, the cluster, a writer
/// instance and with multi_az a reader), the secret attached to the cluster.
class RdsMysql : public Construct, public IMySqlSource {
 public:
  /// REQUIRES: vpc outlives this construct and is in the same stack.
  RdsMysql(Construct& scope, std::string id, const IVpc& vpc, RdsMysqlProps props = {});

  const RdsMysqlProps& props() const { return props_; }
  /// The DB instance (Aurora: the writer).
  const CfnResource& instance() const { return *instance_; }
  /// The Aurora cluster, or nullptr for RDS MySQL.
  const CfnResource* cluster() const { return cluster_; }
  const CfnResource& secret() const { return *secret_; }
  /// The attachment that writes host/port into the secret; readers of the
  /// secret's connection fields must depend on it.
  const CfnResource& secret_attachment() const { return *attachment_; }
  const CfnResource& security_group() const { return *security_group_; }
  Value EndpointAddress() const override;  ///< GetAtt Endpoint.Address
  Value EndpointPort() const override;     ///< GetAtt Endpoint.Port
  int Port() const override { return props_.port; }
  Value SecretArn() const override;  ///< Ref of the secret (its ARN)
  /// GetAtt Arn of secret_key(), or null.
  Value SecretKmsKeyArn() const override;
  const CfnResource* SecretReady() const override { return attachment_; }
  std::string DmsEngineName() const override { return DmsEngineNameOf(props_.engine); }
  Value SecurityGroupId() const override;  ///< GetAtt GroupId of security_group()
  /// The customer-managed key of the secret, or nullptr (AWS-managed key).
  const CfnResource* secret_key() const { return secret_key_; }

  /// Opens the MySQL port to another security group (e.g. DMS's).
  void AllowFrom(const CfnResource& peer_security_group, const std::string& description) override;

 private:
  RdsMysqlProps props_;
  CfnResource* security_group_ = nullptr;
  CfnResource* secret_ = nullptr;
  CfnResource* instance_ = nullptr;
  CfnResource* attachment_ = nullptr;
  CfnResource* secret_key_ = nullptr;
  CfnResource* cluster_ = nullptr;

  /// The instance's security group: ingress from allowed_cidrs, no egress.
  void AddSecurityGroup(const IVpc& vpc);
  /// Public subnets when publicly_accessible, else private ones.
  CfnResource& AddSubnetGroup(const IVpc& vpc);
  /// The binlog settings DMS needs.
  CfnResource& AddParameterGroup();
  /// The generated master credentials (and their KMS key when asked).
  void AddSecret();
  void AddInstance(const CfnResource& subnet_group, const CfnResource& parameter_group);
  /// Aurora (src/constructs/aurora_mysql.cc): the cluster parameter group,
  /// the cluster, and its writer (and reader) instances.
  CfnResource& AddClusterParameterGroup();
  void AddCluster(const CfnResource& subnet_group, const CfnResource& parameter_group);
  void AddClusterInstances(const CfnResource& subnet_group);
  /// Host, port, engine and dbname into the secret, where DMS reads them.
  void AddSecretAttachment();
  void AddRotation(const IVpc& vpc);
};

/// "mysql8.0" for "8.0.43": the DB parameter group family of an engine version.
std::string MysqlParameterGroupFamily(const std::string& engine_version);

/// "aurora-mysql8.0" for "8.0.mysql_aurora.3.08.0": the DB cluster parameter
/// group family of an Aurora MySQL version ("" for anything else).
std::string AuroraParameterGroupFamily(const std::string& engine_version);

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_RDS_MYSQL_H_
