#include "cdkpp/constructs/dms_replication.h"

#include <gtest/gtest.h>

#include "cdkpp/constructs/kinesis_stream.h"
#include "cdkpp/constructs/rds_mysql.h"
#include "cdkpp/constructs/vpc.h"
#include "cdkpp/core/app.h"
#include "cdkpp/core/stack.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

using testing::SynthReplication;

TEST(DmsReplicationTest, ServiceRolesExistBeforeSubnetGroupAndTask) {
  DmsReplicationProps props;
  props.service_roles = ServiceRoles::kStack;
  Json t = SynthReplication(props);
  std::string vpc_role = testing::LogicalIdByPath(t, "Replication/DmsVpcRole");
  std::string logs_role = testing::LogicalIdByPath(t, "Replication/DmsCloudWatchLogsRole");
  EXPECT_EQ("dms-vpc-role", t["Resources"][vpc_role]["Properties"]["RoleName"]);
  EXPECT_EQ("dms-cloudwatch-logs-role", t["Resources"][logs_role]["Properties"]["RoleName"]);
  Json subnet_group = testing::OnlyResource(t, "AWS::DMS::ReplicationSubnetGroup");
  EXPECT_EQ(Json::array({vpc_role}), subnet_group["DependsOn"]);
  Json task = testing::OnlyResource(t, "AWS::DMS::ReplicationTask");
  std::string log_group = testing::LogicalIdByPath(t, "Replication/LogGroup");
  EXPECT_EQ(Json::array({logs_role, log_group}), task["DependsOn"]);
}

TEST(DmsReplicationTest, ServiceRolesCanBeLeftToTheAccount) {
  DmsReplicationProps props;
  props.service_roles = ServiceRoles::kExisting;
  Json t = SynthReplication(props);
  for (const auto& role : testing::ResourcesOfType(t, "AWS::IAM::Role")) {
    EXPECT_FALSE(role["Properties"].contains("RoleName"));
  }
  EXPECT_FALSE(testing::OnlyResource(t, "AWS::DMS::ReplicationSubnetGroup").contains("DependsOn"));
}

TEST(DmsReplicationTest, LogGroupIsTheOneDmsWritesTo) {
  DmsReplicationProps props;
  props.instance_identifier = "My-CDC-Instance";
  props.log_retention_days = 14;
  Json t = SynthReplication(props);
  Json group = testing::OnlyResource(t, "AWS::Logs::LogGroup");
  EXPECT_EQ("dms-tasks-my-cdc-instance", group["Properties"]["LogGroupName"]);
  EXPECT_EQ(14, group["Properties"]["RetentionInDays"]);
  EXPECT_EQ("my-cdc-instance", testing::OnlyResource(t, "AWS::DMS::ReplicationInstance")["Properties"]
                                                    ["ReplicationInstanceIdentifier"]);
}

TEST(DmsReplicationTest, TaskIsCdcWithJsonStringMappingsAndLogging) {
  DmsReplicationProps props;
  props.tables = {{"mydb", "orders", TableAction::kInclude}, {"mydb", "audit%", TableAction::kExclude}};
  Json t = SynthReplication(props);
  Json task = testing::OnlyResource(t, "AWS::DMS::ReplicationTask")["Properties"];
  EXPECT_EQ("cdc", task["MigrationType"]);
  Json mappings = Json::parse(task["TableMappings"].get<std::string>());
  ASSERT_EQ(2u, mappings["rules"].size());
  EXPECT_EQ("orders", mappings["rules"][0]["object-locator"]["table-name"]);
  EXPECT_EQ("exclude", mappings["rules"][1]["rule-action"]);
  EXPECT_EQ("2", mappings["rules"][1]["rule-id"]);
  Json settings = Json::parse(task["ReplicationTaskSettings"].get<std::string>());
  EXPECT_EQ(true, settings["Logging"]["EnableLogging"]);
}

