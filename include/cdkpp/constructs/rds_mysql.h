#ifndef CDKPP_CONSTRUCTS_RDS_MYSQL_H_
#define CDKPP_CONSTRUCTS_RDS_MYSQL_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

class Vpc;

/// The config fills it from `database` (src/config/schema/database_keys.cc).
struct RdsMysqlProps {
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
class RdsMysql : public Construct {
 public:
  /// REQUIRES: vpc outlives this construct and is in the same stack.
  RdsMysql(Construct& scope, std::string id, const Vpc& vpc, RdsMysqlProps props = {});

  const RdsMysqlProps& props() const { return props_; }
  const CfnResource& instance() const { return *instance_; }
  const CfnResource& secret() const { return *secret_; }
  /// The attachment that writes host/port into the secret; readers of the
  /// secret's connection fields must depend on it.
  const CfnResource& secret_attachment() const { return *attachment_; }
  const CfnResource& security_group() const { return *security_group_; }
  Value EndpointAddress() const;  ///< GetAtt Endpoint.Address
  Value EndpointPort() const;     ///< GetAtt Endpoint.Port
  Value SecretArn() const;        ///< Ref of the secret (its ARN)
  /// The customer-managed key of the secret, or nullptr (AWS-managed key).
  const CfnResource* secret_key() const { return secret_key_; }

  /// Opens the MySQL port to another security group (e.g. DMS's).
  void AllowFrom(const CfnResource& peer_security_group, const std::string& description);

 private:
  RdsMysqlProps props_;
  CfnResource* security_group_ = nullptr;
  CfnResource* secret_ = nullptr;
  CfnResource* instance_ = nullptr;
  CfnResource* attachment_ = nullptr;
  CfnResource* secret_key_ = nullptr;

  /// The instance's security group: ingress from allowed_cidrs, no egress.
  void AddSecurityGroup(const Vpc& vpc);
  /// Public subnets when publicly_accessible, else private ones.
  CfnResource& AddSubnetGroup(const Vpc& vpc);
  /// The binlog settings DMS needs.
  CfnResource& AddParameterGroup();
  /// The generated master credentials (and their KMS key when asked).
  void AddSecret();
  void AddInstance(const CfnResource& subnet_group, const CfnResource& parameter_group);
  /// Host, port, engine and dbname into the secret, where DMS reads them.
  void AddSecretAttachment();
  void AddRotation(const Vpc& vpc);
};

/// "mysql8.0" for "8.0.43": the DB parameter group family of an engine version.
std::string MysqlParameterGroupFamily(const std::string& engine_version);

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_RDS_MYSQL_H_
