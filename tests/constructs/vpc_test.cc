#include "cdkpp/constructs/vpc.h"

#include <gtest/gtest.h>

#include "cdkpp/core/app.h"
#include "cdkpp/core/stack.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

Json SynthVpc(VpcProps props) {
  App app;
  New<Vpc>(New<Stack>(app, "S"), "VPC", props);
  return testing::SynthTemplate(app);
}

std::vector<std::string> SubnetCidrs(const Json& t) {
  std::vector<std::string> out;
  for (const auto& s : testing::ResourcesOfType(t, "AWS::EC2::Subnet")) {
    out.push_back(s["Properties"]["CidrBlock"]);
  }
  return out;
}

TEST(VpcTest, DefaultLayoutMatchesCdk) {
  Json t = SynthVpc({});
  EXPECT_EQ((std::vector<std::string>{"172.16.0.0/18", "172.16.64.0/18", "172.16.128.0/18",
                                      "172.16.192.0/18"}),
            SubnetCidrs(t));
  // AWS CDK's own logical ids for the same construct tree.
  EXPECT_TRUE(t["Resources"].contains("VPCPublicSubnet1DefaultRoute91CEF279"));
  EXPECT_TRUE(t["Resources"].contains("VPCB9E5F0B4"));
  EXPECT_EQ(1u, testing::ResourcesOfType(t, "AWS::EC2::NatGateway").size());
  EXPECT_EQ(4u, testing::ResourcesOfType(t, "AWS::EC2::Route").size());
  Json vpc = testing::OnlyResource(t, "AWS::EC2::VPC");
  EXPECT_EQ(true, vpc["Properties"]["EnableDnsHostnames"]);
  EXPECT_EQ(Json::parse(R"({"Fn::Select":[1,{"Fn::GetAZs":""}]})"),
            t["Resources"]["VPCPublicSubnet2Subnet74179F39"]["Properties"]["AvailabilityZone"]);
}

TEST(VpcTest, PublicRoutesWaitForTheGatewayAttachment) {
  Json t = SynthVpc({});
  EXPECT_EQ(Json::parse(R"(["VPCVPCGW99B986DC"])"),
            t["Resources"]["VPCPublicSubnet1DefaultRoute91CEF279"]["DependsOn"]);
}

TEST(VpcTest, ThreeZonesSplitIntoEighths) {
  VpcProps props;
  props.cidr = "10.20.0.0/16";
  props.max_azs = 3;
  props.nat_gateways = 3;
  Json t = SynthVpc(props);
  EXPECT_EQ((std::vector<std::string>{"10.20.0.0/19", "10.20.32.0/19", "10.20.64.0/19",
                                      "10.20.96.0/19", "10.20.128.0/19", "10.20.160.0/19"}),
            SubnetCidrs(t));
  EXPECT_EQ(3u, testing::ResourcesOfType(t, "AWS::EC2::NatGateway").size());
}

TEST(VpcTest, NoNatGatewaysMeansIsolatedPrivateSubnets) {
  VpcProps props;
  props.nat_gateways = 0;
  Json t = SynthVpc(props);
  EXPECT_EQ(0u, testing::ResourcesOfType(t, "AWS::EC2::NatGateway").size());
  EXPECT_EQ(2u, testing::ResourcesOfType(t, "AWS::EC2::Route").size());
}

TEST(VpcTest, FlowLogsDeliverToTheirOwnLogGroup) {
  VpcProps props;
  props.flow_logs = true;
  Json t = SynthVpc(props);
  Json flow = testing::OnlyResource(t, "AWS::EC2::FlowLog");
  EXPECT_EQ("ALL", flow["Properties"]["TrafficType"]);
  EXPECT_EQ(Json::parse(R"({"Ref":"VPCB9E5F0B4"})"), flow["Properties"]["ResourceId"]);
  Json role = testing::OnlyResource(t, "AWS::IAM::Role");
  Json statement = role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"][0];
  EXPECT_EQ("Allow", statement["Effect"]);
  EXPECT_TRUE(statement["Resource"].is_object());  // the log group's ARN, not "*"
}

TEST(VpcTest, ValidationNamesConfigKeys) {
  VpcProps bad_cidr;
  bad_cidr.cidr = "172.16.0.0";
  EXPECT_EQ((std::vector<std::string>{
                "cidr: expected a CIDR block like 10.0.0.0/16, got \"172.16.0.0\""}),
            testing::ValidationMessages(bad_cidr));
  VpcProps host_bits;
  host_bits.cidr = "172.16.1.0/16";
  EXPECT_EQ((std::vector<std::string>{"cidr: expected a network address (host bits zero), e.g. "
                                      "172.16.0.0/16, got \"172.16.1.0/16\""}),
            testing::ValidationMessages(host_bits));
  VpcProps wide;
  wide.cidr = "10.0.0.0/8";
  EXPECT_EQ((std::vector<std::string>{"cidr: expected a prefix length from /16 to /28 (the VPC "
                                      "limits), got \"10.0.0.0/8\""}),
            testing::ValidationMessages(wide));
  VpcProps no_room;
  no_room.subnet_cidr_mask = 17;
  EXPECT_EQ((std::vector<std::string>{"subnet_cidr_mask: expected 4 subnets (public and private in 2 "
                                      "zones) of /17 that fit in 172.16.0.0/16 and are at most "
                                      "/28, got 17"}),
            testing::ValidationMessages(no_room));
  VpcProps too_many_nats;
  too_many_nats.nat_gateways = 3;
  EXPECT_EQ((std::vector<std::string>{"nat_gateways: expected an integer from 0 to 2, got 3"}),
            testing::ValidationMessages(too_many_nats));
  VpcProps one_az;
  one_az.max_azs = 1;
  one_az.nat_gateways = 1;
  EXPECT_EQ((std::vector<std::string>{"max_azs: expected an integer from 2 to 6, got 1"}),
            testing::ValidationMessages(one_az));
}

TEST(VpcTest, InvalidPropsStopSynthesisWithPath) {
  App app;
  VpcProps props;
  props.cidr = "nope";
  New<Vpc>(New<Stack>(app, "S"), "VPC", props);
  EXPECT_EQ((std::vector<std::string>{
                "While synthesizing S/VPC: cidr: expected a CIDR block like 10.0.0.0/16, got \"nope\""}),
            testing::SynthErrors(app));
}

}  // namespace
}  // namespace cdkpp
