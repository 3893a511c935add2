#include "cdkpp/constructs/bastion.h"

#include <gtest/gtest.h>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

using testing::SynthPipeline;

PipelineStackProps WithBastion() {
  PipelineStackProps props;
  props.bastion = true;
  return props;
}

TEST(BastionTest, ReachedOnlyThroughSessionManager) {
  Json t = SynthPipeline(WithBastion());
  Json instance = testing::OnlyResource(t, "AWS::EC2::Instance")["Properties"];
  EXPECT_FALSE(instance.contains("KeyName"));
  EXPECT_EQ("t4g.nano", instance["InstanceType"]);
  EXPECT_EQ(Json::parse(R"({"DeleteOnTermination": true, "Encrypted": true, "VolumeSize": 8,
                            "VolumeType": "gp3"})"),
            instance["BlockDeviceMappings"][0]["Ebs"]);
  std::string image = instance["ImageId"]["Ref"];  // a template parameter
  EXPECT_EQ("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", t["Parameters"][image]["Type"]);
  EXPECT_EQ("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64",
            t["Parameters"][image]["Default"]);
  Json metadata = testing::OnlyResource(
      t, "AWS::EC2::LaunchTemplate")["Properties"]["LaunchTemplateData"]["MetadataOptions"];
  EXPECT_EQ("required", metadata["HttpTokens"]);  // IMDSv2
  Json private_subnet = Json::parse(
      R"({"Ref": ")" + testing::LogicalIdByPath(t, "VPC/PrivateSubnet1/Subnet") + R"("})");
  EXPECT_EQ(private_subnet, instance["SubnetId"]);
}

TEST(BastionTest, NoInboundRuleAndTheDatabaseAdmitsIt) {
  Json t = SynthPipeline(WithBastion());
  std::string sg = testing::LogicalIdByPath(t, "Bastion/SecurityGroup");
  EXPECT_FALSE(t["Resources"][sg]["Properties"].contains("SecurityGroupIngress"));
  std::string db_sg = testing::LogicalIdByPath(t, "Database/SecurityGroup");
  bool admitted = false;
  for (const auto& r : t["Resources"]) {
    if (r["Type"] != "AWS::EC2::SecurityGroupIngress") continue;
    const Json& p = r["Properties"];
    if (p["GroupId"] == Json::parse(R"({"Fn::GetAtt": [")" + db_sg + R"(", "GroupId"]})") &&
        p["SourceSecurityGroupId"] ==
            Json::parse(R"({"Fn::GetAtt": [")" + sg + R"(", "GroupId"]})") &&
        p["FromPort"] == 3306) {
      admitted = true;
    }
  }
  EXPECT_TRUE(admitted);
  EXPECT_EQ(Json::parse(R"({"Ref": ")" + testing::LogicalIdByPath(t, "Bastion/Resource") + R"("})"),
            t["Outputs"]["BastionInstanceId"]["Value"]);
}

TEST(BastionTest, RoleAllowsOnlySessionManager) {
  Json t = SynthPipeline(WithBastion());
  Json role = t["Resources"][testing::LogicalIdByPath(t, "Bastion/Role")]["Properties"];
  EXPECT_FALSE(role.contains("ManagedPolicyArns"));
  std::string actions;
  for (const auto& s : role["Policies"][0]["PolicyDocument"]["Statement"]) {
    actions += s["Action"].dump();
  }
  EXPECT_EQ(R"(["ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel",)"
            R"("ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"])"
            R"("ssm:UpdateInstanceInformation")",
            actions);
}

TEST(BastionTest, NoneByDefault) {
  Json t = SynthPipeline({});
  EXPECT_TRUE(testing::ResourcesOfType(t, "AWS::EC2::Instance").empty());
  EXPECT_FALSE(t.contains("Parameters"));
}

}  // namespace
}  // namespace cdkpp
