#include "cdkpp/diff/security_changes.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/test_inputs.h"

namespace cdkpp::diff {
namespace {

using testing::J;

Json PolicyResources(const char* statements) {
  return J((std::string(
                R"({"P":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":)") +
            statements + "}}}}")
               .c_str());
}

TEST(IamChangesTest, NewActionBroadens) {
  SecurityChanges s;
  DiffIam(PolicyResources(R"([{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}])"),
          PolicyResources(
              R"([{"Effect":"Allow","Action":["s3:PutObject","s3:GetObject"],"Resource":"*"}])"),
          &s);
  ASSERT_EQ(s.statements.size(), 2u);
  EXPECT_EQ(s.statements[0].kind, ChangeKind::kRemoved);
  EXPECT_EQ(s.statements[1].kind, ChangeKind::kAdded);
  EXPECT_EQ(s.statements[1].statement.actions,
            (std::vector<std::string>{"s3:GetObject", "s3:PutObject"}));
  EXPECT_TRUE(s.permissions_broadened);
}

TEST(IamChangesTest, RemovingAnActionNarrows) {
  SecurityChanges s;
  DiffIam(PolicyResources(
              R"([{"Effect":"Allow","Action":["s3:PutObject","s3:GetObject"],"Resource":"*"}])"),
          PolicyResources(R"([{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}])"), &s);
  EXPECT_EQ(s.statements.size(), 2u);
  EXPECT_FALSE(s.permissions_broadened);
}

TEST(IamChangesTest, ReorderedActionsAreNoChange) {
  SecurityChanges s;
  DiffIam(
      PolicyResources(
          R"([{"Effect":"Allow","Action":["a:B","a:A"],"Resource":{"Fn::GetAtt":["S","Arn"]}}])"),
      PolicyResources(
          R"([{"Action":["a:A","a:B"],"Resource":[{"Fn::GetAtt":["S","Arn"]}],"Effect":"Allow"}])"),
      &s);
  EXPECT_TRUE(s.empty());
}

TEST(IamChangesTest, PolicyDocumentsAsStringsAreParsed) {
  SecurityChanges s;
  Json a = J(
      R"({"B":{"Type":"AWS::Logs::ResourcePolicy","Properties":{"PolicyDocument":"{\"Statement\":[]}"}}})");
  Json b = J(
      R"({"B":{"Type":"AWS::Logs::ResourcePolicy","Properties":{"PolicyDocument":"{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}"}}})");
  DiffIam(a, b, &s);
  ASSERT_EQ(s.statements.size(), 1u);
  EXPECT_EQ(s.statements[0].statement.principals, std::vector<std::string>{"AWS:*"});
  EXPECT_TRUE(s.permissions_broadened);
}

TEST(IamChangesTest, TrustPoliciesAndManagedPolicies) {
  SecurityChanges s;
  Json a =
      J(R"({"R":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[
      {"Effect":"Allow","Principal":{"Service":"dms.amazonaws.com"},"Action":"sts:AssumeRole"}]}}}})");
  Json b =
      J(R"({"R":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[
      {"Effect":"Allow","Principal":{"Service":"dms.amazonaws.com"},"Action":"sts:AssumeRole"}]},
      "ManagedPolicyArns":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/AdministratorAccess"]]}]}}})");
  DiffIam(a, b, &s);
  EXPECT_TRUE(s.statements.empty());
  ASSERT_EQ(s.managed_policies.size(), 1u);
  EXPECT_EQ(s.managed_policies[0].holder, "R");
  EXPECT_EQ(s.managed_policies[0].policy_arn,
            "arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess");
  EXPECT_TRUE(s.permissions_broadened);
}

TEST(IamChangesTest, RemovedDenyBroadens) {
  SecurityChanges s;
  DiffIam(PolicyResources(R"([{"Effect":"Deny","Action":"s3:*","Resource":"*"}])"),
          PolicyResources(R"([])"), &s);
  EXPECT_TRUE(s.permissions_broadened);
}

TEST(SecurityGroupChangesTest, InlineAndStandaloneRules) {
  SecurityChanges s;
  Json a = J(R"({"G":{"Type":"AWS::EC2::SecurityGroup","Properties":{"SecurityGroupIngress":[
      {"IpProtocol":"tcp","FromPort":443,"ToPort":443,"CidrIp":"10.0.0.0/8"}]}}})");
  Json b = J(R"({"G":{"Type":"AWS::EC2::SecurityGroup","Properties":{"SecurityGroupIngress":[
      {"IpProtocol":"tcp","FromPort":443,"ToPort":443,"CidrIp":"10.0.0.0/8","Description":"d"}]}},
      "I":{"Type":"AWS::EC2::SecurityGroupIngress","Properties":{"GroupId":{"Fn::GetAtt":["G","GroupId"]},
      "IpProtocol":"6","FromPort":3306,"ToPort":3306,"CidrIp":"0.0.0.0/0"}},
      "E":{"Type":"AWS::EC2::SecurityGroupEgress","Properties":{"GroupId":{"Ref":"G"},
      "IpProtocol":"-1","DestinationSecurityGroupId":{"Fn::GetAtt":["Other","GroupId"]}}}})");
  DiffSecurityGroups(a, b, &s);
  ASSERT_EQ(s.security_group_rules.size(), 2u);  // a description alone is no change
  const SecurityGroupRule& egress = s.security_group_rules[0].rule;
  const SecurityGroupRule& ingress = s.security_group_rules[1].rule;
  EXPECT_EQ(egress.Key(), "G|egress|all|all|Other");
  EXPECT_EQ(ingress.Key(), "G|ingress|tcp|3306|0.0.0.0/0");
  EXPECT_TRUE(ingress.OpenToWorld());
  EXPECT_TRUE(s.permissions_broadened);
}

