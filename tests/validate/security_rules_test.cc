// The security rule pack: for every CDKPP-SEC rule, a template that breaks it
// (with the exact findings) and one that satisfies it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "validate/validate_test_util.h"

namespace cdkpp::validate {
namespace {

using Strings = std::vector<std::string>;

struct Case {
  const char* rule;
  const char* bad;   // Resources section of a template that breaks the rule
  Strings expected;  // "logicalId path: message" per finding
  const char* good;  // Resources section of one that passes it
};

Strings RuleLines(const char* rule, const char* resources) {
  ValidateOptions options;
  options.schema_checks = false;
  auto findings = test_util::Run(std::string(R"({"Resources": )") + resources + "}", options);
  Strings out;
  for (const auto& f : test_util::Only(findings, rule)) {
    out.push_back(f.logical_id + " " + f.key_path + ": " + f.message);
  }
  return out;
}

class SecurityRule : public ::testing::TestWithParam<Case> {};

TEST_P(SecurityRule, FlagsBadAndPassesGood) {
  const Case& c = GetParam();
  EXPECT_EQ(RuleLines(c.rule, c.bad), c.expected) << c.rule << " bad";
  EXPECT_EQ(RuleLines(c.rule, c.good), Strings{}) << c.rule << " good";
  const RuleInfo* info = FindRule(c.rule);
  ASSERT_NE(info, nullptr);
  EXPECT_NE(std::string(info->fix), "");
}

const Case kCases[] = {
    {"CDKPP-SEC-001",
     R"({"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}})",
     {"Vpc : VPC has no flow log (no AWS::EC2::FlowLog refers to it)"},
     R"({"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
         "Log": {"Type": "AWS::EC2::FlowLog", "Properties": {"ResourceId": {"Ref": "Vpc"},
                 "ResourceType": "VPC", "TrafficType": "ALL"}}})"},
    {"CDKPP-SEC-002",
     R"({"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "d",
         "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 10, "ToPort": 10, "CidrIp": "10.0.0.0/8"},
                                  {"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "CidrIp": "0.0.0.0/0"}]}},
         "In": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"GroupId": {"Ref": "Sg"},
                "IpProtocol": "-1", "CidrIpv6": "::/0"}}})",
     {"Sg Properties.SecurityGroupIngress[1].CidrIp: security group allows ingress from "
      "0.0.0.0/0 to port 3306",
      "In Properties.CidrIpv6: security group allows ingress from ::/0 to all ports"},
     R"({"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "d",
         "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 3307, "ToPort": 3307, "CidrIp": "10.0.0.0/16"}]}}})"},
    {"CDKPP-SEC-003",
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"PubliclyAccessible": "true"}}})",
     {"Db Properties.PubliclyAccessible: DB instance is publicly accessible (gets a public IP "
      "address)"},
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"PubliclyAccessible": false}}})"},
    {"CDKPP-SEC-004",
     R"({"A": {"Type": "AWS::RDS::DBInstance", "Properties": {}},
         "B": {"Type": "AWS::RDS::DBInstance", "Properties": {"StorageEncrypted": false}}})",
     {"A Properties.StorageEncrypted: DB instance storage is not encrypted (StorageEncrypted "
      "unset)",
      "B Properties.StorageEncrypted: DB instance storage is not encrypted"},
     R"({"A": {"Type": "AWS::RDS::DBInstance", "Properties": {"StorageEncrypted": true}},
         "Aurora": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": "c"}},
         "Param": {"Type": "AWS::RDS::DBInstance", "Properties": {"StorageEncrypted": {"Ref": "Enc"}}}})"},
    {"CDKPP-SEC-005",
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {}}})",
     {"Db Properties.DeletionProtection: DB instance has no deletion protection"},
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"DeletionProtection": true}}})"},
    {"CDKPP-SEC-006",
     R"({"Unset": {"Type": "AWS::RDS::DBInstance", "Properties": {}},
         "Off": {"Type": "AWS::RDS::DBInstance", "Properties": {"BackupRetentionPeriod": 0}}})",
     {"Unset Properties.BackupRetentionPeriod: automated backups are kept 1 day(s), fewer than 7",
      "Off Properties.BackupRetentionPeriod: automated backups are off (BackupRetentionPeriod 0); "
      "RDS MySQL then purges binlogs and CDC cannot work"},
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"BackupRetentionPeriod": "7"}}})"},
    {"CDKPP-SEC-007",
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MultiAZ": false}}})",
     {"Db Properties.MultiAZ: DB instance runs in a single Availability Zone"},
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MultiAZ": true}}})"},
    {"CDKPP-SEC-008",
     R"({"A": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "mysql"}},
         "B": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "mysql", "Port": "3306"}}})",
     {"A Properties.Port: DB instance listens on the default MySQL port 3306",
      "B Properties.Port: DB instance listens on the default MySQL port 3306"},
     R"({"A": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "mysql", "Port": "3307"}},
         "Pg": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "postgres"}}})"},
    {"CDKPP-SEC-009",
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUserPassword": "hunter22"}}})",
     {"Db Properties.MasterUserPassword: master password is written in the template in plain "
      "text"},
     R"({"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUserPassword":
         {"Fn::Join": ["", ["{{resolve:secretsmanager:", {"Ref": "S"}, ":SecretString:password}}"]]}}},
         "Db2": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUserPassword":
         "{{resolve:secretsmanager:db:SecretString:password}}"}}})"},
    {"CDKPP-SEC-010",
     R"({"A": {"Type": "AWS::Kinesis::Stream", "Properties": {"ShardCount": 1}},
         "B": {"Type": "AWS::Kinesis::Stream", "Properties": {"StreamEncryption": {"EncryptionType": "NONE"}}}})",
     {"A Properties.StreamEncryption: Kinesis stream is not encrypted at rest",
      "B Properties.StreamEncryption.EncryptionType: Kinesis stream encryption type is \"NONE\", "
      "not KMS"},
     R"({"A": {"Type": "AWS::Kinesis::Stream", "Properties": {"StreamEncryption":
         {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}}}})"},
    {"CDKPP-SEC-011",
     R"({"S": {"Type": "AWS::SecretsManager::Secret", "Properties": {}}})",
     {"S : secret is never rotated (no AWS::SecretsManager::RotationSchedule)"},
     R"({"S": {"Type": "AWS::SecretsManager::Secret", "Properties": {}},
         "Att": {"Type": "AWS::SecretsManager::SecretTargetAttachment", "Properties": {
                 "SecretId": {"Ref": "S"}, "TargetId": {"Ref": "Db"}, "TargetType": "AWS::RDS::DBInstance"}},
         "Rot": {"Type": "AWS::SecretsManager::RotationSchedule", "Properties": {
                 "SecretId": {"Ref": "Att"}, "RotationRules": {"AutomaticallyAfterDays": 30}}},
         "S2": {"Type": "AWS::SecretsManager::Secret", "Properties": {}},
         "Rot2": {"Type": "AWS::SecretsManager::RotationSchedule", "Properties": {"SecretId": {"Ref": "S2"}}}})"},
    {"CDKPP-SEC-012",
     R"({"S": {"Type": "AWS::SecretsManager::Secret", "Properties": {}}})",
     {"S Properties.KmsKeyId: secret is encrypted with the AWS-managed key aws/secretsmanager, "
      "not a customer-managed KMS key"},
     R"({"S": {"Type": "AWS::SecretsManager::Secret", "Properties": {"KmsKeyId": {"Ref": "Key"}}}})"},
    {"CDKPP-SEC-013",
     R"({"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}, "Policies": [
         {"PolicyName": "p", "PolicyDocument": {"Statement": [
           {"Effect": "Allow", "Action": ["kinesis:*", "s3:GetObject"], "Resource": "arn:aws:s3:::b/*"},
           {"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:x"},
           {"Effect": "Deny", "Action": "*", "Resource": "*"}]}}]}},
         "P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "PolicyDocument":
           {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "arn:x"}}}}})",
     {"R Properties.Policies[0].PolicyDocument.Statement[0].Action[0]: policy allows the "
      "wildcard action \"kinesis:*\"",
      "R Properties.Policies[0].PolicyDocument.Statement[1].NotAction: policy allows every "
      "action except those listed (Allow with NotAction)",
      "P Properties.PolicyDocument.Statement.Action: policy allows the wildcard action \"*\""},
     R"({"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "PolicyDocument":
           {"Statement": [{"Effect": "Allow", "Action": ["kinesis:PutRecord", "kinesis:PutRecords"],
                           "Resource": {"Fn::GetAtt": ["Stream", "Arn"]}}]}}}})"},
    {"CDKPP-SEC-014",
     R"({"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument":
           {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:x", "*"]}]}}}})",
     {"P Properties.PolicyDocument.Statement[0].Resource[1]: policy allows its actions on every "
      "resource"},
     // ssmmessages actions have no resource types: "*" is their only Resource.
     R"({"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument":
           {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:x"},
                          {"Effect": "Allow", "Action": ["ssmmessages:OpenDataChannel",
                           "ssmmessages:CreateDataChannel"], "Resource": "*"}]}}}})"},
    {"CDKPP-SEC-015",
     R"({"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {},
         "ManagedPolicyArns": ["arn:aws:iam::123456789012:policy/mine",
           {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/AdministratorAccess"]]}]}},
         "Fake": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "not-dms",
         "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AmazonDMSVPCManagementRole"]}}})",
     {"R Properties.ManagedPolicyArns[1]: AWS-managed policy AdministratorAccess is attached",
      "Fake Properties.ManagedPolicyArns[0]: AWS-managed policy "
      "service-role/AmazonDMSVPCManagementRole is attached"},
     R"({"Vpc": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "dms-vpc-role",
         "ManagedPolicyArns": [{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"},
           ":iam::aws:policy/service-role/AmazonDMSVPCManagementRole"]]}]}},
         "Logs": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "dms-cloudwatch-logs-role",
         "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole"]}},
         "Mine": {"Type": "AWS::IAM::Role", "Properties": {"ManagedPolicyArns": [{"Ref": "Custom"}]}}})"},
    {"CDKPP-SEC-016",
     R"({"A": {"Type": "AWS::DMS::ReplicationInstance", "Properties": {"ReplicationInstanceClass": "dms.t3.micro"}},
         "B": {"Type": "AWS::DMS::ReplicationInstance", "Properties": {"PubliclyAccessible": true}}})",
     {"A Properties.PubliclyAccessible: replication instance is publicly accessible "
      "(PubliclyAccessible unset, DMS defaults to true)",
      "B Properties.PubliclyAccessible: replication instance is publicly accessible"},
     R"({"A": {"Type": "AWS::DMS::ReplicationInstance", "Properties": {"PubliclyAccessible": false}}})"},
    {"CDKPP-SEC-017",
     R"({"L": {"Type": "AWS::Logs::LogGroup", "Properties": {}}})",
     {"L Properties.RetentionInDays: log group keeps its logs forever"},
     R"({"L": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 7}}})"},
    {"CDKPP-SEC-018",
     R"({"L": {"Type": "AWS::Logs::LogGroup"}})",
     {"L Properties.KmsKeyId: log group is not encrypted with a KMS key"},
     R"({"L": {"Type": "AWS::Logs::LogGroup", "Properties": {"KmsKeyId": {"Fn::GetAtt": ["Key", "Arn"]}}}})"},
    {"CDKPP-SEC-019",
     R"({"A": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmActions": []}},
         "B": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"ActionsEnabled": false,
               "AlarmActions": [{"Ref": "Topic"}]}}})",
     {"A Properties.AlarmActions: alarm has no AlarmActions: it notifies nobody",
      "B Properties.ActionsEnabled: alarm actions are disabled"},
     R"({"A": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmActions": [{"Ref": "Topic"}]}}})"},
    // No NAT gateway: each service needs its endpoint (Kinesis is missing in bad).
    {"CDKPP-SEC-020",
     R"({"V": {"Type": "AWS::EC2::VPC", "Properties": {}},
         "K": {"Type": "AWS::DMS::Endpoint", "Properties": {"EngineName": "kinesis"}},
         "M": {"Type": "AWS::DMS::Endpoint", "Properties": {"EngineName": "mysql",
               "MySqlSettings": {"SecretsManagerSecretId": "s"}}},
         "S": {"Type": "AWS::EC2::VPCEndpoint", "Properties": {"ServiceName":
               {"Fn::Sub": "com.amazonaws.${AWS::Region}.secretsmanager"}}},
         "D": {"Type": "AWS::DMS::ReplicationInstance", "Properties": {}},
         "B": {"Type": "AWS::EC2::Instance", "Properties": {"IamInstanceProfile": "p"}}})",
     {"D : DMS replication instance runs in subnets with no NAT gateway and no interface "
      "endpoint for kinesis-streams: it cannot reach those AWS APIs",
      "B : EC2 instance managed through Systems Manager runs in subnets with no NAT gateway and "
      "no interface endpoint for ssm, ssmmessages, ec2messages: it cannot reach those AWS APIs"},
     R"({"V": {"Type": "AWS::EC2::VPC", "Properties": {}},
         "N": {"Type": "AWS::EC2::NatGateway", "Properties": {}},
         "K": {"Type": "AWS::DMS::Endpoint", "Properties": {"EngineName": "kinesis"}},
         "D": {"Type": "AWS::DMS::ReplicationInstance", "Properties": {}}})"},
};

