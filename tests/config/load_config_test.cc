// Valid configs: defaults, every key reaching its props field, JSON == YAML.
#include "cdkpp/config/load_config.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "config/props_printer.h"
#include "support/test_inputs.h"

namespace cdkpp {
namespace {

using testing::PrintProps;

PipelineConfig MustParse(const std::string& file, const std::string& text) {
  Result<PipelineConfig> result = ParsePipelineConfig(file, text);
  std::string errors;
  for (const Diagnostic& d : result.diagnostics()) errors += d.ToString() + "\n";
  EXPECT_TRUE(result.ok()) << errors;
  return result.ok() ? std::move(result).value() : PipelineConfig{};
}

TEST(LoadConfigTest, NameAloneGivesThePropsDefaults) {
  PipelineConfig config = MustParse("c.yaml", "stacks: [{name: Demo}]\n");
  ASSERT_EQ(1u, config.stacks.size());
  EXPECT_EQ("Demo", config.stacks[0].name);
  EXPECT_EQ("stacks[0]", config.stacks[0].key_path);
  EXPECT_TRUE(config.stacks[0].suppressions.empty());
  EXPECT_EQ(PrintProps(PipelineStackProps{}), PrintProps(config.stacks[0].props));
}

TEST(LoadConfigTest, EmptySectionsAndNullsMeanDefaults) {
  PipelineConfig config = MustParse("c.yaml",
                                    "stacks:\n"
                                    "  - name: Demo\n"
                                    "    vpc:\n"
                                    "    database: {}\n"
                                    "    stream: {shardCount: null}\n"
                                    "    monitoring: {alarmEmail: null}\n");
  EXPECT_EQ(PrintProps(PipelineStackProps{}), PrintProps(config.stacks[0].props));
}

TEST(LoadConfigTest, EveryDefaultSpelledOutLoads) {
  // The default pipeline with its values written out: it must equal the defaults.
  PipelineConfig config = MustParse(
      "cdkpp.yaml",
      "stacks:\n"
      "  - name: DmsMysqlKinesisCloudwatch1Stack\n"
      "    description: MySQL to Kinesis CDC pipeline with AWS DMS\n"
      "    tags: {}\n"
      "    vpc:        { cidr: 172.16.0.0/16, maxAzs: 2, natGateways: 1 }\n"
      "    database:   { instanceClass: db.t3.micro, engineVersion: \"8.0.43\", "
      "allocatedStorageGiB: 20,\n"
      "                  publiclyAccessible: false, allowedCidrs: [], "
      "databaseName: mydb,\n"
      "                  masterUsername: admin, backupRetentionDays: 1, multiAz: false,\n"
      "                  storageEncrypted: true, deletionProtection: false }\n"
      "    replication: { instanceClass: dms.t3.micro, instanceIdentifier: "
      "mysql-cdc-replication,\n"
      "                   migrationType: cdc, serviceRoles: auto, messageFormat: json,\n"
      "                   tables: [ { schema: mydb, table: \"%\" } ] }\n"
      "    stream:     { name: mysql-cdc-stream, mode: provisioned, shardCount: 1, "
      "retentionHours: 24,\n"
      "                  encryption: kms }\n"
      "    monitoring: { logRetentionDays: 7, replicationLagSeconds: 300, alarmEmail: null }\n");
  PipelineStackProps expected;
  expected.stream.shard_count = 1;  // spelled out, so set rather than defaulted
  EXPECT_EQ(PrintProps(expected), PrintProps(config.stacks[0].props));
}

TEST(LoadConfigTest, EveryKeyReachesItsPropsField) {
  PipelineConfig config =
      MustParse("every_key.yaml", testing::ReadSourceFile("tests/testdata/config/every_key.yaml"));
  ASSERT_EQ(3u, config.stacks.size());
  const PipelineStackProps& p = config.stacks[0].props;
  EXPECT_EQ("Orders", config.stacks[0].name);
  EXPECT_EQ("Orders CDC", p.stack.description);
  EXPECT_EQ((std::map<std::string, std::string>{{"env", "dev"}, {"team", "data"}}), p.stack.tags);

  EXPECT_EQ("10.0.0.0/16", p.vpc.cidr);
  EXPECT_EQ(3, p.vpc.max_azs);
  EXPECT_EQ(2, p.vpc.nat_gateways);
  EXPECT_EQ(24, p.vpc.subnet_cidr_mask);
  EXPECT_TRUE(p.vpc.flow_logs);
  EXPECT_EQ(30, p.vpc.flow_log_retention_days);

  EXPECT_EQ(MySqlEngine::kAuroraMysql, p.database.engine);
  EXPECT_EQ("db.r6g.large", p.database.instance_class);
  EXPECT_EQ("8.0.mysql_aurora.3.08.0", p.database.engine_version);
  EXPECT_EQ(50, p.database.allocated_storage_gib);
  EXPECT_TRUE(p.database.publicly_accessible);
  EXPECT_EQ((std::vector<std::string>{"10.1.0.0/16", "192.168.0.0/24"}), p.database.allowed_cidrs);
  EXPECT_EQ("shop", p.database.database_name);
  EXPECT_EQ("dbadmin", p.database.master_username);
  EXPECT_EQ(7, p.database.backup_retention_days);
  EXPECT_TRUE(p.database.multi_az);
  EXPECT_FALSE(p.database.storage_encrypted);
  EXPECT_TRUE(p.database.deletion_protection);
  EXPECT_EQ(3307, p.database.port);
  EXPECT_EQ(RemovalPolicy::kRetain, p.database.removal_policy);
  EXPECT_EQ(30, p.database.secret_rotation_days);
  EXPECT_TRUE(p.database.secret_kms_encryption);

  EXPECT_EQ("dms.t3.small", p.replication.instance_class);
  EXPECT_EQ("orders-repl", p.replication.instance_identifier);
  EXPECT_EQ(MigrationType::kFullLoadAndCdc, p.replication.migration_type);
  EXPECT_EQ(ServiceRoles::kExisting, p.replication.service_roles);
  EXPECT_TRUE(p.bastion);
  EXPECT_TRUE(p.vpc_endpoints);
  EXPECT_EQ(MessageFormat::kJsonUnformatted, p.replication.message_format);
  ASSERT_EQ(2u, p.replication.tables.size());
  EXPECT_EQ("shop", p.replication.tables[0].schema);
  EXPECT_EQ("orders", p.replication.tables[0].table);
  EXPECT_EQ(TableAction::kInclude, p.replication.tables[0].action);
  EXPECT_EQ("tmp%", p.replication.tables[1].table);
  EXPECT_EQ(TableAction::kExclude, p.replication.tables[1].action);
  EXPECT_EQ(100, p.replication.allocated_storage_gib);
  EXPECT_TRUE(p.replication.multi_az);
  EXPECT_TRUE(p.replication.kinesis.include_transaction_details);
  EXPECT_TRUE(p.replication.kinesis.include_control_details);
  EXPECT_EQ(Json::parse(R"({"ErrorBehavior":{"DataErrorPolicy":"STOP_TASK"},
      "Logging":{"LogComponents":[{"Id":"SOURCE_CAPTURE","Severity":"LOGGER_SEVERITY_DETAILED_DEBUG"}]}})"),
            p.replication.task_settings);
  EXPECT_EQ(14, p.log_retention_days);

