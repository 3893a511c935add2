// The text `cdkpp synth` prints after writing: how to deploy, then the steps
// CloudFormation cannot take (binlog retention is SQL, run after deploy).
#include "cdkpp/pipeline/deploy_instructions.h"

#include <fmt/format.h>

#include <set>

#include "pipeline/source_readiness.h"
#include "util/cfn_limits.h"

namespace cdkpp {
namespace {

// Inline template bodies above this size need --s3-bucket.
using internal::kMaxInlineTemplateBytes;

std::string DeployCommand(const StackArtifact& artifact, const std::string& template_path) {
  std::string command = fmt::format("aws cloudformation deploy --template-file {} --stack-name {}",
                                    template_path, artifact.stack_name);
  std::vector<std::string> capabilities = RequiredCapabilities(artifact.template_json);
  if (!capabilities.empty()) {
    command += " --capabilities";
    for (const auto& c : capabilities) command += " " + c;
  }
  if (artifact.template_text.size() > kMaxInlineTemplateBytes)
    command += " --s3-bucket <YOUR_BUCKET>";
  return command;
}

}  // namespace

std::string DeployInstructions(const StackConfig& stack, const StackArtifact& artifact,
                               const std::string& template_path) {
  const PipelineStackProps& p = stack.props;
  const std::string& name = artifact.stack_name;
  std::string out = fmt::format("Deploy:\n  {}\n", DeployCommand(artifact, template_path));
  if (artifact.template_text.size() > kMaxInlineTemplateBytes) {
    out += fmt::format(
        "  (the template is {} bytes, over the {}-byte inline limit: upload it through an S3 "
        "bucket you own)\n",
        artifact.template_text.size(), kMaxInlineTemplateBytes);
  }
  auto output = [&name](const char* key) {
    return fmt::format(
        "$(aws cloudformation describe-stacks --stack-name {} --query "
        "\"Stacks[0].Outputs[?OutputKey=='{}'].OutputValue\" --output text)",
        name, key);
  };
  out += "\nAfter deploy:\n";
  out += fmt::format("  export DB_HOST={}\n", output("DatabaseEndpoint"));
  out += fmt::format("  export SECRET_ARN={}\n", output("DatabaseSecretArn"));
  const bool serverless = p.replication.serverless.has_value();
  if (serverless) {
    out += fmt::format("  export CONFIG_ARN={}\n", output("ReplicationConfigArn"));
  } else {
    out += fmt::format("  export TASK_ARN={}\n", output("ReplicationTaskArn"));
  }
  if (p.existing_database) {
    out += internal::ExistingSourceSteps(*p.existing_database, p.replication);
  } else {
    out += fmt::format(
        "  1. Keep binlogs long enough for DMS (RDS purges them early otherwise); the password is "
        "in the secret:\n"
        "     aws secretsmanager get-secret-value --secret-id \"$SECRET_ARN\" --query SecretString "
        "--output text\n"
        "     mysql -h \"$DB_HOST\" -P {} -u {} -p -e \"CALL mysql.rds_set_configuration('binlog "
        "retention hours', 24);\"\n",
        p.database.port, p.database.master_username);
    out += fmt::format(
        "     (the DMS user needs REPLICATION CLIENT, REPLICATION SLAVE and SELECT; the master "
        "user {} has them)\n",
        p.database.master_username);
  }
  out += serverless
             ? "  2. Start the serverless replication (CloudFormation creates it stopped):\n"
               "     aws dms start-replication --replication-config-arn \"$CONFIG_ARN\" "
               "--start-replication-type start-replication\n"
             : "  2. Start the CDC task (CloudFormation creates it stopped):\n"
               "     aws dms start-replication-task --replication-task-arn \"$TASK_ARN\" "
               "--start-replication-task-type start-replication\n";
  // A created database has its master user and initial database; an
  // existing one, a user that may write and a replicated schema.
  const bool existing = p.existing_database.has_value();
  const int port = existing ? p.existing_database->port : p.database.port;
  const std::string user = existing ? "<user>" : p.database.master_username;
  const std::string schema =
      existing ? internal::TestRowSchema(p.replication) : p.database.database_name;
  out += fmt::format(
      "  3. Insert a test row:\n"
      "     mysql -h \"$DB_HOST\" -P {} -u {} -p -e \"CREATE TABLE IF NOT EXISTS {}.cdc_check (id "
      "INT PRIMARY KEY, note VARCHAR(64)); INSERT INTO {}.cdc_check VALUES (1, 'hello from "
      "cdkpp');\"\n",
      port, user, schema, schema);
  out += fmt::format(
      "  4. See the change arrive in Kinesis:\n"
      "     SHARD=$(aws kinesis list-shards --stream-name {0} --query 'Shards[0].ShardId' --output "
      "text)\n"
      "     ITERATOR=$(aws kinesis get-shard-iterator --stream-name {0} --shard-id \"$SHARD\" "
      "--shard-iterator-type TRIM_HORIZON --query ShardIterator --output text)\n"
      "     aws kinesis get-records --shard-iterator \"$ITERATOR\" --query 'Records[].Data' "
      "--output text | tr '\\t' '\\n' | base64 -d\n",
      p.existing_stream ? StreamNameOfArn(p.existing_stream->arn) : p.stream.name);
  out += fmt::format("  Task logs: aws logs tail {} --follow\n", DmsLogGroupName(p.replication));
  if (p.monitoring.alarm_email) {
    out += fmt::format("  Confirm the alarm subscription e-mail sent to {}.\n",
                       *p.monitoring.alarm_email);
  }
  return out;
}

std::vector<std::string> RequiredCapabilities(const Json& template_json) {
  std::set<std::string> capabilities;
  static const std::set<std::string> kNameProperties = {"RoleName", "UserName", "GroupName",
                                                        "ManagedPolicyName", "InstanceProfileName"};
  // Any template can come here (deploy instructions for a loaded one): every
  // member is checked for its type before it is read.
  const Json* resources = nullptr;
  if (template_json.is_object() && template_json.contains("Resources")) {
    resources = &template_json["Resources"];
  }
  if (resources && resources->is_object()) {
    for (const auto& [id, resource] : resources->items()) {
      if (!resource.is_object()) continue;
      auto type = resource.find("Type");
      if (type == resource.end() || !type->is_string() ||
          type->get_ref<const std::string&>().rfind("AWS::IAM::", 0) != 0) {
        continue;
      }
      capabilities.insert("CAPABILITY_IAM");
      auto properties = resource.find("Properties");
      if (properties == resource.end() || !properties->is_object()) continue;
      for (const auto& [key, value] : properties->items()) {
        if (kNameProperties.count(key) > 0) capabilities.insert("CAPABILITY_NAMED_IAM");
      }
    }
  }
  // NAMED_IAM implies IAM; deploy wants just the stronger one.
  if (capabilities.count("CAPABILITY_NAMED_IAM") > 0) capabilities.erase("CAPABILITY_IAM");
  if (template_json.is_object() && template_json.contains("Transform"))
    capabilities.insert("CAPABILITY_AUTO_EXPAND");
  return {capabilities.begin(), capabilities.end()};
}

}  // namespace cdkpp
