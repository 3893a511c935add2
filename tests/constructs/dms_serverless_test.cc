// DMS Serverless: a replication config instead of an instance and a task,
// with the log group and metric dimensions DMS Serverless uses.
#include <gtest/gtest.h>

#include <algorithm>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

Json SynthServerless(PipelineStackProps props = {}) {
  props.replication.serverless = DmsServerlessProps{2, 16};
  props.replication.migration_type = MigrationType::kFullLoadAndCdc;
  App app;
  New<PipelineStack>(app, "Demo", props);
  return testing::SynthTemplate(app);
}

TEST(DmsServerlessTest, ReplicationConfigReplacesInstanceAndTask) {
  Json t = SynthServerless();
  EXPECT_TRUE(testing::ResourcesOfType(t, "AWS::DMS::ReplicationInstance").empty());
  EXPECT_TRUE(testing::ResourcesOfType(t, "AWS::DMS::ReplicationTask").empty());
  Json config = testing::OnlyResource(t, "AWS::DMS::ReplicationConfig");
  Json p = config["Properties"];
  EXPECT_EQ(2, p["ComputeConfig"]["MinCapacityUnits"]);
  EXPECT_EQ(16, p["ComputeConfig"]["MaxCapacityUnits"]);
  EXPECT_EQ(Json::parse(R"({"Ref":"ReplicationSubnetGroupE261D8CE"})"),
            p["ComputeConfig"]["ReplicationSubnetGroupId"]);
  EXPECT_EQ(Json::parse(R"([{"Fn::GetAtt":["ReplicationSecurityGroupCF2DF018","GroupId"]}])"),
            p["ComputeConfig"]["VpcSecurityGroupIds"]);
  EXPECT_EQ("full-load-and-cdc", p["ReplicationType"]);
  EXPECT_EQ("mysql-cdc-replication", p["ResourceIdentifier"]);
  EXPECT_EQ("mysql-cdc-replication", p["ReplicationConfigIdentifier"]);
  // JSON objects here, not strings as on a task.
  EXPECT_EQ(true, p["ReplicationSettings"]["Logging"]["EnableLogging"]);
  EXPECT_EQ("mydb", p["TableMappings"]["rules"][0]["object-locator"]["schema-name"]);
  EXPECT_EQ(Json::parse(R"({"Ref":"ReplicationSourceEndpoint8C02A10A"})"), p["SourceEndpointArn"]);
  std::string log_group = testing::LogicalIdByPath(t, "Replication/LogGroup");
  EXPECT_NE(config["DependsOn"].end(),
            std::find(config["DependsOn"].begin(), config["DependsOn"].end(), log_group));
  EXPECT_TRUE(t["Outputs"].contains("ReplicationConfigArn"));
  EXPECT_FALSE(t["Outputs"].contains("ReplicationTaskArn"));
}

TEST(DmsServerlessTest, LogGroupAndAlarmsUseTheNamesDmsServerlessUses) {
  Json t = SynthServerless();
  Json group = t["Resources"][testing::LogicalIdByPath(t, "Replication/LogGroup")];
  EXPECT_EQ("dms-serverless-replication-mysql-cdc-replication",
            group["Properties"]["LogGroupName"]);
  Json alarm = t["Resources"][testing::LogicalIdByPath(t, "Monitoring/CDCLatencySource")];
  EXPECT_EQ(Json::parse(R"([{"Name":"ReplicationConfigId",
      "Value":{"Fn::Sub":"${AWS::AccountId}:mysql-cdc-replication"}}])"),
            alarm["Properties"]["Dimensions"]);
  EXPECT_EQ("AWS/DMS", alarm["Properties"]["Namespace"]);
}

TEST(DmsServerlessTest, CapacityRules) {
  DmsServerlessProps props{4, 2};
  EXPECT_EQ((std::vector<std::string>{"max_capacity: expected at least minCapacity (4), got 2"}),
            testing::ValidationMessages(props));
  props = {3, 500};
  EXPECT_EQ((std::vector<std::string>{
                "min_capacity: expected one of 1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384, got 3",
                "max_capacity: expected one of 1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384, got 500"}),
            testing::ValidationMessages(props));
}