// ICMP rules carry a message type in FromPort and a code in ToPort (-1: any).
TEST(SecurityGroupChangesTest, IcmpRulesNameTypeAndCodeNotPorts) {
  SecurityChanges s;
  Json a = J(R"({"G":{"Type":"AWS::EC2::SecurityGroup","Properties":{}}})");
  Json b = J(R"({"G":{"Type":"AWS::EC2::SecurityGroup","Properties":{"SecurityGroupIngress":[
      {"IpProtocol":"icmp","FromPort":8,"ToPort":-1,"CidrIp":"10.0.0.0/8"},
      {"IpProtocol":"1","FromPort":3,"ToPort":4,"CidrIp":"10.0.0.0/8"},
      {"IpProtocol":"icmp","FromPort":-1,"ToPort":-1,"CidrIp":"10.0.0.0/8"}]}}})");
  DiffSecurityGroups(a, b, &s);
  ASSERT_EQ(s.security_group_rules.size(), 3u);
  std::vector<std::string> keys;
  for (const auto& change : s.security_group_rules) keys.push_back(change.rule.Key());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"G|ingress|icmp|all|10.0.0.0/8",
                                            "G|ingress|icmp|type 3 code 4|10.0.0.0/8",
                                            "G|ingress|icmp|type 8|10.0.0.0/8"}));
}

TEST(SecurityGroupChangesTest, RemovedRuleDoesNotBroaden) {
  SecurityChanges s;
  Json a = J(R"({"G":{"Type":"AWS::EC2::SecurityGroup","Properties":{"SecurityGroupIngress":[
      {"IpProtocol":"tcp","FromPort":22,"ToPort":22,"CidrIp":"0.0.0.0/0"}]}}})");
  Json b = J(R"({"G":{"Type":"AWS::EC2::SecurityGroup","Properties":{}}})");
  DiffSecurityGroups(a, b, &s);
  ASSERT_EQ(s.security_group_rules.size(), 1u);
  EXPECT_EQ(s.security_group_rules[0].kind, ChangeKind::kRemoved);
  EXPECT_FALSE(s.permissions_broadened);
}

}  // namespace
}  // namespace cdkpp::diff

namespace cdkpp::diff {
namespace {

TEST(IamChangesTest, AttachingAPolicyToAnotherRoleBroadens) {
  SecurityChanges s;
  Json a = Json::parse(R"({"P":{"Type":"AWS::IAM::Policy","Properties":{"Roles":[{"Ref":"A"}],
      "PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}}}})");
  Json b = Json::parse(
      R"({"P":{"Type":"AWS::IAM::Policy","Properties":{"Roles":[{"Ref":"B"},{"Ref":"A"}],
      "PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}}}})");
  DiffIam(a, b, &s);
  ASSERT_EQ(s.statements.size(), 2u);
  EXPECT_EQ(s.statements[1].statement.holder, "P (on ${A}, ${B})");
  EXPECT_TRUE(s.permissions_broadened);
}

}  // namespace
}  // namespace cdkpp::diff

namespace cdkpp::diff {
namespace {

Json Policy(const char* statement) {
  return Json::parse(
      std::string(
          R"({"P":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[)") +
      statement + "]}}}}");
}

TEST(IamChangesTest, WildcardsDecideWhatIsCovered) {
  SecurityChanges narrowed;
  DiffIam(
      Policy(R"({"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/*"})"),
      Policy(
          R"({"Effect":"Allow","Action":["S3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/k"})"),
      &narrowed);
  EXPECT_EQ(narrowed.statements.size(), 2u);
  EXPECT_FALSE(narrowed.permissions_broadened);
  SecurityChanges widened;
  DiffIam(Policy(R"({"Effect":"Allow","Action":"s3:Get*","Resource":"*"})"),
          Policy(R"({"Effect":"Allow","Action":"s3:*","Resource":"*"})"), &widened);
  EXPECT_TRUE(widened.permissions_broadened);
}

Json Group(const char* rules) {
  return Json::parse(
      std::string(
          R"({"G":{"Type":"AWS::EC2::SecurityGroup","Properties":{"SecurityGroupIngress":[)") +
      rules + "]}}}");
}

TEST(SecurityGroupChangesTest, NarrowingARuleIsNotBroadening) {
  SecurityChanges narrowed;
  DiffSecurityGroups(
      Group(R"({"IpProtocol":"tcp","FromPort":0,"ToPort":65535,"CidrIp":"0.0.0.0/0"})"),
      Group(R"({"IpProtocol":"tcp","FromPort":3306,"ToPort":3306,"CidrIp":"10.1.0.0/16"})"),
      &narrowed);
  EXPECT_EQ(narrowed.security_group_rules.size(), 2u);
  EXPECT_FALSE(narrowed.permissions_broadened);
  SecurityChanges widened;
  DiffSecurityGroups(
      Group(R"({"IpProtocol":"tcp","FromPort":3306,"ToPort":3306,"CidrIp":"10.1.0.0/16"})"),
      Group(R"({"IpProtocol":"tcp","FromPort":3306,"ToPort":3306,"CidrIp":"10.0.0.0/8"})"),
      &widened);
  EXPECT_TRUE(widened.permissions_broadened);
  SecurityChanges ports;
  DiffSecurityGroups(
      Group(R"({"IpProtocol":"tcp","FromPort":3306,"ToPort":3306,"CidrIp":"10.0.0.0/8"})"),
      Group(R"({"IpProtocol":"tcp","FromPort":3306,"ToPort":3307,"CidrIp":"10.0.0.0/8"})"), &ports);
  EXPECT_TRUE(ports.permissions_broadened);
}

}  // namespace
}  // namespace cdkpp::diff
