// NetworkStack exports its VPC; a PipelineStack with vpc_from_stack uses it
// through Fn::ImportValue (ImportedVpc) and creates no network resource.
#include "cdkpp/constructs/network_stack.h"

#include <gtest/gtest.h>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

Json ImportOf(const std::string& name) { return Json{{"Fn::ImportValue", name}}; }

TEST(NetworkStackTest, ExportsTheVpcUnderNamesDerivedFromTheStackName) {
  App app;
  NetworkStackProps props;
  props.vpc.max_azs = 3;
  New<NetworkStack>(app, "Net", props);
  Json t = testing::SynthTemplate(app);
  EXPECT_EQ(1u, testing::ResourcesOfType(t, "AWS::EC2::VPC").size());
  EXPECT_EQ(6u, testing::ResourcesOfType(t, "AWS::EC2::Subnet").size());
  EXPECT_TRUE(testing::ResourcesOfType(t, "AWS::EC2::VPCEndpoint").empty());
  std::vector<std::string> exported;
  for (const auto& [id, output] : t["Outputs"].items()) {
    exported.push_back(output["Export"]["Name"].get<std::string>());
  }
  EXPECT_EQ((std::vector<std::string>{"Net-VpcId", "Net-VpcCidr", "Net-PrivateSubnet1Id",
                                      "Net-PrivateSubnet2Id", "Net-PrivateSubnet3Id",
                                      "Net-PublicSubnet1Id", "Net-PublicSubnet2Id",
                                      "Net-PublicSubnet3Id"}),
            exported);
  EXPECT_EQ(NetworkExportNames("Net", 3).All(), exported);
  std::string vpc = testing::LogicalIdByPath(t, "Net/VPC/Resource");
  EXPECT_EQ(Json({{"Ref", vpc}}), t["Outputs"]["VpcId"]["Value"]);
}

TEST(NetworkStackTest, EndpointsServeWhatDmsCallsFromThePrivateSubnets) {
  App app;
  NetworkStackProps props;
  props.endpoints = true;
  New<NetworkStack>(app, "Net", props);
  Json t = testing::SynthTemplate(app);
  std::vector<Json> endpoints = testing::ResourcesOfType(t, "AWS::EC2::VPCEndpoint");
  EXPECT_EQ(2u, endpoints.size());
}

TEST(NetworkStackTest, APipelineFromTheStackImportsItsVpcAndCreatesNoNetwork) {
  App app;
  auto& network = New<NetworkStack>(app, "Net");
  PipelineStackProps props;
  props.vpc_from_stack = "Net";
  auto& pipeline = New<PipelineStack>(app, "Orders", props);
  EXPECT_EQ(std::vector<std::string>{"Net"}, pipeline.dependencies());
  EXPECT_TRUE(network.dependencies().empty());
  Json t = testing::SynthTemplate(app, "Orders");
  for (const auto& [id, resource] : t["Resources"].items()) {
    std::string type = resource["Type"];
    bool network_like = type == "AWS::EC2::VPC" || type == "AWS::EC2::Subnet" ||
                        type == "AWS::EC2::InternetGateway" || type == "AWS::EC2::NatGateway" ||
                        type == "AWS::EC2::RouteTable" || type == "AWS::EC2::Route" ||
                        type == "AWS::EC2::VPCEndpoint" || type == "AWS::EC2::FlowLog";
    EXPECT_FALSE(network_like) << id << " " << type;
  }
  Json group = testing::OnlyResource(t, "AWS::DMS::ReplicationSubnetGroup")["Properties"];
  EXPECT_EQ(Json::array({ImportOf("Net-PrivateSubnet1Id"), ImportOf("Net-PrivateSubnet2Id")}),
            group["SubnetIds"]);
  Json db_group = testing::OnlyResource(t, "AWS::RDS::DBSubnetGroup")["Properties"];
  EXPECT_EQ(Json::array({ImportOf("Net-PrivateSubnet1Id"), ImportOf("Net-PrivateSubnet2Id")}),
            db_group["SubnetIds"]);
  for (const Json& sg : testing::ResourcesOfType(t, "AWS::EC2::SecurityGroup")) {
    EXPECT_EQ(ImportOf("Net-VpcId"), sg["Properties"]["VpcId"]);
  }
}

TEST(NetworkStackTest, AFromStackNamingNoNetworkStackIsAnError) {
  App app;
  PipelineStackProps props;
  props.vpc_from_stack = "Net";
  New<PipelineStack>(app, "Orders", props);
  EXPECT_EQ(std::vector<std::string>{"While synthesizing Orders: vpc_from_stack: expected the "
                                     "name of a network stack added to the app before this "
                                     "stack, got \"Net\""},
            testing::SynthErrors(app));
}

}  // namespace
}  // namespace cdkpp
