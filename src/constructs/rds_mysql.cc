#include "cdkpp/constructs/rds_mysql.h"

#include <cctype>

#include "cdkpp/core/json.h"
#include "cdkpp/core/stack.h"
#include "cdkpp/core/token.h"
#include "constructs/aurora_checks.h"
#include "constructs/checks.h"
#include "constructs/iam.h"
#include "constructs/ingress.h"
#include "util/utf8.h"

namespace cdkpp {
namespace {

// Characters that break MySQL clients or shell quoting in the generated
// password (CDK's DatabaseSecret set).
constexpr const char* kExcludedPasswordCharacters = " %+~`#$&*()|[]{}:;<>?!'/@\"\\";

bool IsIdentifier(const std::string& s, size_t max_length) {
  if (s.empty() || s.size() > max_length || !std::isalpha(static_cast<unsigned char>(s[0]))) {
    return false;
  }
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

}  // namespace

std::string MysqlParameterGroupFamily(const std::string& engine_version) {
  for (const char* major : {"5.7", "8.0", "8.4"}) {
    std::string prefix = major;
    if (engine_version == prefix || engine_version.rfind(prefix + ".", 0) == 0) {
      return "mysql" + prefix;
    }
  }
  return "";
}

Diagnostics RdsMysqlProps::Validate() const {
  Diagnostics out;
  internal::checks::Expect(&out, instance_class.rfind("db.", 0) == 0 && instance_class.size() > 3,
                 "instance_class", "an RDS instance class like db.t3.micro",
                 internal::checks::Quote(instance_class));
  internal::CheckUtf8(&out, "instance_class", instance_class);
  internal::CheckUtf8(&out, "engine_version", engine_version);
  if (engine == MySqlEngine::kAuroraMysql) {
    internal::CheckAuroraProps(*this, &out);
  } else {
    internal::checks::Expect(&out,
                   !MysqlParameterGroupFamily(engine_version).empty() &&
                       AuroraParameterGroupFamily(engine_version).empty(),
                   "engine_version", "a MySQL version 5.7.x, 8.0.x or 8.4.x",
                   internal::checks::Quote(engine_version));
  }
  internal::checks::IntInRange(&out, "allocated_storage_gib", allocated_storage_gib, 20, 65536);
  for (size_t i = 0; i < allowed_cidrs.size(); ++i) {
    internal::checks::Cidr cidr;
    std::string problem = internal::checks::ParseCidr(allowed_cidrs[i], &cidr);
    internal::checks::Expect(&out, problem.empty(), "allowed_cidrs[" + std::to_string(i) + "]", problem,
                   internal::checks::Quote(allowed_cidrs[i]));
  }
  internal::checks::Expect(&out, IsIdentifier(database_name, 64), "database_name",
                 "1 to 64 letters, digits or '_', starting with a letter",
                 internal::checks::Quote(database_name));
  internal::checks::Expect(&out, IsIdentifier(master_username, 16), "master_username",
                 "1 to 16 letters, digits or '_', starting with a letter",
                 internal::checks::Quote(master_username));
  // RDS purges binlogs when backups are off, and CDC then has nothing to read.
  internal::checks::Expect(&out, backup_retention_days >= 1 && backup_retention_days <= 35,
                 "backup_retention_days",
                 "an integer from 1 to 35 (backups must stay on: RDS keeps binlogs only with them)",
                 std::to_string(backup_retention_days));
  internal::checks::IntInRange(&out, "port", port, 1150, 65535);
  if (secret_rotation_days) {
    internal::checks::IntInRange(&out, "secret_rotation_days", *secret_rotation_days, 1, 1000);
  }
  return out;
}

RdsMysql::RdsMysql(Construct& scope, std::string id, const IVpc& vpc, RdsMysqlProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  Diagnostics problems = props_.Validate();
  for (auto& d : problems) AddError(d.message, d.key_path);
  // The order of the steps is the order of the resources in the template.
  AddSecurityGroup(vpc);
  const CfnResource& subnet_group = AddSubnetGroup(vpc);
  if (props_.engine == MySqlEngine::kAuroraMysql) {
    const CfnResource& parameter_group = AddClusterParameterGroup();
    AddSecret();
    AddCluster(subnet_group, parameter_group);
    AddClusterInstances(subnet_group);
  } else {
    const CfnResource& parameter_group = AddParameterGroup();
    AddSecret();
    AddInstance(subnet_group, parameter_group);
  }
  AddSecretAttachment();
  if (props_.secret_rotation_days && problems.empty()) AddRotation(vpc);
}

void RdsMysql::AddSecurityGroup(const IVpc& vpc) {
  ValueList ingress;
  for (const auto& cidr : props_.allowed_cidrs) {
    ingress.push_back(Value::Map({{"CidrIp", cidr},
                                  {"Description", "MySQL from " + cidr},
                                  {"FromPort", props_.port},
                                  {"IpProtocol", "tcp"},
                                  {"ToPort", props_.port}}));
  }
  Value sg_props = Value::Map({{"GroupDescription", "MySQL access for " + path()}});
  // The database opens no connections: CDK's "disallow all" placeholder
  // replaces the default allow-all egress rule.
  sg_props.Set("SecurityGroupEgress",
               Value::List({Value::Map({{"CidrIp", "255.255.255.255/32"},
                                        {"Description", "Disallow all traffic"},
                                        {"FromPort", 252},
                                        {"IpProtocol", "icmp"},
                                        {"ToPort", 86}})}));
  if (!ingress.empty()) sg_props.Set("SecurityGroupIngress", Value(std::move(ingress)));
  sg_props.Set("VpcId", vpc.VpcId());
  security_group_ = &New<CfnResource>(*this, "SecurityGroup", "AWS::EC2::SecurityGroup",
                                      std::move(sg_props), TagFormat::kList);
}

CfnResource& RdsMysql::AddSubnetGroup(const IVpc& vpc) {
  return New<CfnResource>(
      *this, "SubnetGroup", "AWS::RDS::DBSubnetGroup",
      Value::Map({{"DBSubnetGroupDescription", "Subnets for " + path()},
                  {"SubnetIds",
                   props_.publicly_accessible ? vpc.PublicSubnetIds() : vpc.PrivateSubnetIds()}}),
      TagFormat::kList);
}

CfnResource& RdsMysql::AddParameterGroup() {
  // DMS reads MySQL changes from the binlog: row-based, full images, no checksums.
  return New<CfnResource>(*this, "ParameterGroup", "AWS::RDS::DBParameterGroup",
                          Value::Map({{"Description", "Binlog settings for CDC with AWS DMS"},
                                      {"Family", MysqlParameterGroupFamily(props_.engine_version)},
                                      {"Parameters", Value::Map({{"binlog_checksum", "NONE"},
                                                                 {"binlog_format", "ROW"},
                                                                 {"binlog_row_image", "FULL"}})}}),
                          TagFormat::kList);
}

void RdsMysql::AddSecret() {
  Json username_template = {{"username", props_.master_username}};
  Value secret_props = Value::Map(
      {{"Description", "Master credentials for " + path()},
       {"GenerateSecretString",
        Value::Map({{"ExcludeCharacters", kExcludedPasswordCharacters},
                    {"GenerateStringKey", "password"},
                    {"PasswordLength", 30},
                    {"SecretStringTemplate", SerializeCanonical(username_template)}})}});
  if (props_.secret_kms_encryption) {
    secret_key_ = &New<CfnResource>(
        *this, "SecretKey", "AWS::KMS::Key",
        Value::Map({{"Description", "Encrypts the master credentials of " + path()},
                    {"EnableKeyRotation", true},
                    {"KeyPolicy", internal::iam::AccountRootKeyPolicy()}}),
        TagFormat::kList);
    // A deleted key makes every snapshot's credentials unreadable: keep it.
    secret_key_->ApplyRemovalPolicy(RemovalPolicy::kRetain);
    secret_props.Set("KmsKeyId", GetAtt(*secret_key_, "Arn"));
  }
  secret_ = &New<CfnResource>(*this, "Secret", "AWS::SecretsManager::Secret",
                              std::move(secret_props), TagFormat::kList);
}

void RdsMysql::AddInstance(const CfnResource& subnet_group, const CfnResource& parameter_group) {
  instance_ = &New<CfnResource>(
      *this, "Resource", "AWS::RDS::DBInstance",
      Value::Map({{"AllocatedStorage", std::to_string(props_.allocated_storage_gib)},
                  {"BackupRetentionPeriod", props_.backup_retention_days},
                  {"CopyTagsToSnapshot", true},
                  {"DBInstanceClass", props_.instance_class},
                  {"DBName", props_.database_name},
                  {"DBParameterGroupName", Ref(parameter_group)},
                  {"DBSubnetGroupName", Ref(subnet_group)},
                  {"DeletionProtection", props_.deletion_protection},
                  {"Engine", "mysql"},
                  {"EngineVersion", props_.engine_version},
                  {"MasterUserPassword", SecretsManagerReference(Ref(*secret_), "password")},
                  {"MasterUsername", SecretsManagerReference(Ref(*secret_), "username")},
                  {"MultiAZ", props_.multi_az},
                  {"Port", std::to_string(props_.port)},
                  {"PubliclyAccessible", props_.publicly_accessible},
                  {"StorageEncrypted", props_.storage_encrypted},
                  {"StorageType", "gp3"},
                  {"VPCSecurityGroups", Value::List({GetAtt(*security_group_, "GroupId")})}}),
      TagFormat::kList);
  instance_->ApplyRemovalPolicy(props_.removal_policy);
}

void RdsMysql::AddSecretAttachment() {
  // Adds host, port, engine and dbname to the secret, which is what DMS's
  // source endpoint reads.
  const bool aurora = cluster_ != nullptr;
  attachment_ = &New<CfnResource>(
      *this, "SecretAttachment", "AWS::SecretsManager::SecretTargetAttachment",
      Value::Map({{"SecretId", Ref(*secret_)},
                  {"TargetId", Ref(aurora ? *cluster_ : *instance_)},
                  {"TargetType", aurora ? "AWS::RDS::DBCluster" : "AWS::RDS::DBInstance"}}));
}

void RdsMysql::AddRotation(const IVpc& vpc) {
  auto& rotation_sg = New<CfnResource>(
      *this, "RotationSecurityGroup", "AWS::EC2::SecurityGroup",
      Value::Map({{"GroupDescription", "Secret rotation function for " + path()},
                  {"SecurityGroupEgress",
                   Value::List({Value::Map({{"CidrIp", "0.0.0.0/0"},
                                            {"Description", "HTTPS to the Secrets Manager API"},
                                            {"FromPort", 443},
                                            {"IpProtocol", "tcp"},
                                            {"ToPort", 443}}),
                                Value::Map({{"CidrIp", vpc.VpcCidr()},
                                            {"Description", "MySQL inside the VPC"},
                                            {"FromPort", props_.port},
                                            {"IpProtocol", "tcp"},
                                            {"ToPort", props_.port}})})},
                  {"VpcId", vpc.VpcId()}}),
      TagFormat::kList);
  AllowFrom(rotation_sg, "MySQL from the secret rotation function");
  // Rotating through the attachment's Ref waits until host/port are in the secret.
  Value function = Value::Map({{"RotationType", "MySQLSingleUser"},
                               {"VpcSecurityGroupIds", GetAtt(rotation_sg, "GroupId")},
                               {"VpcSubnetIds", Join(",", vpc.PrivateSubnetIds())}});
  if (secret_key_ != nullptr) function.Set("KmsKeyArn", GetAtt(*secret_key_, "Arn"));
  New<CfnResource>(
      *this, "RotationSchedule", "AWS::SecretsManager::RotationSchedule",
      Value::Map({{"HostedRotationLambda", std::move(function)},
                  {"RotationRules", Value::Map({{"AutomaticallyAfterDays", *props_.secret_rotation_days}})},
                  {"SecretId", Ref(*attachment_)}}));
  // Hosted rotation functions are expanded by this transform at deploy time.
  for (Construct* node = scope(); node != nullptr; node = node->scope()) {
    if (auto* stack = dynamic_cast<Stack*>(node)) {
      stack->AddTransform("AWS::SecretsManager-2020-07-23");
      break;
    }
  }
}

void RdsMysql::AllowFrom(const CfnResource& peer_security_group, const std::string& description) {
  internal::AddIngressFrom(*this, SecurityGroupId(), props_.port, peer_security_group, description);
}

// Aurora: the cluster endpoint, which follows the writer across failovers.
Value RdsMysql::EndpointAddress() const {
  return GetAtt(cluster_ != nullptr ? *cluster_ : *instance_, "Endpoint.Address");
}

Value RdsMysql::EndpointPort() const {
  return GetAtt(cluster_ != nullptr ? *cluster_ : *instance_, "Endpoint.Port");
}

Value RdsMysql::SecretArn() const { return Ref(*secret_); }

Value RdsMysql::SecretKmsKeyArn() const {
  return secret_key_ != nullptr ? GetAtt(*secret_key_, "Arn") : Value();
}

Value RdsMysql::SecurityGroupId() const { return GetAtt(*security_group_, "GroupId"); }

}  // namespace cdkpp