TEST(DmsReplicationTest, EndpointsReadTheSecretAndWriteTheStream) {
  Json t = SynthReplication({});
  std::string secret = testing::LogicalIdByPath(t, "Database/Secret");
  std::string attachment = testing::LogicalIdByPath(t, "Database/SecretAttachment");
  std::string source = testing::LogicalIdByPath(t, "Replication/SourceEndpoint");
  Json mysql = t["Resources"][source]["Properties"]["MySqlSettings"];
  EXPECT_EQ(Json({{"Ref", secret}}), mysql["SecretsManagerSecretId"]);
  EXPECT_EQ(Json::array({attachment}), t["Resources"][source]["DependsOn"]);
  Json kinesis = t["Resources"][testing::LogicalIdByPath(t, "Replication/TargetEndpoint")]["Properties"];
  EXPECT_EQ("kinesis", kinesis["EngineName"]);
  EXPECT_EQ("json", kinesis["KinesisSettings"]["MessageFormat"]);
}

TEST(DmsReplicationTest, RolesNameActionsAndResources) {
  Json t = SynthReplication({});
  for (const auto& role : testing::ResourcesOfType(t, "AWS::IAM::Role")) {
    if (!role["Properties"].contains("Policies")) continue;
    for (const auto& policy : role["Properties"]["Policies"]) {
      for (const auto& statement : policy["PolicyDocument"]["Statement"]) {
        EXPECT_NE("*", statement["Resource"]) << role["Metadata"]["aws:cdk:path"];
        EXPECT_EQ(std::string::npos, statement["Action"].dump().find('*'));
      }
    }
  }
  Json secret_role = t["Resources"][testing::LogicalIdByPath(t, "Replication/SecretAccessRole")];
  EXPECT_EQ(Json::parse(R"({"Fn::Sub":"dms.${AWS::Region}.amazonaws.com"})"),
            secret_role["Properties"]["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["Service"]);
}

TEST(DmsReplicationTest, SecretReaderMayDecryptACustomerManagedKey) {
  App app;
  auto& stack = New<Stack>(app, "S");
  auto& vpc = New<Vpc>(stack, "VPC");
  RdsMysqlProps db_props;
  db_props.secret_kms_encryption = true;
  auto& db = New<RdsMysql>(stack, "Database", vpc, db_props);
  auto& stream = New<KinesisStream>(stack, "Stream");
  New<DmsReplication>(stack, "Replication", vpc, db, stream);
  Json t = testing::SynthTemplate(app);
  Json role = t["Resources"][testing::LogicalIdByPath(t, "Replication/SecretAccessRole")];
  Json statements = role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
  ASSERT_EQ(2u, statements.size());
  EXPECT_EQ("kms:Decrypt", statements[1]["Action"]);
  EXPECT_EQ(Json::parse(R"({"Fn::GetAtt":["DatabaseSecretKey28354F47","Arn"]})"), statements[1]["Resource"]);
}

TEST(DmsReplicationTest, DatabaseAdmitsTheReplicationInstance) {
  Json t = SynthReplication({});
  Json ingress = testing::OnlyResource(t, "AWS::EC2::SecurityGroupIngress")["Properties"];
  EXPECT_EQ(3306, ingress["FromPort"]);
  EXPECT_EQ(Json::parse(R"({"Fn::GetAtt":["ReplicationSecurityGroupCF2DF018","GroupId"]})"),
            ingress["SourceSecurityGroupId"]);
}

// Test doubles of the interfaces: the replication needs nothing else.
class LiteralVpc : public IVpc {
 public:
  Value VpcId() const override { return "vpc-0123456789abcdef0"; }
  Value VpcCidr() const override { return "10.20.0.0/16"; }
  ValueList PublicSubnetIds() const override { return {}; }
  ValueList PrivateSubnetIds() const override {
    return {"subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"};
  }
  int AvailabilityZoneCount() const override { return 2; }
};

class LiteralSource : public IMySqlSource {
 public:
  Value EndpointAddress() const override { return "db.example.com"; }
  Value EndpointPort() const override { return "3307"; }
  int Port() const override { return 3307; }
  Value SecretArn() const override {
    return "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-AbCdEf";
  }
  Value SecretKmsKeyArn() const override {
    return "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  }
  std::string DmsEngineName() const override { return "aurora"; }
  Value SecurityGroupId() const override { return Value(); }
  void AllowFrom(const CfnResource&, const std::string&) override { ++allow_calls; }
  int allow_calls = 0;
};

class LiteralStream : public IStream {
 public:
  Value StreamName() const override { return "orders-cdc"; }
  Value StreamArn() const override {
    return "arn:aws:kinesis:eu-west-1:123456789012:stream/orders-cdc";
  }
};

TEST(DmsReplicationTest, WorksWithAnyVpcSourceAndStream) {
  App app;
  auto& stack = New<Stack>(app, "S");
  LiteralVpc vpc;
  LiteralSource source;
  LiteralStream stream;
  New<DmsReplication>(stack, "Replication", vpc, source, stream);
  Json t = testing::SynthTemplate(app);
  EXPECT_EQ(1, source.allow_calls);
  Json group = testing::OnlyResource(t, "AWS::EC2::SecurityGroup")["Properties"];
  EXPECT_EQ("vpc-0123456789abcdef0", group["VpcId"]);
  // No known security group in front of the source: egress on its port to any address.
  EXPECT_EQ(Json::parse(R"({"CidrIp":"0.0.0.0/0","Description":"MySQL to the source database",
                            "FromPort":3307,"IpProtocol":"tcp","ToPort":3307})"),
            group["SecurityGroupEgress"][1]);
  EXPECT_EQ(Json::parse(R"(["subnet-0a1b2c3d4e5f60001","subnet-0a1b2c3d4e5f60002"])"),
            testing::OnlyResource(t, "AWS::DMS::ReplicationSubnetGroup")["Properties"]["SubnetIds"]);
  Json source_endpoint = t["Resources"][testing::LogicalIdByPath(t, "Replication/SourceEndpoint")];
  EXPECT_EQ("aurora", source_endpoint["Properties"]["EngineName"]);
  EXPECT_EQ(source.SecretArn().string(),
            source_endpoint["Properties"]["MySqlSettings"]["SecretsManagerSecretId"]);
  EXPECT_FALSE(source_endpoint.contains("DependsOn"));
  Json role = t["Resources"][testing::LogicalIdByPath(t, "Replication/SecretAccessRole")];
  Json statements = role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
  ASSERT_EQ(2u, statements.size());
  EXPECT_EQ(source.SecretKmsKeyArn().string(), statements[1]["Resource"]);
  Json target = t["Resources"][testing::LogicalIdByPath(t, "Replication/TargetEndpoint")];
  EXPECT_EQ(stream.StreamArn().string(), target["Properties"]["KinesisSettings"]["StreamArn"]);
}

TEST(DmsReplicationTest, IdentifierRules) {
  EXPECT_EQ("", CheckDmsIdentifier("mysql-cdc-replication"));
  EXPECT_EQ("a letter first", CheckDmsIdentifier("1abc"));
  EXPECT_EQ("no two hyphens in a row", CheckDmsIdentifier("a--b"));
  EXPECT_EQ("no hyphen at the end", CheckDmsIdentifier("ab-"));
  EXPECT_EQ("1 to 63 characters", CheckDmsIdentifier(std::string(64, 'a')));
  EXPECT_EQ("only letters, digits and hyphens", CheckDmsIdentifier("a_b"));
  DmsReplicationProps props;
  props.instance_identifier = "a--b";
  props.log_retention_days = 8;
  std::vector<std::string> problems = testing::ValidationMessages(props);
  EXPECT_EQ((std::vector<std::string>{
                "instance_identifier: expected a replication instance identifier (no two hyphens "
                "in a row), got \"a--b\"",
                "log_retention_days: expected one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, "
                "400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, got 8"}),
            problems);
}

}  // namespace
}  // namespace cdkpp