TEST(DmsServerlessTest, InstanceAlarmsAreRefused) {
  PipelineStackProps props;
  props.replication.serverless = DmsServerlessProps{};
  props.monitoring.extra_alarms = {
      {"Cpu", AlarmScope::kDmsInstance, "CPUUtilization", "Maximum", "GreaterThanThreshold", 90,
       60, 5}};
  std::vector<std::string> problems;
  for (const auto& d : props.ValidateWiring()) problems.push_back(d.key_path + ": " + d.message);
  EXPECT_EQ((std::vector<std::string>{
                "monitoring.extra_alarms[0].scope: expected dms-task or kinesis-stream (DMS "
                "Serverless has no replication instance), got dms-instance"}),
            problems);
}

TEST(DmsServerlessTest, TaskAlarmsOnlyOnTheMetricsDmsServerlessPublishes) {
  // The table "AWS DMS serverless replication metrics" (docs/dms-serverless.md).
  EXPECT_EQ((std::vector<std::string>{
                "CDCIncomingChanges", "CDCLatencySource", "CDCLatencyTarget",
                "CDCThroughputBandwidthTarget", "CDCThroughputRowsSource",
                "CDCThroughputRowsTarget", "CapacityUtilization",
                "FullLoadThroughputBandwidthTarget", "FullLoadThroughputRowsTarget"}),
            DmsServerlessMetricNames());
  PipelineStackProps props;
  props.replication.serverless = DmsServerlessProps{};
  props.monitoring.extra_alarms = {
      {"Full", AlarmScope::kDmsTask, "CapacityUtilization", "Maximum", "GreaterThanThreshold", 90,
       60, 5},
      {"Disk", AlarmScope::kDmsTask, "CDCChangesDiskSource", "Maximum", "GreaterThanThreshold",
       1, 60, 5},
      {"Put", AlarmScope::kKinesisStream, "PutRecords.Latency", "Average",
       "GreaterThanThreshold", 1, 60, 5}};
  std::vector<std::string> problems;
  for (const auto& d : props.ValidateWiring()) problems.push_back(d.key_path + ": " + d.message);
  EXPECT_EQ((std::vector<std::string>{
                "monitoring.extra_alarms[1].metric: expected a metric DMS Serverless publishes "
                "(CDCIncomingChanges, CDCLatencySource, CDCLatencyTarget, "
                "CDCThroughputBandwidthTarget, CDCThroughputRowsSource, CDCThroughputRowsTarget, "
                "CapacityUtilization, FullLoadThroughputBandwidthTarget, "
                "FullLoadThroughputRowsTarget), got \"CDCChangesDiskSource\""}),
            problems);
  // The accepted one is an alarm on the config's dimension.
  props.monitoring.extra_alarms.erase(props.monitoring.extra_alarms.begin() + 1);
  App app;
  New<PipelineStack>(app, "Demo", props);
  Json t = testing::SynthTemplate(app);
  Json full = t["Resources"][testing::LogicalIdByPath(t, "Monitoring/Full")]["Properties"];
  EXPECT_EQ("CapacityUtilization", full["MetricName"]);
  EXPECT_EQ("ReplicationConfigId", full["Dimensions"][0]["Name"]);
}

TEST(DmsReplicationOptionsTest, KinesisSettingsAreWrittenWhenOn) {
  PipelineStackProps props;
  props.replication.kinesis.include_transaction_details = true;
  props.replication.kinesis.partition_include_schema_table = true;
  App app;
  New<PipelineStack>(app, "Demo", props);
  Json t = testing::SynthTemplate(app);
  Json settings = t["Resources"][testing::LogicalIdByPath(t, "Replication/TargetEndpoint")]
                   ["Properties"]["KinesisSettings"];
  std::vector<std::string> keys;
  for (const auto& [key, value] : settings.items()) keys.push_back(key);
  EXPECT_EQ((std::vector<std::string>{"IncludeTransactionDetails", "MessageFormat",
                                      "PartitionIncludeSchemaTable", "ServiceAccessRoleArn",
                                      "StreamArn"}),
            keys);
  EXPECT_EQ(true, settings["IncludeTransactionDetails"]);
}

