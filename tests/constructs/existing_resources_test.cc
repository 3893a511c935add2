// A pipeline into an existing VPC, from an existing database, to an existing
// stream: the stack creates none of them and refers to each by its ids.
#include <gtest/gtest.h>

#include <set>

#include "cdkpp/constructs/existing_mysql.h"
#include "cdkpp/constructs/existing_stream.h"
#include "cdkpp/constructs/existing_vpc.h"
#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

constexpr const char* kSecretArn =
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-dms-AbCdEf";
constexpr const char* kKeyArn =
    "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
constexpr const char* kStreamArn = "arn:aws:kinesis:eu-west-1:123456789012:stream/orders-cdc";

PipelineStackProps AllExisting() {
  PipelineStackProps props;
  props.existing_vpc = ExistingVpcProps{"vpc-0123456789abcdef0",
                                        "10.20.0.0/16",
                                        {"subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"},
                                        {}};
  ExistingMySqlProps db;
  db.host = "orders.cluster-c1a2b3.eu-west-1.rds.amazonaws.com";
  db.secret_arn = kSecretArn;
  db.engine = MySqlEngine::kAuroraMysql;
  db.security_group_id = "sg-0123456789abcdef0";
  db.secret_kms_key_arn = kKeyArn;
  props.existing_database = db;
  props.existing_stream = ExistingStreamProps{kStreamArn};
  props.monitoring.extra_alarms = {
      {"Throttled", AlarmScope::kKinesisStream, "WriteProvisionedThroughputExceeded", "Sum",
       "GreaterThanThreshold", 0, 60, 5}};
  return props;
}

Json SynthAllExisting() {
  App app;
  New<PipelineStack>(app, "Demo", AllExisting());
  return testing::SynthTemplate(app);
}

TEST(ExistingResourcesTest, StackCreatesNoNetworkDatabaseOrStream) {
  Json t = SynthAllExisting();
  std::set<std::string> types;
  for (const auto& [id, resource] : t["Resources"].items()) types.insert(resource["Type"]);
  for (const char* created :
       {"AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::InternetGateway", "AWS::EC2::NatGateway",
        "AWS::EC2::Route", "AWS::EC2::RouteTable", "AWS::EC2::EIP", "AWS::RDS::DBInstance",
        "AWS::RDS::DBCluster", "AWS::RDS::DBSubnetGroup", "AWS::RDS::DBParameterGroup",
        "AWS::SecretsManager::Secret", "AWS::SecretsManager::SecretTargetAttachment",
        "AWS::Kinesis::Stream"}) {
    EXPECT_EQ(0u, types.count(created)) << created;
  }
  EXPECT_EQ(1u, types.count("AWS::DMS::ReplicationInstance"));
}

TEST(ExistingResourcesTest, ReplicationUsesTheGivenVpcAndSubnets) {
  Json t = SynthAllExisting();
  Json group = t["Resources"][testing::LogicalIdByPath(t, "Replication/SecurityGroup")];
  EXPECT_EQ("vpc-0123456789abcdef0", group["Properties"]["VpcId"]);
  EXPECT_EQ(Json::parse(R"(["subnet-0a1b2c3d4e5f60001","subnet-0a1b2c3d4e5f60002"])"),
            testing::OnlyResource(t, "AWS::DMS::ReplicationSubnetGroup")["Properties"]["SubnetIds"]);
  // Egress to the database's own security group on its port.
  EXPECT_EQ("sg-0123456789abcdef0",
            group["Properties"]["SecurityGroupEgress"][1]["DestinationSecurityGroupId"]);
}

TEST(ExistingResourcesTest, IngressLandsOnTheGivenSecurityGroup) {
  Json t = SynthAllExisting();
  Json ingress = testing::OnlyResource(t, "AWS::EC2::SecurityGroupIngress");
  EXPECT_EQ("Demo/Database/IngressFromReplicationSecurityGroup",
            ingress["Metadata"]["aws:cdk:path"]);
  EXPECT_EQ("sg-0123456789abcdef0", ingress["Properties"]["GroupId"]);
  EXPECT_EQ(3306, ingress["Properties"]["FromPort"]);
  EXPECT_EQ(Json::parse(R"({"Fn::GetAtt":["ReplicationSecurityGroupCF2DF018","GroupId"]})"),
            ingress["Properties"]["SourceSecurityGroupId"]);
}

TEST(ExistingResourcesTest, SourceReadsExactlyThatSecretWithThatKey) {
  Json t = SynthAllExisting();
  Json endpoint = t["Resources"][testing::LogicalIdByPath(t, "Replication/SourceEndpoint")];
  EXPECT_EQ("aurora", endpoint["Properties"]["EngineName"]);
  EXPECT_EQ(kSecretArn, endpoint["Properties"]["MySqlSettings"]["SecretsManagerSecretId"]);
  EXPECT_FALSE(endpoint.contains("DependsOn"));
  Json role = t["Resources"][testing::LogicalIdByPath(t, "Replication/SecretAccessRole")];
  Json statements = role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
  ASSERT_EQ(2u, statements.size());
  EXPECT_EQ(kSecretArn, statements[0]["Resource"]);
  EXPECT_EQ("kms:Decrypt", statements[1]["Action"]);
  EXPECT_EQ(kKeyArn, statements[1]["Resource"]);
}

