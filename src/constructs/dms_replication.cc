#include "cdkpp/constructs/dms_replication.h"

#include "cdkpp/constructs/log_retention.h"
#include "cdkpp/core/json.h"
#include "cdkpp/core/token.h"
#include "constructs/checks.h"
#include "constructs/iam.h"
#include "constructs/task_settings.h"
#include "util/text.h"
#include "util/utf8.h"

namespace cdkpp {
namespace {

using internal::Lowercase;

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

std::string DmsLogGroupName(const DmsReplicationProps& props) {
  return props.serverless ? DmsServerlessLogGroupName(props.instance_identifier)
                          : DmsTaskLogGroupName(props.instance_identifier);
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
  internal::CheckTaskSettings(&out, "task_settings", task_settings);
  return out;
}

Json DmsReplicationProps::TaskSettingsDocument() const {
  return internal::DeepMerge(internal::DefaultTaskSettings(), task_settings);
}

DmsReplication::DmsReplication(Construct& scope, std::string id, const IVpc& vpc,
                               IMySqlSource& source, const IStream& target,
                               DmsReplicationProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  for (auto& d : props_.Validate()) AddError(d.message, d.key_path);
  // The order of the steps is the order of the resources in the template.
  AddServiceRoles();
  AddLogGroup();
  const CfnResource& security_group = AddSecurityGroup(vpc, source);
  const CfnResource& subnet_group = AddSubnetGroup(vpc);
  if (!serverless()) AddInstance(security_group, subnet_group);
  const CfnResource& source_endpoint = AddSourceEndpoint(source);
  const CfnResource& target_endpoint = AddTargetEndpoint(target);
  if (serverless()) {
    AddReplicationConfig(security_group, subnet_group, source_endpoint, target_endpoint);
  } else {
    AddTask(source_endpoint, target_endpoint);
  }
}

void DmsReplication::AddServiceRoles() {
  // Account-wide service roles DMS looks up by exact name: the subnet group
  // fails without dms-vpc-role, and an account that has them cannot create them.
  DmsServiceRoleResources roles = AddDmsServiceRoles(*this, props_.EffectiveServiceRoles());
  vpc_role_ = roles.vpc_role;
  logs_role_ = roles.logs_role;
}

void DmsReplication::AddLogGroup() {
  // DMS writes task logs only to dms-tasks-<instance identifier> (DMS
  // Serverless: dms-serverless-replication-<resource id>): create that group
  // so its retention is ours, before anything can log.
  Value log_group_props =
      Value::Map({{"LogGroupName", DmsLogGroupName(props_)},
                  {"RetentionInDays", props_.log_retention_days}});
  if (props_.log_kms_key != nullptr)
    log_group_props.Set("KmsKeyId", GetAtt(*props_.log_kms_key, "Arn"));
  log_group_ = &New<CfnResource>(*this, "LogGroup", "AWS::Logs::LogGroup",
                                 std::move(log_group_props), TagFormat::kList);
  log_group_->ApplyRemovalPolicy(RemovalPolicy::kDestroy);
}

CfnResource& DmsReplication::AddSecurityGroup(const IVpc& vpc, IMySqlSource& source) {
  const int db_port = source.Port();
  // A source whose security group the stack does not know may be anywhere
  // (another VPC, on premises): egress on its port only, to any address.
  Value source_group = source.SecurityGroupId();
  Value to_source =
      source_group.is_null()
          ? SecurityGroupRule("CidrIp", "0.0.0.0/0", db_port, "MySQL to the source database")
          : SecurityGroupRule("DestinationSecurityGroupId", std::move(source_group), db_port,
                              "MySQL to the source database");
  auto& security_group = New<CfnResource>(
      *this, "SecurityGroup", "AWS::EC2::SecurityGroup",
      Value::Map({{"GroupDescription", "DMS replication instance " + path()},
                  {"SecurityGroupEgress",
                   Value::List({SecurityGroupRule("CidrIp", "0.0.0.0/0", 443,
                                                  "HTTPS to the Kinesis and Secrets Manager APIs"),
                                std::move(to_source)})},
                  {"VpcId", vpc.VpcId()}}),
      TagFormat::kList);
  source.AllowFrom(security_group, "MySQL from the DMS replication instance");
  return security_group;
}

CfnResource& DmsReplication::AddSubnetGroup(const IVpc& vpc) {
  auto& subnet_group = New<CfnResource>(
      *this, "SubnetGroup", "AWS::DMS::ReplicationSubnetGroup",
      Value::Map({{"ReplicationSubnetGroupDescription", "Private subnets for " + path()},
                  {"SubnetIds", vpc.PrivateSubnetIds()}}),
      TagFormat::kList);
  if (vpc_role_ != nullptr) subnet_group.AddDependency(*vpc_role_);
  return subnet_group;
}

void DmsReplication::AddInstance(const CfnResource& security_group,
                                 const CfnResource& subnet_group) {
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

CfnResource& DmsReplication::AddSourceEndpoint(const IMySqlSource& source) {
  // Secrets Manager access for the source endpoint: DMS assumes it through
  // its regional service principal.
  ValueList secret_statements = {internal::iam::Allow(
      {"secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"}, source.SecretArn())};
  if (Value key = source.SecretKmsKeyArn(); !key.is_null()) {
    secret_statements.push_back(internal::iam::Allow({"kms:Decrypt"}, std::move(key)));
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
                  {"EngineName", source.DmsEngineName()},
                  {"MySqlSettings",
                   Value::Map({{"SecretsManagerAccessRoleArn", GetAtt(secret_role, "Arn")},
                               {"SecretsManagerSecretId", source.SecretArn()}})}}),
      TagFormat::kList);
  // A created secret has host and port only once its attachment has run.
  if (const CfnResource* ready = source.SecretReady()) endpoint.AddDependency(*ready);
  return endpoint;
}

CfnResource& DmsReplication::AddTargetEndpoint(const IStream& target) {
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
                  {"KinesisSettings", KinesisSettings(GetAtt(stream_role, "Arn"), target)}}),
      TagFormat::kList);
}

