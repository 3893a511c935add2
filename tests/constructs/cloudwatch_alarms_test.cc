#include "cdkpp/constructs/cloudwatch_alarms.h"

#include <gtest/gtest.h>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

using testing::SynthPipeline;

TEST(CloudWatchAlarmsTest, LatencyAlarmsOnBothSidesWithRealDimensions) {
  Json t = SynthPipeline({});
  std::string task = testing::LogicalIdByPath(t, "Replication/Task");
  Json expected_dimensions = Json::parse(R"([
      {"Name": "ReplicationInstanceIdentifier", "Value": "mysql-cdc-replication"},
      {"Name": "ReplicationTaskIdentifier",
       "Value": {"Fn::Select": [6, {"Fn::Split": [":", {"Ref": "ReplicationTask86DF862E"}]}]}}])");
  EXPECT_EQ("ReplicationTask86DF862E", task);
  for (const char* metric : {"CDCLatencySource", "CDCLatencyTarget"}) {
    Json alarm = t["Resources"][testing::LogicalIdByPath(t, std::string("Monitoring/") + metric)];
    EXPECT_EQ(metric, alarm["Properties"]["MetricName"]);
    EXPECT_EQ("AWS/DMS", alarm["Properties"]["Namespace"]);
    EXPECT_EQ(300, alarm["Properties"]["Threshold"]);
    EXPECT_EQ(expected_dimensions, alarm["Properties"]["Dimensions"]);
    EXPECT_EQ(1u, alarm["Properties"]["AlarmActions"].size());
  }
}

TEST(CloudWatchAlarmsTest, EmailSubscribesToTheTopic) {
  PipelineStackProps props;
  props.monitoring.alarm_email = "oncall@example.com";
  props.monitoring.replication_lag_seconds = 120;
  Json t = SynthPipeline(props);
  Json subscription = testing::OnlyResource(t, "AWS::SNS::Subscription");
  EXPECT_EQ("oncall@example.com", subscription["Properties"]["Endpoint"]);
  EXPECT_EQ("email", subscription["Properties"]["Protocol"]);
  EXPECT_EQ(120, t["Resources"][testing::LogicalIdByPath(t, "Monitoring/CDCLatencySource")]
                  ["Properties"]["Threshold"]);
}

TEST(CloudWatchAlarmsTest, NoTopicMeansNoActions) {
  PipelineStackProps props;
  props.monitoring.alarm_topic = false;
  Json t = SynthPipeline(props);
  EXPECT_EQ(0u, testing::ResourcesOfType(t, "AWS::SNS::Topic").size());
  for (const auto& alarm : testing::ResourcesOfType(t, "AWS::CloudWatch::Alarm")) {
    EXPECT_FALSE(alarm["Properties"].contains("AlarmActions"));
  }
  EXPECT_FALSE(t["Outputs"].contains("AlarmTopicArn"));
}

TEST(CloudWatchAlarmsTest, ExtraAlarmsGetTheirScopesDimensions) {
  PipelineStackProps props;
  props.monitoring.extra_alarms = {
      {"ThroughputWrites", AlarmScope::kKinesisStream, "WriteProvisionedThroughputExceeded", "Sum",
       "GreaterThanThreshold", 0.5, 300, 1}};
  Json t = SynthPipeline(props);
  Json alarm = t["Resources"][testing::LogicalIdByPath(t, "Monitoring/ThroughputWrites")]["Properties"];
  EXPECT_EQ("AWS/Kinesis", alarm["Namespace"]);
  EXPECT_EQ(0.5, alarm["Threshold"]);
  EXPECT_EQ("WriteProvisionedThroughputExceeded GreaterThanThreshold 0.5", alarm["AlarmDescription"]);
  EXPECT_EQ(Json::parse(R"([{"Name":"StreamName","Value":{"Ref":"Stream790BDEE4"}}])"), alarm["Dimensions"]);
}

TEST(CloudWatchAlarmsTest, Validation) {
  CloudWatchAlarmsProps props;
  props.period_seconds = 45;
  props.alarm_email = "not-an-address";
  props.extra_alarms = {{"A", AlarmScope::kDmsTask, "X", "Median", "Above", 1, 60, 1},
                        {"A", AlarmScope::kDmsTask, "Y", "Sum", "GreaterThanThreshold", 1, 60, 1}};
  std::vector<std::string> problems = testing::ValidationMessages(props);
  EXPECT_EQ((std::vector<std::string>{
                "period_seconds: expected 10, 30 or a multiple of 60 seconds, got 45",
                "alarm_email: expected an e-mail address, got \"not-an-address\"",
                "extra_alarms[0].statistic: expected one of Average, Maximum, Minimum, SampleCount, Sum, "
                "got \"Median\"",
                "extra_alarms[0].comparison: expected one of GreaterThanOrEqualToThreshold, "
                "GreaterThanThreshold, LessThanOrEqualToThreshold, LessThanThreshold, got \"Above\"",
                "extra_alarms[1].id: expected an id no other alarm has, got \"A\""}),
            problems);
}

}  // namespace
}  // namespace cdkpp
