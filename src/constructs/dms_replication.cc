#include "cdkpp/constructs/dms_replication.h"

#include "cdkpp/constructs/kinesis_stream.h"
#include "cdkpp/constructs/log_retention.h"
#include "cdkpp/constructs/rds_mysql.h"
#include "cdkpp/constructs/vpc.h"
#include "cdkpp/core/json.h"
#include "cdkpp/core/token.h"
#include "constructs/checks.h"
#include "constructs/iam.h"
#include "util/text.h"
#include "util/utf8.h"

namespace cdkpp {
namespace {

using internal::Lowercase;

const char* MigrationTypeName(MigrationType type) {
  switch (type) {
    case MigrationType::kCdc:
      return "cdc";
    case MigrationType::kFullLoad:
      return "full-load";
    case MigrationType::kFullLoadAndCdc:
      return "full-load-and-cdc";
  }
  return "cdc";
}

// Task settings: logging on for the components that explain CDC problems.
// Built as JSON and serialized canonically: CloudFormation takes a string.
std::string TaskSettings() {
  Json components = Json::array();
  for (const char* id :
       {"SOURCE_CAPTURE", "SOURCE_UNLOAD", "TARGET_APPLY", "TARGET_LOAD", "TASK_MANAGER"}) {
    components.push_back({{"Id", id}, {"Severity", "LOGGER_SEVERITY_DEFAULT"}});
  }
  Json settings = {{"Logging", {{"EnableLogging", true}, {"LogComponents", components}}}};
  return SerializeCanonical(settings);
}

Value SecurityGroupRule(const std::string& peer_key, Value peer, int port,
                        const std::string& description) {
  ValueMap rule;
  rule.emplace_back(peer_key, std::move(peer));
  rule.emplace_back("Description", description);
  rule.emplace_back("FromPort", port);
  rule.emplace_back("IpProtocol", "tcp");
  rule.emplace_back("ToPort", port);
  return Value(std::move(rule));
}

}  // namespace

std::string CheckDmsIdentifier(const std::string& id) {
  if (id.empty() || id.size() > 63) return "1 to 63 characters";
  if (!std::isalpha(static_cast<unsigned char>(id[0]))) return "a letter first";
  for (size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
      return "only letters, digits and hyphens";
    }
    if (c == '-' && i + 1 < id.size() && id[i + 1] == '-') return "no two hyphens in a row";
  }
  if (id.back() == '-') return "no hyphen at the end";
  return "";
}

std::string DmsTaskLogGroupName(const std::string& instance_identifier) {
  return "dms-tasks-" + Lowercase(instance_identifier);
}

Json BuildTableMappings(const std::vector<TableMapping>& tables) {
  Json rules = Json::array();
  int rule_id = 1;
  for (const auto& table : tables) {
    std::string id = std::to_string(rule_id++);
    rules.push_back(
        {{"rule-type", "selection"},
         {"rule-id", id},
         {"rule-name", id},
         {"object-locator", {{"schema-name", table.schema}, {"table-name", table.table}}},
         {"rule-action", table.action == TableAction::kInclude ? "include" : "exclude"}});
  }
  return {{"rules", rules}};
}

ServiceRoles DmsReplicationProps::EffectiveServiceRoles() const {
  if (!create_service_roles.has_value()) return service_roles;
  return *create_service_roles ? ServiceRoles::kStack : ServiceRoles::kExisting;
}

Diagnostics DmsReplicationProps::Validate() const {
  Diagnostics out;
  internal::checks::Expect(&out, instance_class.rfind("dms.", 0) == 0 && instance_class.size() > 4,
                 "instance_class", "a DMS instance class like dms.t3.micro",
                 internal::checks::Quote(instance_class));
  internal::CheckUtf8(&out, "instance_class", instance_class);
  std::string problem = CheckDmsIdentifier(instance_identifier);
  internal::checks::Expect(&out, problem.empty(), "instance_identifier",
                 "a replication instance identifier (" + problem + ")",
                 internal::checks::Quote(instance_identifier));
  internal::checks::Expect(&out, !tables.empty(), "tables", "at least one table mapping", "none");
  for (size_t i = 0; i < tables.size(); ++i) {
    std::string key = "tables[" + std::to_string(i) + "]";
    internal::checks::Expect(&out, !tables[i].schema.empty(), key + ".schema",
                   "a schema name or pattern (% matches any)", "\"\"");
    internal::checks::Expect(&out, !tables[i].table.empty(), key + ".table",
                   "a table name or pattern (% matches any)", "\"\"");
    internal::CheckUtf8(&out, key + ".schema", tables[i].schema);
    internal::CheckUtf8(&out, key + ".table", tables[i].table);
  }
  internal::checks::IntInRange(&out, "allocated_storage_gib", allocated_storage_gib, 5, 6144);
  internal::checks::IntOneOf(&out, "log_retention_days", log_retention_days, AllowedLogRetentionDays());
  return out;
}

