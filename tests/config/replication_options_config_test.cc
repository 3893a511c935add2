// Config errors of replication.serverless, replication.taskSettings,
// database.engine and overrides, as whole messages.
#include <gtest/gtest.h>

#include "cdkpp/config/build_app.h"
#include "cdkpp/config/load_config.h"
#include "support/synth_helpers.h"
#include "pipeline/override_targets.h"

namespace cdkpp {
namespace {

using testing::ConfigErrors;

TEST(ReplicationOptionsConfigTest, ServerlessExcludesTheInstanceKeys) {
  EXPECT_EQ(
      "c.yaml:4:7: stacks[0].replication.instanceClass: not allowed together with \"serverless\" "
      "(DMS Serverless has no replication instance)\n"
      "      instanceClass: dms.t3.small\n"
      "      ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    replication:\n"
             "      instanceClass: dms.t3.small\n"
             "      serverless: {minCapacity: 1, maxCapacity: 2}\n"));
}

TEST(ReplicationOptionsConfigTest, CapacitiesFromTheAllowedSetMaxAtLeastMin) {
  EXPECT_EQ(
      "c.yaml:5:9: stacks[0].replication.serverless.minCapacity: expected one of 1, 2, 4, 8, 16, "
      "32, 64, 128, 192, 256, 384, got 3\n"
      "        minCapacity: 3\n"
      "        ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    replication:\n"
             "      serverless:\n"
             "        minCapacity: 3\n"));
  EXPECT_EQ(
      "c.yaml:6:9: stacks[0].replication.serverless.maxCapacity: expected at least minCapacity "
      "(4), got 2\n"
      "        maxCapacity: 2\n"
      "        ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    replication:\n"
             "      serverless:\n"
             "        minCapacity: 4\n"
             "        maxCapacity: 2\n"));
}

TEST(ReplicationOptionsConfigTest, ServerlessAlarmsOnlyOnPublishedMetrics) {
  EXPECT_EQ(
      "c.yaml:9:11: stacks[0].monitoring.alarms[0].metric: expected a metric DMS Serverless "
      "publishes (CDCIncomingChanges, CDCLatencySource, CDCLatencyTarget, "
      "CDCThroughputBandwidthTarget, CDCThroughputRowsSource, CDCThroughputRowsTarget, "
      "CapacityUtilization, FullLoadThroughputBandwidthTarget, FullLoadThroughputRowsTarget), "
      "got \"CDCChangesDiskSource\"\n"
      "          metric: CDCChangesDiskSource\n"
      "          ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    replication:\n"
             "      serverless: {minCapacity: 1, maxCapacity: 2}\n"
             "    monitoring:\n"
             "      alarms:\n"
             "        - id: Disk\n"
             "          scope: dms-task\n"
             "          metric: CDCChangesDiskSource\n"
             "          threshold: 1\n"));
}

TEST(ReplicationOptionsConfigTest, TaskSettingsAreSectionsAndKeepLogging) {
  EXPECT_EQ(
      "c.yaml:4:7: stacks[0].replication.taskSettings: expected DMS task-settings sections "
      "(BeforeImageSettings, ChangeProcessingDdlHandlingPolicy, ChangeProcessingTuning, "
      "CharacterSetSettings, ControlTablesSettings, ErrorBehavior, "
      "FailTaskWhenCleanTaskResourceFailed, FullLoadSettings, Logging, "
      "LoopbackPreventionSettings, PostProcessingRules, StreamBufferSettings, TTSettings, "
      "TargetMetadata, ValidationSettings), got \"Loging\"\n"
      "      taskSettings:\n"
      "      ^\n"
      "c.yaml:6:19: stacks[0].replication.taskSettings.Logging.EnableLogging: expected true (the "
      "task log group and the alarms rely on task logs), got false\n"
      "        Logging: {EnableLogging: false}\n"
      "                  ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    replication:\n"
             "      taskSettings:\n"
             "        Loging: {}\n"
             "        Logging: {EnableLogging: false}\n"));
  EXPECT_EQ(
      "c.yaml:3:19: stacks[0].replication.taskSettings: expected a mapping, got 3\n"
      "    replication: {taskSettings: 3}\n"
      "                  ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    replication: {taskSettings: 3}\n"));
}

TEST(ReplicationOptionsConfigTest, AuroraNeedsAuroraClassAndVersion) {
  EXPECT_EQ(
      "c.yaml:3:5: stacks[0].database.instanceClass: expected an Aurora MySQL instance class like "
      "db.t4g.medium, db.r6g.large or db.serverless (Aurora has no micro or small classes), got "
      "\"db.t3.micro\"\n"
      "    database: {engine: aurora-mysql, engineVersion: \"8.0.mysql_aurora.3.08.0\"}\n"
      "    ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    database: {engine: aurora-mysql, engineVersion: \"8.0.mysql_aurora.3.08.0\"}\n"));
}

TEST(ReplicationOptionsConfigTest, OverridePathsAndValues) {
  EXPECT_EQ(
      "c.yaml:4:38: stacks[0].overrides[0].path: expected a dotted path with [i] for list items, "
      "e.g. Properties.MigrationType, got \"Properties..X\"\n"
      "      - {resource: Replication/Task, path: \"Properties..X\", value: 1}\n"
      "                                     ^\n"
      "c.yaml:5:9: stacks[0].overrides[1]: missing required key \"value\"\n"
      "      - {resource: Replication/Task, path: Properties.X}\n"
      "        ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    overrides:\n"
             "      - {resource: Replication/Task, path: \"Properties..X\", value: 1}\n"
             "      - {resource: Replication/Task, path: Properties.X}\n"));
}

TEST(ReplicationOptionsConfigTest, AnOverrideMustNameAResourceOfItsStack) {
  Result<PipelineConfig> config = ParsePipelineConfig(
      "c.yaml",
      "stacks:\n"
      "  - name: Demo\n"
      "    stream: {existing: {arn: 'arn:aws:kinesis:eu-west-1:123456789012:stream/s'}}\n"
      "    overrides:\n"
      "      - {resource: Replication/Task, path: Properties.MigrationType, value: full-load}\n"
      "      - {resource: Stream, path: Properties.ShardCount, value: 2}\n");
  ASSERT_TRUE(config.ok()) << config.diagnostics()[0].ToString();
  std::unique_ptr<App> app = BuildApp(*config);
  std::string out;
  for (const Diagnostic& d : internal::CheckOverrideTargets(*config, *app)) {
    out += d.ToString() + "\n";
  }
  // The stream exists already: the stack has no Stream resource to override.
  EXPECT_EQ(
      "c.yaml:6:10: stacks[0].overrides[1].resource: expected a construct path below the stack "
      "(e.g. Replication/Task) or a logical id of one of its resources, got \"Stream\"\n",
      out);
}

}  // namespace
}  // namespace cdkpp