INSTANTIATE_TEST_SUITE_P(All, SecurityRule, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string name = info.param.rule;
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

TEST(SecurityRules, EverySecurityRuleHasACase) {
  std::vector<std::string> covered;
  for (const auto& c : kCases) covered.push_back(c.rule);
  for (const auto& rule : RuleCatalog()) {
    if (std::string(rule.id).rfind("CDKPP-SEC-", 0) != 0) continue;
    EXPECT_NE(std::find(covered.begin(), covered.end(), rule.id), covered.end()) << rule.id;
  }
}

// An Aurora cluster holds what an RDS instance holds itself (encryption,
// backups, deletion protection, port, password), and its availability is a
// reader instance: the same rules check it, with "DB cluster" findings.
TEST(SecurityRules, AuroraClustersAreCheckedLikeInstances) {
  const char* bad = R"({
      "C": {"Type": "AWS::RDS::DBCluster", "Properties": {"Engine": "aurora-mysql",
            "PubliclyAccessible": true, "StorageEncrypted": false, "BackupRetentionPeriod": 1,
            "MasterUserPassword": "hunter22"}},
      "W": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": {"Ref": "C"},
            "Engine": "aurora-mysql"}}})";
  const char* good = R"({
      "C": {"Type": "AWS::RDS::DBCluster", "Properties": {"Engine": "aurora-mysql",
            "DBClusterIdentifier": "orders", "StorageEncrypted": true,
            "BackupRetentionPeriod": 7, "DeletionProtection": true, "Port": 3307,
            "MasterUserPassword": "{{resolve:secretsmanager:db:SecretString:password}}"}},
      "W": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": {"Ref": "C"},
            "Engine": "aurora-mysql", "PubliclyAccessible": false}},
      "R": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": "orders",
            "Engine": "aurora-mysql", "PubliclyAccessible": false}}})";
  const std::vector<std::pair<const char*, Strings>> expected = {
      {"CDKPP-SEC-003", {"C Properties.PubliclyAccessible: DB cluster is publicly accessible "
                         "(gets a public IP address)"}},
      {"CDKPP-SEC-004", {"C Properties.StorageEncrypted: DB cluster storage is not encrypted"}},
      {"CDKPP-SEC-005", {"C Properties.DeletionProtection: DB cluster has no deletion protection"}},
      {"CDKPP-SEC-006", {"C Properties.BackupRetentionPeriod: automated backups are kept 1 "
                         "day(s), fewer than 7"}},
      {"CDKPP-SEC-007", {"C : DB cluster has one instance (no reader to fail over to in another "
                         "Availability Zone)"}},
      {"CDKPP-SEC-008", {"C Properties.Port: DB cluster listens on the default MySQL port 3306"}},
      {"CDKPP-SEC-009", {"C Properties.MasterUserPassword: master password is written in the "
                         "template in plain text"}}};
  for (const auto& [rule, lines] : expected) {
    EXPECT_EQ(RuleLines(rule, bad), lines) << rule;
    EXPECT_EQ(RuleLines(rule, good), Strings{}) << rule;
  }
}

TEST(SecurityRules, DisabledBySecurityChecksFalse) {
  ValidateOptions options;
  options.security_checks = false;
  options.schema_checks = false;
  auto f = test_util::Run(R"({"Resources": {"L": {"Type": "AWS::Logs::LogGroup"}}})", options);
  EXPECT_EQ(test_util::Lines(f), Strings{});
}

}  // namespace
}  // namespace cdkpp::validate