DmsReplication::DmsReplication(Construct& scope, std::string id, const Vpc& vpc, RdsMysql& source,
                               const KinesisStream& target, DmsReplicationProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  for (auto& d : props_.Validate()) AddError(d.message, d.key_path);
  // The order of the steps is the order of the resources in the template.
  AddServiceRoles();
  AddLogGroup();
  AddReplicationInstance(vpc, source);
  const CfnResource& source_endpoint = AddSourceEndpoint(source);
  const CfnResource& target_endpoint = AddTargetEndpoint(target);
  AddTask(source_endpoint, target_endpoint);
}

void DmsReplication::AddServiceRoles() {
  // Account-wide service roles DMS looks up by exact name: the subnet group
  // fails without dms-vpc-role, and an account that has them cannot create them.
  DmsServiceRoleResources roles = AddDmsServiceRoles(*this, props_.EffectiveServiceRoles());
  vpc_role_ = roles.vpc_role;
  logs_role_ = roles.logs_role;
}

void DmsReplication::AddLogGroup() {
  // DMS writes task logs only to dms-tasks-<instance identifier>:
  // create that group so its retention is ours, before any task can log.
  Value log_group_props =
      Value::Map({{"LogGroupName", DmsTaskLogGroupName(props_.instance_identifier)},
                  {"RetentionInDays", props_.log_retention_days}});
  if (props_.log_kms_key != nullptr)
    log_group_props.Set("KmsKeyId", GetAtt(*props_.log_kms_key, "Arn"));
  log_group_ = &New<CfnResource>(*this, "LogGroup", "AWS::Logs::LogGroup",
                                 std::move(log_group_props), TagFormat::kList);
  log_group_->ApplyRemovalPolicy(RemovalPolicy::kDestroy);
}

void DmsReplication::AddReplicationInstance(const Vpc& vpc, RdsMysql& source) {
  const int db_port = source.props().port;
  auto& security_group = New<CfnResource>(
      *this, "SecurityGroup", "AWS::EC2::SecurityGroup",
      Value::Map({{"GroupDescription", "DMS replication instance " + path()},
                  {"SecurityGroupEgress",
                   Value::List({SecurityGroupRule("CidrIp", "0.0.0.0/0", 443,
                                                  "HTTPS to the Kinesis and Secrets Manager APIs"),
                                SecurityGroupRule("DestinationSecurityGroupId",
                                                  GetAtt(source.security_group(), "GroupId"),
                                                  db_port, "MySQL to the source database")})},
                  {"VpcId", vpc.VpcId()}}),
      TagFormat::kList);
  source.AllowFrom(security_group, "MySQL from the DMS replication instance");

  auto& subnet_group = New<CfnResource>(
      *this, "SubnetGroup", "AWS::DMS::ReplicationSubnetGroup",
      Value::Map({{"ReplicationSubnetGroupDescription", "Private subnets for " + path()},
                  {"SubnetIds", vpc.PrivateSubnetIds()}}),
      TagFormat::kList);
  if (vpc_role_ != nullptr) subnet_group.AddDependency(*vpc_role_);

  instance_ = &New<CfnResource>(
      *this, "Instance", "AWS::DMS::ReplicationInstance",
      Value::Map({{"AllocatedStorage", props_.allocated_storage_gib},
                  {"MultiAZ", props_.multi_az},
                  {"PubliclyAccessible", false},
                  {"ReplicationInstanceClass", props_.instance_class},
                  {"ReplicationInstanceIdentifier", InstanceIdentifier()},
                  {"ReplicationSubnetGroupIdentifier", Ref(subnet_group)},
                  {"VpcSecurityGroupIds", Value::List({GetAtt(security_group, "GroupId")})}}),
      TagFormat::kList);
  if (vpc_role_ != nullptr) instance_->AddDependency(*vpc_role_);
}