Value DmsReplication::KinesisSettings(Value role_arn, const IStream& target) const {
  const KinesisMessageSettings& k = props_.kinesis;
  // Only the settings turned on are written (DMS's defaults are off), in
  // the order of the keys.
  ValueMap settings;
  auto flag = [&settings](const char* name, bool on) {
    if (on) settings.emplace_back(name, true);
  };
  flag("IncludeControlDetails", k.include_control_details);
  flag("IncludeNullAndEmpty", k.include_null_and_empty);
  flag("IncludePartitionValue", k.include_partition_value);
  flag("IncludeTableAlterOperations", k.include_table_alter_operations);
  flag("IncludeTransactionDetails", k.include_transaction_details);
  settings.emplace_back("MessageFormat",
                        props_.message_format == MessageFormat::kJson ? "json" : "json-unformatted");
  flag("PartitionIncludeSchemaTable", k.partition_include_schema_table);
  settings.emplace_back("ServiceAccessRoleArn", std::move(role_arn));
  settings.emplace_back("StreamArn", target.StreamArn());
  return Value(std::move(settings));
}

void DmsReplication::AddTask(const CfnResource& source_endpoint,
                             const CfnResource& target_endpoint) {
  task_ = &New<CfnResource>(
      *this, "Task", "AWS::DMS::ReplicationTask",
      Value::Map({{"MigrationType", MigrationTypeName(props_.migration_type)},
                  {"ReplicationInstanceArn", Ref(*instance_)},
                  {"ReplicationTaskSettings", SerializeCanonical(props_.TaskSettingsDocument())},
                  {"SourceEndpointArn", Ref(source_endpoint)},
                  {"TableMappings", SerializeCanonical(BuildTableMappings(props_.tables))},
                  {"TargetEndpointArn", Ref(target_endpoint)}}),
      TagFormat::kList);
  AddRunDependencies(*task_);
}

void DmsReplication::AddRunDependencies(CfnResource& runner) const {
  runner.AddDependency(*log_group_);
  if (logs_role_ != nullptr) runner.AddDependency(*logs_role_);
}

std::string DmsReplication::InstanceIdentifier() const {
  return Lowercase(props_.instance_identifier);
}

ValueList DmsReplication::CdcMetricDimensions() const {
  if (serverless()) return ServerlessMetricDimensions();
  // DMS publishes task metrics under the instance identifier and the task's
  // resource id, never its name: an alarm on the name never fires.
  return {Value::Map({{"Name", "ReplicationInstanceIdentifier"}, {"Value", InstanceIdentifier()}}),
          Value::Map({{"Name", "ReplicationTaskIdentifier"}, {"Value", TaskResourceId()}})};
}

Value DmsReplication::TaskResourceId() const {
  // arn:aws:dms:<region>:<account>:task:<RESOURCE_ID> -> element 6, the id
  // DMS metrics carry as ReplicationTaskIdentifier (not the task's name).
  return Select(6, Split(":", Ref(*task_)));
}

}  // namespace cdkpp