TEST(DmsReplicationOptionsTest, TaskSettingsAreDeepMerged) {
  PipelineStackProps props;
  props.replication.task_settings = Json::parse(
      R"({"Logging":{"LogComponents":[{"Id":"SOURCE_CAPTURE","Severity":"LOGGER_SEVERITY_DEBUG"}]},
          "ErrorBehavior":{"DataErrorPolicy":"STOP_TASK"}})");
  App app;
  New<PipelineStack>(app, "Demo", props);
  Json t = testing::SynthTemplate(app);
  Json task = testing::OnlyResource(t, "AWS::DMS::ReplicationTask")["Properties"];
  Json settings = Json::parse(task["ReplicationTaskSettings"].get<std::string>());
  EXPECT_EQ(true, settings["Logging"]["EnableLogging"]);
  EXPECT_EQ(1u, settings["Logging"]["LogComponents"].size());
  EXPECT_EQ("STOP_TASK", settings["ErrorBehavior"]["DataErrorPolicy"]);
}

TEST(DmsReplicationOptionsTest, TaskSettingsRules) {
  DmsReplicationProps props;
  props.task_settings = Json::parse(
      R"({"Logging":{"EnableLogging":false,"CloudWatchLogGroup":"x"},"Loging":{},
          "TargetMetadata":3})");
  std::vector<std::string> problems = testing::ValidationMessages(props);
  EXPECT_EQ((std::vector<std::string>{
                "task_settings: expected DMS task-settings sections (BeforeImageSettings, "
                "ChangeProcessingDdlHandlingPolicy, ChangeProcessingTuning, CharacterSetSettings, "
                "ControlTablesSettings, ErrorBehavior, FailTaskWhenCleanTaskResourceFailed, "
                "FullLoadSettings, Logging, LoopbackPreventionSettings, PostProcessingRules, "
                "StreamBufferSettings, TTSettings, TargetMetadata, ValidationSettings), got "
                "\"Loging\"",
                "task_settings.TargetMetadata: expected a mapping, got 3",
                "task_settings.Logging.EnableLogging: expected true (the task log group and the "
                "alarms rely on task logs), got false",
                "task_settings.Logging.CloudWatchLogGroup: expected no log group or stream (DMS "
                "names them and refuses them on create), got \"x\""}),
            problems);
}

TEST(PipelineOverridesTest, ByPathOrLogicalIdAndUnknownIsAnError) {
  PipelineStackProps props;
  props.overrides = {{"Replication/Task", "Properties.MigrationType", "full-load-and-cdc"},
                     {"Stream790BDEE4", "Properties.RetentionPeriodHours", 48}};
  {
    App app;
    New<PipelineStack>(app, "Demo", props);
    Json t = testing::SynthTemplate(app);
    EXPECT_EQ("full-load-and-cdc",
              testing::OnlyResource(t, "AWS::DMS::ReplicationTask")["Properties"]["MigrationType"]);
  }
  props.overrides.push_back({"Replication/Nothing", "Properties.X", 1});
  App app;
  New<PipelineStack>(app, "Demo", props);
  std::vector<std::string> errors = testing::SynthErrors(app);
  ASSERT_EQ(1u, errors.size());
  EXPECT_NE(std::string::npos,
            errors[0].find("overrides[2].resource: expected a construct path below the stack or "
                           "a logical id of one of its resources, got \"Replication/Nothing\""))
      << errors[0];
}

}  // namespace
}  // namespace cdkpp