CfnResource& DmsReplication::AddSourceEndpoint(const RdsMysql& source) {
  // Secrets Manager access for the source endpoint: DMS assumes it through
  // its regional service principal.
  ValueList secret_statements = {internal::iam::Allow(
      {"secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"}, source.SecretArn())};
  if (const CfnResource* key = source.secret_key()) {
    secret_statements.push_back(internal::iam::Allow({"kms:Decrypt"}, GetAtt(*key, "Arn")));
  }
  auto& secret_role = New<CfnResource>(
      *this, "SecretAccessRole", "AWS::IAM::Role",
      Value::Map({{"AssumeRolePolicyDocument",
                   internal::iam::AssumeRolePolicy(Sub("dms.${AWS::Region}.amazonaws.com"))},
                  {"Policies", Value::List({internal::iam::InlinePolicy("ReadDatabaseSecret",
                                                              std::move(secret_statements))})}}),
      TagFormat::kList);
  auto& endpoint = New<CfnResource>(
      *this, "SourceEndpoint", "AWS::DMS::Endpoint",
      Value::Map({{"EndpointType", "source"},
                  {"EngineName", "mysql"},
                  {"MySqlSettings",
                   Value::Map({{"SecretsManagerAccessRoleArn", GetAtt(secret_role, "Arn")},
                               {"SecretsManagerSecretId", source.SecretArn()}})}}),
      TagFormat::kList);
  // The secret has host and port only once the attachment has run.
  endpoint.AddDependency(source.secret_attachment());
  return endpoint;
}

CfnResource& DmsReplication::AddTargetEndpoint(const KinesisStream& target) {
  auto& stream_role = New<CfnResource>(
      *this, "StreamAccessRole", "AWS::IAM::Role",
      Value::Map({{"AssumeRolePolicyDocument", internal::iam::AssumeRolePolicy("dms.amazonaws.com")},
                  {"Policies",
                   Value::List({internal::iam::InlinePolicy(
                       "WriteChangeStream", {internal::iam::Allow({"kinesis:DescribeStream",
                                                         "kinesis:PutRecord", "kinesis:PutRecords"},
                                                        target.StreamArn())})})}}),
      TagFormat::kList);
  return New<CfnResource>(
      *this, "TargetEndpoint", "AWS::DMS::Endpoint",
      Value::Map({{"EndpointType", "target"},
                  {"EngineName", "kinesis"},
                  {"KinesisSettings",
                   Value::Map({{"MessageFormat", props_.message_format == MessageFormat::kJson
                                                     ? "json"
                                                     : "json-unformatted"},
                               {"ServiceAccessRoleArn", GetAtt(stream_role, "Arn")},
                               {"StreamArn", target.StreamArn()}})}}),
      TagFormat::kList);
}

void DmsReplication::AddTask(const CfnResource& source_endpoint,
                             const CfnResource& target_endpoint) {
  task_ = &New<CfnResource>(
      *this, "Task", "AWS::DMS::ReplicationTask",
      Value::Map({{"MigrationType", MigrationTypeName(props_.migration_type)},
                  {"ReplicationInstanceArn", Ref(*instance_)},
                  {"ReplicationTaskSettings", TaskSettings()},
                  {"SourceEndpointArn", Ref(source_endpoint)},
                  {"TableMappings", SerializeCanonical(BuildTableMappings(props_.tables))},
                  {"TargetEndpointArn", Ref(target_endpoint)}}),
      TagFormat::kList);
  task_->AddDependency(*log_group_);
  if (logs_role_ != nullptr) task_->AddDependency(*logs_role_);
}

std::string DmsReplication::InstanceIdentifier() const {
  return Lowercase(props_.instance_identifier);
}

Value DmsReplication::TaskResourceId() const {
  // arn:aws:dms:<region>:<account>:task:<RESOURCE_ID> -> element 6, the id
  // DMS metrics carry as ReplicationTaskIdentifier (not the task's name).
  return Select(6, Split(":", Ref(*task_)));
}

}  // namespace cdkpp
