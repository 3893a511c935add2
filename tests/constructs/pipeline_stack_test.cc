#include "cdkpp/constructs/pipeline_stack.h"

#include <gtest/gtest.h>

#include "cdkpp/core/app.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

TEST(PipelineStackTest, OutputsWhatUsersNeedAfterDeploy) {
  App app;
  New<PipelineStack>(app, "Demo");
  Json t = testing::SynthTemplate(app);
  std::vector<std::string> outputs;
  for (const auto& [id, output] : t["Outputs"].items()) outputs.push_back(id);
  EXPECT_EQ((std::vector<std::string>{"DatabaseEndpoint", "DatabasePort", "DatabaseSecretArn",
                                      "StreamName", "StreamArn", "ReplicationTaskArn",
                                      "DmsLogGroupName", "AlarmTopicArn"}),
            outputs);
  EXPECT_EQ(Json::parse(R"({"Fn::GetAtt":["DatabaseB269D8BB","Endpoint.Address"]})"),
            t["Outputs"]["DatabaseEndpoint"]["Value"]);
  EXPECT_EQ("MySQL to Kinesis CDC pipeline with AWS DMS", t["Description"]);
}

TEST(PipelineStackTest, LogKmsEncryptionCoversEveryLogGroup) {
  PipelineStackProps props;
  props.log_kms_encryption = true;
  props.vpc.flow_logs = true;
  App app;
  New<PipelineStack>(app, "Demo", props);
  Json t = testing::SynthTemplate(app);
  Json key = testing::OnlyResource(t, "AWS::KMS::Key");
  EXPECT_EQ(true, key["Properties"]["EnableKeyRotation"]);
  auto groups = testing::ResourcesOfType(t, "AWS::Logs::LogGroup");
  ASSERT_EQ(2u, groups.size());
  for (const auto& group : groups) {
    EXPECT_EQ(Json::parse(R"({"Fn::GetAtt":["LogKey","Arn"]})"), group["Properties"]["KmsKeyId"]);
  }
}

TEST(PipelineStackTest, StackTagsReachTaggableResources) {
  PipelineStackProps props;
  props.stack.tags = {{"cost-center", "42"}};
  App app;
  New<PipelineStack>(app, "Demo", props);
  Json t = testing::SynthTemplate(app);
  Json stream = testing::OnlyResource(t, "AWS::Kinesis::Stream");
  EXPECT_EQ(Json::parse(R"([{"Key":"cost-center","Value":"42"}])"), stream["Properties"]["Tags"]);
  Json route_assoc = testing::ResourcesOfType(t, "AWS::EC2::SubnetRouteTableAssociation")[0];
  EXPECT_FALSE(route_assoc["Properties"].contains("Tags"));
}

}  // namespace
}  // namespace cdkpp
