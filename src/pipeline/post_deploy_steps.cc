// The steps CloudFormation cannot take, written for the configuration at
// hand: how the database is reached decides how the SQL gets to it.
#include "pipeline/post_deploy_steps.h"

#include <fmt/format.h>

#include "cdkpp/constructs/existing_stream.h"
#include "pipeline/source_readiness.h"
#include "util/wildcard.h"

namespace cdkpp::internal {
namespace {

constexpr const char* kTestTable = "cdc_check";

std::string Output(const std::string& stack_name, const char* key) {
  return fmt::format(
      "$(aws cloudformation describe-stacks --stack-name {} --query "
      "\"Stacks[0].Outputs[?OutputKey=='{}'].OutputValue\" --output text)",
      stack_name, key);
}

// A name the pattern matches: `%` matches the empty run, so dropping every
// `%` gives one ("" when the pattern is only wildcards).
std::string SimplestMatch(const std::string& pattern) {
  std::string out;
  for (char c : pattern) {
    if (c != '%') out += c;
  }
  return out;
}

bool Excluded(const std::vector<TableMapping>& tables, const TestTable& t) {
  for (const auto& rule : tables) {
    if (rule.action == TableAction::kExclude && MatchesDmsPattern(rule.schema, t.schema) &&
        MatchesDmsPattern(rule.table, t.table)) {
      return true;
    }
  }
  return false;
}

// How the SQL reaches the database, as a shell prefix for the mysql client,
// after the lines that set it up.
std::string Connection(const PipelineStackProps& p, const std::string& stack_name,
                       std::string* mysql) {
  // An existing server: its port, and a user of the owner's choosing; how it
  // is reached is the owner's network's business unless there is a bastion.
  const bool existing = p.existing_database.has_value();
  const int port = existing ? p.existing_database->port : p.database.port;
  const std::string user = existing ? "<user>" : p.database.master_username;
  if ((p.database.publicly_accessible || existing) && !p.bastion) {
    *mysql = fmt::format("mysql -h \"$DB_HOST\" -P {} -u {} -p", port, user);
    return "";
  }
  if (p.bastion) {
    *mysql = fmt::format("mysql -h 127.0.0.1 -P {} -u {} -p", port, user);
    return fmt::format(
        "  The database is private: reach it through the bastion with Session Manager port\n"
        "  forwarding. The AWS CLI needs the Session Manager plugin (session-manager-plugin,\n"
        "  https://docs.aws.amazon.com/systems-manager/latest/userguide/"
        "session-manager-working-with-install-plugin.html).\n"
        "  In a second terminal, left open while you run the SQL:\n"
        "     export BASTION_ID={}\n"
        "     aws ssm start-session --target \"$BASTION_ID\" --document-name "
        "AWS-StartPortForwardingSessionToRemoteHost --parameters "
        "host=\"$DB_HOST\",portNumber={},localPortNumber={}\n",
        Output(stack_name, "BastionInstanceId"), port, port);
  }
  *mysql = fmt::format("mysql -h \"$DB_HOST\" -P {} -u {} -p", port, user);
  return "  The database is private and there is no bastion: the mysql commands below work only\n"
         "  from inside the VPC, on a host the database's security group admits (add one, e.g.\n"
         "  an EC2 instance, to it), or set database.bastion: true, synth and deploy again to\n"
         "  use Session Manager port forwarding from here.\n";
}

std::string TestRowStep(const PipelineStackProps& p, const std::string& mysql) {
  // A created database has its initial database; an existing one is named
  // by the table mappings alone.
  std::optional<TestTable> t = IncludedTestTable(
      p.replication.tables, p.existing_database ? std::string() : p.database.database_name);
  if (!t) {
    return "  3. Insert a test row into a table the table mappings include: no schema and table\n"
           "     name can be derived from them (patterns only, or excluded), so pick one of "
           "yours.\n";
  }
  return fmt::format(
      "  3. Insert a test row into {0}.{1}, which the table mappings include (if {0}.{1} "
      "already exists with other columns, insert a row of your own):\n"
      "     {2} -e \"CREATE DATABASE IF NOT EXISTS {0}; CREATE TABLE IF NOT EXISTS {0}.{1} (id "
      "INT PRIMARY KEY, note VARCHAR(64)); INSERT INTO {0}.{1} VALUES (1, 'hello from cdkpp');\"\n",
      t->schema, t->table, mysql);
}

std::string ReadStreamStep(const PipelineStackProps& p) {
  // Every shard: the row goes to the shard its partition key hashes to.
  return fmt::format(
      "  4. See the change arrive in Kinesis (every shard is read):\n"
      "     for SHARD in $(aws kinesis list-shards --stream-name {0} --query 'Shards[].ShardId' "
      "--output text); do ITERATOR=$(aws kinesis get-shard-iterator --stream-name {0} "
      "--shard-id \"$SHARD\" --shard-iterator-type TRIM_HORIZON --query ShardIterator --output "
      "text); aws kinesis get-records --shard-iterator \"$ITERATOR\" --query 'Records[].Data' "
      "--output text | tr '\\t' '\\n' | while read -r DATA; do if [ -n \"$DATA\" ]; then "
      "echo \"$DATA\" | base64 -d; echo; fi; done; done\n",
      p.existing_stream ? StreamNameOfArn(p.existing_stream->arn) : p.stream.name);
}

std::string BinlogStep(const PipelineStackProps& p, const std::string& mysql) {
  if (p.existing_database) return ExistingSourceSteps(*p.existing_database, p.replication);
  return fmt::format(
      "  1. Keep binlogs long enough for DMS (RDS purges them early otherwise); the password is "
      "in the secret:\n"
      "     aws secretsmanager get-secret-value --secret-id \"$SECRET_ARN\" --query SecretString "
      "--output text\n"
      "     {} -e \"CALL mysql.rds_set_configuration('binlog retention hours', 24);\"\n"
      "     (the DMS user needs REPLICATION CLIENT, REPLICATION SLAVE and SELECT; the master "
      "user {} has them)\n",
      mysql, p.database.master_username);
}

std::string StartStep(const PipelineStackProps& p) {
  if (p.replication.serverless) {
    return "  2. Start the serverless replication (CloudFormation creates it stopped):\n"
           "     aws dms start-replication --replication-config-arn \"$CONFIG_ARN\" "
           "--start-replication-type start-replication\n";
  }
  return "  2. Start the CDC task (CloudFormation creates it stopped):\n"
         "     aws dms start-replication-task --replication-task-arn \"$TASK_ARN\" "
         "--start-replication-task-type start-replication\n";
}

}  // namespace

bool MatchesDmsPattern(const std::string& pattern, const std::string& name) {
  return internal::WildcardMatch(pattern, name, {'%'});
}

std::optional<TestTable> IncludedTestTable(const std::vector<TableMapping>& tables,
                                           const std::string& database_name) {
  for (const auto& rule : tables) {
    if (rule.action != TableAction::kInclude) continue;
    TestTable t;
    t.schema =
        MatchesDmsPattern(rule.schema, database_name) ? database_name : SimplestMatch(rule.schema);
    t.table = MatchesDmsPattern(rule.table, kTestTable) ? kTestTable : SimplestMatch(rule.table);
    if (t.schema.empty() || t.table.empty() || Excluded(tables, t)) continue;
    return t;
  }
  return std::nullopt;
}

std::string PostDeploySteps(const PipelineStackProps& p, const std::string& stack_name) {
  std::string out = "\nAfter deploy:\n";
  out += fmt::format("     export DB_HOST={}\n", Output(stack_name, "DatabaseEndpoint"));
  out += fmt::format("     export SECRET_ARN={}\n", Output(stack_name, "DatabaseSecretArn"));
  if (p.replication.serverless) {
    out += fmt::format("     export CONFIG_ARN={}\n", Output(stack_name, "ReplicationConfigArn"));
  } else {
    out += fmt::format("     export TASK_ARN={}\n", Output(stack_name, "ReplicationTaskArn"));
  }
  std::string mysql;
  out += Connection(p, stack_name, &mysql);
  out += BinlogStep(p, mysql);
  out += StartStep(p);
  out += TestRowStep(p, mysql);
  out += ReadStreamStep(p);
  std::string group = DmsLogGroupName(p.replication);
  out += fmt::format(
      "  Task logs (aws logs tail needs AWS CLI v2; the second command works with v1 too):\n"
      "     aws logs tail {0} --follow\n"
      "     aws logs filter-log-events --log-group-name {0} --query 'events[].message' --output "
      "text\n",
      group);
  if (p.monitoring.alarm_email) {
    out += fmt::format("  Confirm the alarm subscription e-mail sent to {}.\n",
                       *p.monitoring.alarm_email);
  }
  return out;
}

}  // namespace cdkpp::internal
