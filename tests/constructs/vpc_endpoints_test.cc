#include "cdkpp/constructs/vpc_endpoints.h"

#include <gtest/gtest.h>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

using testing::SynthPipeline;

std::vector<std::string> ServiceNames(const Json& t) {
  std::vector<std::string> out;
  for (const auto& e : testing::ResourcesOfType(t, "AWS::EC2::VPCEndpoint")) {
    out.push_back(e["Properties"]["ServiceName"]["Fn::Sub"]);
  }
  return out;
}

TEST(VpcEndpointsTest, DmsServicesAndSsmWithABastion) {
  PipelineStackProps props;
  props.vpc_endpoints = true;
  EXPECT_EQ((std::vector<std::string>{"com.amazonaws.${AWS::Region}.kinesis-streams",
                                      "com.amazonaws.${AWS::Region}.secretsmanager"}),
            ServiceNames(SynthPipeline(props)));
  props.bastion = true;
  EXPECT_EQ(
      (std::vector<std::string>{
          "com.amazonaws.${AWS::Region}.kinesis-streams",
          "com.amazonaws.${AWS::Region}.secretsmanager", "com.amazonaws.${AWS::Region}.ssm",
          "com.amazonaws.${AWS::Region}.ssmmessages", "com.amazonaws.${AWS::Region}.ec2messages"}),
      ServiceNames(SynthPipeline(props)));
}

TEST(VpcEndpointsTest, InterfaceWithPrivateDnsInThePrivateSubnets) {
  PipelineStackProps props;
  props.vpc_endpoints = true;
  Json t = SynthPipeline(props);
  std::string sg = testing::LogicalIdByPath(t, "Endpoints/SecurityGroup");
  for (const auto& e : testing::ResourcesOfType(t, "AWS::EC2::VPCEndpoint")) {
    const Json& p = e["Properties"];
    EXPECT_EQ("Interface", p["VpcEndpointType"]);
    EXPECT_EQ(true, p["PrivateDnsEnabled"]);
    EXPECT_EQ(Json::parse(R"([{"Fn::GetAtt": [")" + sg + R"(", "GroupId"]}])"),
              p["SecurityGroupIds"]);
    EXPECT_EQ(
        Json::parse(R"([{"Ref": ")" + testing::LogicalIdByPath(t, "VPC/PrivateSubnet1/Subnet") +
                    R"("}, {"Ref": ")" + testing::LogicalIdByPath(t, "VPC/PrivateSubnet2/Subnet") +
                    R"("}])"),
        p["SubnetIds"]);
  }
  Json ingress = t["Resources"][sg]["Properties"]["SecurityGroupIngress"];
  ASSERT_EQ(1u, ingress.size());
  EXPECT_EQ("172.16.0.0/16", ingress[0]["CidrIp"]);
  EXPECT_EQ(443, ingress[0]["FromPort"]);
  EXPECT_EQ(443, ingress[0]["ToPort"]);
}

TEST(VpcEndpointsTest, ConstructIdsFromServiceNames) {
  EXPECT_EQ("KinesisStreams", EndpointConstructId("kinesis-streams"));
  EXPECT_EQ("Ssmmessages", EndpointConstructId("ssmmessages"));
}

}  // namespace
}  // namespace cdkpp