TEST(ExistingResourcesTest, TargetAndAlarmsUseTheStreamArnAndItsName) {
  Json t = SynthAllExisting();
  Json target = t["Resources"][testing::LogicalIdByPath(t, "Replication/TargetEndpoint")];
  EXPECT_EQ(kStreamArn, target["Properties"]["KinesisSettings"]["StreamArn"]);
  Json role = t["Resources"][testing::LogicalIdByPath(t, "Replication/StreamAccessRole")];
  EXPECT_EQ(kStreamArn, role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"][0]["Resource"]);
  Json alarm = t["Resources"][testing::LogicalIdByPath(t, "Monitoring/Throttled")];
  EXPECT_EQ(Json::parse(R"([{"Name":"StreamName","Value":"orders-cdc"}])"),
            alarm["Properties"]["Dimensions"]);
  EXPECT_EQ("orders-cdc", t["Outputs"]["StreamName"]["Value"]);
  EXPECT_EQ("3306", t["Outputs"]["DatabasePort"]["Value"]);
}

TEST(ExistingResourcesTest, WithoutASecurityGroupNothingIsAdmitted) {
  PipelineStackProps props = AllExisting();
  props.existing_database->security_group_id.reset();
  props.existing_database->secret_kms_key_arn.reset();
  App app;
  New<PipelineStack>(app, "Demo", props);
  Json t = testing::SynthTemplate(app);
  EXPECT_TRUE(testing::ResourcesOfType(t, "AWS::EC2::SecurityGroupIngress").empty());
  Json role = t["Resources"][testing::LogicalIdByPath(t, "Replication/SecretAccessRole")];
  EXPECT_EQ(1u, role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"].size());
}

TEST(ExistingResourcesTest, CreatedDatabaseGoesIntoTheExistingVpc) {
  PipelineStackProps props = AllExisting();
  props.existing_database.reset();
  props.database.publicly_accessible = false;
  props.database.secret_rotation_days = 30;
  App app;
  New<PipelineStack>(app, "Demo", props);
  Json t = testing::SynthTemplate(app);
  Json subnets = testing::OnlyResource(t, "AWS::RDS::DBSubnetGroup")["Properties"]["SubnetIds"];
  EXPECT_EQ(Json::parse(R"(["subnet-0a1b2c3d4e5f60001","subnet-0a1b2c3d4e5f60002"])"), subnets);
  // The rotation function may reach MySQL anywhere in the VPC's range.
  Json rotation = t["Resources"][testing::LogicalIdByPath(t, "Database/RotationSecurityGroup")];
  EXPECT_EQ("10.20.0.0/16", rotation["Properties"]["SecurityGroupEgress"][1]["CidrIp"]);
}

TEST(ExistingResourcesTest, PublicCreatedDatabaseNeedsPublicSubnets) {
  PipelineStackProps props = AllExisting();
  props.existing_database.reset();
  props.database.publicly_accessible = true;
  EXPECT_EQ((std::vector<std::string>{
                "existing_vpc.public_subnet_ids: expected at least two public subnets for the "
                "publicly accessible database (or database.publiclyAccessible: false), got 0"}),
            [&] {
              std::vector<std::string> out;
              for (const auto& d : props.ValidateWiring()) out.push_back(d.key_path + ": " + d.message);
              return out;
            }());
  props.existing_vpc->public_subnet_ids = {"subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"};
  EXPECT_TRUE(props.ValidateWiring().empty());
}

TEST(ExistingResourcesTest, PropsCheckShapes) {
  ExistingVpcProps vpc{"vpc-12", "10.20.0.1/16", {"subnet-0a1b2c3d"}, {"subnet-0a1b2c3d"}};
  EXPECT_EQ((std::vector<std::string>{
                "vpc_id: expected a VPC id like vpc-0123456789abcdef0, got \"vpc-12\"",
                "cidr: expected a network address (host bits zero), e.g. 10.20.0.0/16, got "
                "\"10.20.0.1/16\"",
                "private_subnet_ids: expected at least two private subnets, in different "
                "availability zones, got 1",
                "public_subnet_ids: expected each subnet listed once, got \"subnet-0a1b2c3d\""}),
            testing::ValidationMessages(vpc));
  ExistingMySqlProps db;
  db.host = "999.1.2.3";
  db.port = 0;
  db.secret_arn = "arn:aws:secretsmanager:eu-west-1:12345:secret:x";
  db.security_group_id = "sg-xyz";
  db.secret_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:alias/mine";
  EXPECT_EQ((std::vector<std::string>{
                "host: expected a host name or IPv4 address, got \"999.1.2.3\"",
                "port: expected an integer from 1 to 65535, got 0",
                "secret_arn: expected a Secrets Manager secret ARN "
                "(arn:<partition>:secretsmanager:<region>:<account>:secret:<name>), got "
                "\"arn:aws:secretsmanager:eu-west-1:12345:secret:x\"",
                "security_group_id: expected a security group id like sg-0123456789abcdef0, got "
                "\"sg-xyz\"",
                "secret_kms_key_arn: expected a KMS key ARN "
                "(arn:<partition>:kms:<region>:<account>:key/<id>), got "
                "\"arn:aws:kms:eu-west-1:123456789012:alias/mine\""}),
            testing::ValidationMessages(db));
  db.host = "10.1.2.3";
  db.port = 3306;
  db.secret_arn = kSecretArn;
  db.security_group_id = "sg-1a2b3c4d";
  db.secret_kms_key_arn = kKeyArn;
  EXPECT_TRUE(db.Validate().empty());
  EXPECT_EQ((std::vector<std::string>{
                "arn: expected a Kinesis stream ARN "
                "(arn:<partition>:kinesis:<region>:<account>:stream/<name>), got "
                "\"arn:aws:kinesis:eu-west-1:123456789012:orders\""}),
            testing::ValidationMessages(
                ExistingStreamProps{"arn:aws:kinesis:eu-west-1:123456789012:orders"}));
  EXPECT_EQ("orders-cdc", StreamNameOfArn(kStreamArn));
  EXPECT_EQ("", StreamNameOfArn("arn:aws:sqs:eu-west-1:123456789012:stream/x"));
}

}  // namespace
}  // namespace cdkpp
