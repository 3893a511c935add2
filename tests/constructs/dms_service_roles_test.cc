#include "cdkpp/constructs/dms_service_roles.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cdkpp/constructs/dms_replication.h"
#include "cdkpp/constructs/kinesis_stream.h"
#include "cdkpp/constructs/rds_mysql.h"
#include "cdkpp/constructs/vpc.h"
#include "cdkpp/core/app.h"
#include "cdkpp/core/stack.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

using testing::SynthReplication;

std::string ReadSource(const std::string& relative) {
  std::ifstream in(std::string(CDKPP_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(DmsServiceRolesTest, AutoIsTheDefaultAndOwnsNoRole) {
  Json t = SynthReplication({});
  for (const auto& role : testing::ResourcesOfType(t, "AWS::IAM::Role")) {
    EXPECT_FALSE(role["Properties"].contains("RoleName")) << role.dump();
  }
  Json ensure = testing::OnlyResource(t, "Custom::DmsServiceRoles");
  EXPECT_EQ(Json::parse(R"([
      {"PolicyArn": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"},
                     ":iam::aws:policy/service-role/AmazonDMSVPCManagementRole"]]},
       "RoleName": "dms-vpc-role"},
      {"PolicyArn": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"},
                     ":iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole"]]},
       "RoleName": "dms-cloudwatch-logs-role"}])"),
            ensure["Properties"]["Roles"]);
  EXPECT_FALSE(ensure.contains("DeletionPolicy"));  // Delete runs the handler, which keeps them
}

TEST(DmsServiceRolesTest, SubnetGroupInstanceAndTaskWaitForTheCustomResource) {
  Json t = SynthReplication({});
  std::string ensure = testing::LogicalIdByPath(t, "Replication/ServiceRoles");
  EXPECT_EQ(Json::array({ensure}),
            testing::OnlyResource(t, "AWS::DMS::ReplicationSubnetGroup")["DependsOn"]);
  EXPECT_EQ(Json::array({ensure}),
            testing::OnlyResource(t, "AWS::DMS::ReplicationInstance")["DependsOn"]);
  std::string log_group = testing::LogicalIdByPath(t, "Replication/LogGroup");
  EXPECT_EQ(Json::array({log_group, ensure}),  // DependsOn is sorted by construct path
            testing::OnlyResource(t, "AWS::DMS::ReplicationTask")["DependsOn"]);
}

TEST(DmsServiceRolesTest, FunctionEmbedsTheHandlerFileByteForByte) {
  Json t = SynthReplication({});
  Json function = testing::OnlyResource(t, "AWS::Lambda::Function");
  std::string file = ReadSource("src/constructs/lambda/dms_service_roles.py");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(file, function["Properties"]["Code"]["ZipFile"].get<std::string>());
  EXPECT_EQ(file, std::string(DmsServiceRolesHandlerSource()));
  EXPECT_LE(file.size(), 4096u);  // CloudFormation's limit for inline ZipFile code
  EXPECT_EQ("index.handler", function["Properties"]["Handler"]);
  EXPECT_NE(std::string::npos,
            file.find("\nimport cfnresponse\n"));  // the exact import Lambda needs
}

TEST(DmsServiceRolesTest, ProviderMayOnlyEnsureTheTwoRoles) {
  Json t = SynthReplication({});
  Json role = t["Resources"][testing::LogicalIdByPath(t, "Replication/ServiceRolesProviderRole")];
  EXPECT_FALSE(role["Properties"].contains("ManagedPolicyArns"));
  Json statements = role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
  Json role_arns = Json::parse(R"([
      {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/dms-vpc-role"},
      {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/dms-cloudwatch-logs-role"}])");
  ASSERT_EQ(2u, statements.size());
  EXPECT_EQ(Json::parse(R"(["iam:CreateRole", "iam:GetRole"])"), statements[0]["Action"]);
  EXPECT_EQ(role_arns, statements[0]["Resource"]);
  EXPECT_EQ("iam:AttachRolePolicy", statements[1]["Action"]);
  EXPECT_EQ(role_arns, statements[1]["Resource"]);
  EXPECT_EQ(2u, statements[1]["Condition"]["ArnEquals"]["iam:PolicyARN"].size());
  EXPECT_EQ(std::string::npos, role.dump().find("PassRole"));
}

TEST(DmsServiceRolesTest, FormerSwitchStillDecides) {
  DmsReplicationProps props;
  props.service_roles = ServiceRoles::kAuto;
  props.create_service_roles = true;
  EXPECT_EQ(ServiceRoles::kStack, props.EffectiveServiceRoles());
  props.create_service_roles = false;
  EXPECT_EQ(ServiceRoles::kExisting, props.EffectiveServiceRoles());
  Json t = SynthReplication(props);
  EXPECT_TRUE(testing::ResourcesOfType(t, "Custom::DmsServiceRoles").empty());
  EXPECT_TRUE(testing::ResourcesOfType(t, "AWS::Lambda::Function").empty());
}

}  // namespace
}  // namespace cdkpp
