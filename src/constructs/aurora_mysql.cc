// The Aurora MySQL variant of RdsMysql: a cluster with a writer instance
// (and a reader with multi_az) instead of one DB instance.
#include <regex>

#include "cdkpp/constructs/rds_mysql.h"
#include "cdkpp/core/token.h"
#include "constructs/aurora_checks.h"
#include "constructs/checks.h"

namespace cdkpp {
namespace {

// Aurora MySQL 2 (MySQL 5.7) and 3 (MySQL 8.0) name versions
// "<mysql major>.mysql_aurora.<aurora version>".
const char* const kVersionMarker = ".mysql_aurora.";

// Aurora MySQL runs on memory-optimized (db.r*, db.x2g), burstable medium
// and large (db.t3, db.t4g) and Serverless v2 classes only: it has no
// db.t3.micro or db.m* classes.
bool IsAuroraInstanceClass(const std::string& instance_class) {
  static const std::regex kClass(
      R"(^db\.((r[0-9][a-z0-9]*|x2g)\.[a-z0-9]+|t(3|4g)\.(medium|large)|serverless)$)");
  return std::regex_match(instance_class, kClass);
}

}  // namespace

std::string AuroraParameterGroupFamily(const std::string& engine_version) {
  size_t marker = engine_version.find(kVersionMarker);
  if (marker == std::string::npos) return "";
  std::string major = engine_version.substr(0, marker);
  std::string aurora = engine_version.substr(marker + std::string(kVersionMarker).size());
  if ((major != "5.7" && major != "8.0") || aurora.empty()) return "";
  for (char c : aurora) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return "";
  }
  return "aurora-mysql" + major;
}

namespace internal {

void CheckAuroraProps(const RdsMysqlProps& props, Diagnostics* out) {
  checks::Expect(out, IsAuroraInstanceClass(props.instance_class), "instance_class",
                 "an Aurora MySQL instance class like db.t4g.medium, db.r6g.large or "
                 "db.serverless (Aurora has no micro or small classes)",
                 checks::Quote(props.instance_class));
  checks::Expect(out, !AuroraParameterGroupFamily(props.engine_version).empty(),
                 "engine_version",
                 "an Aurora MySQL version like 8.0.mysql_aurora.3.08.0 (with engine: aurora-mysql)",
                 checks::Quote(props.engine_version));
}

}  // namespace internal

CfnResource& RdsMysql::AddClusterParameterGroup() {
  // DMS reads Aurora changes from the binlog, which only the cluster
  // parameter group turns on: row-based, full images, no checksums.
  return New<CfnResource>(
      *this, "ClusterParameterGroup", "AWS::RDS::DBClusterParameterGroup",
      Value::Map({{"Description", "Binlog settings for CDC with AWS DMS"},
                  {"Family", AuroraParameterGroupFamily(props_.engine_version)},
                  {"Parameters", Value::Map({{"binlog_checksum", "NONE"},
                                             {"binlog_format", "ROW"},
                                             {"binlog_row_image", "FULL"}})}}),
      TagFormat::kList);
}

void RdsMysql::AddCluster(const CfnResource& subnet_group, const CfnResource& parameter_group) {
  cluster_ = &New<CfnResource>(
      *this, "Cluster", "AWS::RDS::DBCluster",
      Value::Map({{"BackupRetentionPeriod", props_.backup_retention_days},
                  {"CopyTagsToSnapshot", true},
                  {"DBClusterParameterGroupName", Ref(parameter_group)},
                  {"DBSubnetGroupName", Ref(subnet_group)},
                  {"DatabaseName", props_.database_name},
                  {"DeletionProtection", props_.deletion_protection},
                  {"Engine", "aurora-mysql"},
                  {"EngineVersion", props_.engine_version},
                  {"MasterUserPassword", SecretsManagerReference(Ref(*secret_), "password")},
                  {"MasterUsername", SecretsManagerReference(Ref(*secret_), "username")},
                  {"Port", props_.port},
                  {"StorageEncrypted", props_.storage_encrypted},
                  {"VpcSecurityGroupIds", Value::List({GetAtt(*security_group_, "GroupId")})}}),
      TagFormat::kList);
  cluster_->ApplyRemovalPolicy(props_.removal_policy);
}

void RdsMysql::AddClusterInstances(const CfnResource& subnet_group) {
  // The writer is the first instance; with multi_az a reader in another zone
  // takes over on failure (the cluster places them apart).
  auto add = [this, &subnet_group](const std::string& id) {
    auto& instance = New<CfnResource>(
        *this, id, "AWS::RDS::DBInstance",
        Value::Map({{"DBClusterIdentifier", Ref(*cluster_)},
                    {"DBInstanceClass", props_.instance_class},
                    {"DBSubnetGroupName", Ref(subnet_group)},
                    {"Engine", "aurora-mysql"},
                    {"PubliclyAccessible", props_.publicly_accessible}}),
        TagFormat::kList);
    // Instances of a cluster go with it; their own policy must agree.
    instance.ApplyRemovalPolicy(props_.removal_policy == RemovalPolicy::kSnapshot
                                    ? RemovalPolicy::kDestroy
                                    : props_.removal_policy);
    return &instance;
  };
  instance_ = add("Writer");
  if (props_.multi_az) add("Reader");
}

}  // namespace cdkpp