  EXPECT_EQ("orders-stream", p.stream.name);
  EXPECT_EQ(StreamMode::kOnDemand, p.stream.mode);
  EXPECT_FALSE(p.stream.shard_count.has_value());
  EXPECT_EQ(48, p.stream.retention_hours);
  EXPECT_EQ(StreamEncryption::kNone, p.stream.encryption);
  EXPECT_EQ("alias/orders", p.stream.kms_key);

  EXPECT_EQ(600, p.monitoring.replication_lag_seconds);
  EXPECT_EQ(300, p.monitoring.period_seconds);
  EXPECT_EQ(3, p.monitoring.evaluation_periods);
  EXPECT_TRUE(p.monitoring.alarm_topic);
  EXPECT_EQ("ops@example.com", p.monitoring.alarm_email);
  EXPECT_TRUE(p.log_kms_encryption);
  ASSERT_EQ(1u, p.monitoring.extra_alarms.size());
  const ExtraAlarm& alarm = p.monitoring.extra_alarms[0];
  EXPECT_EQ("Throttled", alarm.id);
  EXPECT_EQ(AlarmScope::kKinesisStream, alarm.scope);
  EXPECT_EQ("WriteProvisionedThroughputExceeded", alarm.metric);
  EXPECT_EQ("Sum", alarm.statistic);
  EXPECT_EQ("GreaterThanOrEqualToThreshold", alarm.comparison);
  EXPECT_EQ(1.5, alarm.threshold);
  EXPECT_EQ(120, alarm.period_seconds);
  EXPECT_EQ(2, alarm.evaluation_periods);

  ASSERT_EQ(1u, config.stacks[0].suppressions.size());
  const Suppression& s = config.stacks[0].suppressions[0];
  EXPECT_EQ("CFN001", s.rule);
  EXPECT_EQ("reviewed by security", s.reason);
  EXPECT_EQ("Database", s.resource);
  EXPECT_EQ("every_key.yaml:81:9", s.location.ToString());
  ASSERT_EQ(2u, p.overrides.size());
  EXPECT_EQ("Replication/Task", p.overrides[0].resource);
  EXPECT_EQ("Properties.ResourceIdentifier", p.overrides[0].path);
  EXPECT_EQ("orders-task", p.overrides[0].value);
  EXPECT_TRUE(p.overrides[1].value.is_null());

  // The CloudFormation spellings of the stream mode are accepted too.
  EXPECT_EQ(StreamMode::kProvisioned, config.stacks[1].props.stream.mode);
  EXPECT_EQ(4, config.stacks[1].props.stream.shard_count);
  EXPECT_EQ(StreamMode::kOnDemand, config.stacks[2].props.stream.mode);
}

TEST(LoadConfigTest, JsonAndYamlGiveTheSameConfig) {
  // every_key.json is every_key.yaml converted by PyYAML, regenerate with:
  //   python3 -c "import yaml,json,sys; json.dump(yaml.safe_load(open(sys.argv[1])),
  //     open(sys.argv[2],'w'), indent=2)" every_key.yaml every_key.json
  PipelineConfig yaml =
      MustParse("every_key.yaml", testing::ReadSourceFile("tests/testdata/config/every_key.yaml"));
  PipelineConfig json =
      MustParse("every_key.json", testing::ReadSourceFile("tests/testdata/config/every_key.json"));
  ASSERT_EQ(yaml.stacks.size(), json.stacks.size());
  for (std::size_t i = 0; i < yaml.stacks.size(); ++i) {
    EXPECT_EQ(yaml.stacks[i].name, json.stacks[i].name);
    EXPECT_EQ(PrintProps(yaml.stacks[i].props), PrintProps(json.stacks[i].props));
    ASSERT_EQ(yaml.stacks[i].suppressions.size(), json.stacks[i].suppressions.size());
  }
  EXPECT_NE(PrintProps(PipelineStackProps{}), PrintProps(yaml.stacks[0].props));
}

TEST(LoadConfigTest, JsonSurrogatePairEscapesWork) {
  // Python's json.dumps writes non-BMP characters as surrogate pairs, which
  // yaml-cpp alone rejects; positions after them must stay exact.
  std::string text =
      "{\"stacks\": [{\"name\": \"Demo\", \"description\": \"a \\ud83d\\ude00 \\u00e9 "
      "\\\"q\\\"\", \"tags\": {\"k\": \"\\ud83d\\ude00\"}}]}";
  PipelineConfig config = MustParse("c.json", text);
  EXPECT_EQ("a \xF0\x9F\x98\x80 \xC3\xA9 \"q\"", config.stacks[0].props.stack.description);
  EXPECT_EQ("\xF0\x9F\x98\x80", config.stacks[0].props.stack.tags.at("k"));
  std::size_t tags = text.find("\"tags\"");
  EXPECT_EQ("c.json:1:" + std::to_string(tags + 1), config.LocationOf("stacks[0].tags").ToString());
  EXPECT_EQ("c.json:1:" + std::to_string(text.find("\"k\"") + 1),
            config.LocationOf("stacks[0].tags.k").ToString());
}

TEST(LoadConfigTest, LocationOfFallsBackToTheNearestAncestor) {
  PipelineConfig config = MustParse("c.yaml",
                                    "stacks:\n"
                                    "  - name: Demo\n"
                                    "    stream:\n"
                                    "      shardCount: 2\n");
  EXPECT_EQ("c.yaml:4:7", config.LocationOf("stacks[0].stream.shardCount").ToString());
  EXPECT_EQ("c.yaml:3:5", config.LocationOf("stacks[0].stream.name").ToString());
  EXPECT_EQ("c.yaml:2:5", config.LocationOf("stacks[0].vpc.cidr").ToString());
  EXPECT_EQ("c.yaml:1:1", config.LocationOf("stacks[7]").ToString());
  EXPECT_EQ("c.yaml:1:1", config.LocationOf("nothing.here").ToString());
}

TEST(LoadConfigTest, StringsMayBeQuotedOrPlainButNumbersAreNotStrings) {
  PipelineConfig config =
      MustParse("c.yaml", "stacks: [{name: \"Demo\", tags: {cost: \"1234\", 'x': !!str 5}}]\n");
  EXPECT_EQ("Demo", config.stacks[0].name);
  EXPECT_EQ("1234", config.stacks[0].props.stack.tags.at("cost"));
  EXPECT_EQ("5", config.stacks[0].props.stack.tags.at("x"));
}

TEST(LoadConfigTest, FindDefaultConfigPrefersYaml) {
  InMemoryFileSystem fs;
  EXPECT_FALSE(FindDefaultConfig(fs).ok());
  EXPECT_EQ(
      "no config file: looked for cdkpp.yaml, cdkpp.yml and cdkpp.json in the current "
      "directory (write one with `cdkpp init`, or pass -c FILE)",
      FindDefaultConfig(fs).diagnostics()[0].ToString());
  fs.Put("cdkpp.json", "{}");
  EXPECT_EQ("cdkpp.json", *FindDefaultConfig(fs));
  fs.Put("cdkpp.yml", "");
  EXPECT_EQ("cdkpp.yml", *FindDefaultConfig(fs));
  fs.Put("cdkpp.yaml", "");
  EXPECT_EQ("cdkpp.yaml", *FindDefaultConfig(fs));
}

TEST(LoadConfigTest, LoadReadsThroughTheFileSystem) {
  InMemoryFileSystem fs;
  fs.Put("p.yaml", "stacks: [{name: Demo}]\n");
  Result<PipelineConfig> config = LoadPipelineConfig("p.yaml", fs);
  ASSERT_TRUE(config.ok());
  EXPECT_EQ("p.yaml", config->file);
}

}  // namespace
}  // namespace cdkpp
