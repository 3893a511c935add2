#include "cdkpp/constructs/rds_mysql.h"

#include <gtest/gtest.h>

#include "cdkpp/constructs/vpc.h"
#include "cdkpp/core/app.h"
#include "cdkpp/core/stack.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

Json SynthDatabase(RdsMysqlProps props) {
  App app;
  auto& stack = New<Stack>(app, "S");
  auto& vpc = New<Vpc>(stack, "VPC");
  New<RdsMysql>(stack, "Database", vpc, props);
  return testing::SynthTemplate(app);
}

TEST(RdsMysqlTest, BinlogParameterGroupForCdc) {
  Json t = SynthDatabase({});
  Json group = testing::OnlyResource(t, "AWS::RDS::DBParameterGroup");
  EXPECT_EQ("mysql8.0", group["Properties"]["Family"]);
  EXPECT_EQ(Json::parse(R"({"binlog_checksum":"NONE","binlog_format":"ROW","binlog_row_image":"FULL"})"),
            group["Properties"]["Parameters"]);
  Json db = testing::OnlyResource(t, "AWS::RDS::DBInstance");
  EXPECT_EQ(Json::parse(R"({"Ref":"DatabaseParameterGroup2462DB94"})"),
            db["Properties"]["DBParameterGroupName"]);
  EXPECT_EQ(1, db["Properties"]["BackupRetentionPeriod"]);
  EXPECT_EQ("Snapshot", db["DeletionPolicy"]);
}

TEST(RdsMysqlTest, CredentialsOnlyThroughDynamicReferences) {
  Json t = SynthDatabase({});
  Json db = testing::OnlyResource(t, "AWS::RDS::DBInstance");
  EXPECT_EQ(Json::parse(R"({"Fn::Join":["",["{{resolve:secretsmanager:",{"Ref":"DatabaseSecretC9203AE3"},
      ":SecretString:password::}}"]]})"),
            db["Properties"]["MasterUserPassword"]);
  Json secret = testing::OnlyResource(t, "AWS::SecretsManager::Secret");
  EXPECT_EQ(R"({"username":"admin"})", secret["Properties"]["GenerateSecretString"]["SecretStringTemplate"]);
  Json attachment = testing::OnlyResource(t, "AWS::SecretsManager::SecretTargetAttachment");
  EXPECT_EQ(Json::parse(R"({"Ref":"DatabaseB269D8BB"})"), attachment["Properties"]["TargetId"]);
}

TEST(RdsMysqlTest, PublicDatabaseUsesPublicSubnetsPrivateOneTheOthers) {
  RdsMysqlProps public_props;
  public_props.publicly_accessible = true;
  Json public_db = SynthDatabase(public_props);
  EXPECT_EQ(Json::parse(R"([{"Ref":"VPCPublicSubnet1SubnetB4246D30"},{"Ref":"VPCPublicSubnet2Subnet74179F39"}])"),
            testing::OnlyResource(public_db, "AWS::RDS::DBSubnetGroup")["Properties"]["SubnetIds"]);
  RdsMysqlProps props;
  props.publicly_accessible = false;
  props.allowed_cidrs = {};
  Json private_db = SynthDatabase(props);
  EXPECT_EQ(Json::parse(R"([{"Ref":"VPCPrivateSubnet1Subnet8BCA10E0"},{"Ref":"VPCPrivateSubnet2SubnetCFCDAA7A"}])"),
            testing::OnlyResource(private_db, "AWS::RDS::DBSubnetGroup")["Properties"]["SubnetIds"]);
  Json sg = testing::OnlyResource(private_db, "AWS::EC2::SecurityGroup");
  EXPECT_FALSE(sg["Properties"].contains("SecurityGroupIngress"));
}

TEST(RdsMysqlTest, RotationAddsScheduleAndTransform) {
  RdsMysqlProps props;
  props.secret_rotation_days = 30;
  Json t = SynthDatabase(props);
  EXPECT_EQ("AWS::SecretsManager-2020-07-23", t["Transform"]);
  Json schedule = testing::OnlyResource(t, "AWS::SecretsManager::RotationSchedule");
  EXPECT_EQ("MySQLSingleUser", schedule["Properties"]["HostedRotationLambda"]["RotationType"]);
  EXPECT_EQ(30, schedule["Properties"]["RotationRules"]["AutomaticallyAfterDays"]);
  EXPECT_EQ(1u, testing::ResourcesOfType(t, "AWS::EC2::SecurityGroupIngress").size());
}

TEST(RdsMysqlTest, CustomerManagedSecretKeyIsUsedByEveryReader) {
  RdsMysqlProps props;
  props.secret_kms_encryption = true;
  props.secret_rotation_days = 30;
  Json t = SynthDatabase(props);
  Json key = testing::OnlyResource(t, "AWS::KMS::Key");
  EXPECT_EQ("Retain", key["DeletionPolicy"]);
  EXPECT_EQ(true, key["Properties"]["EnableKeyRotation"]);
  Json key_arn = Json::parse(R"({"Fn::GetAtt":["DatabaseSecretKey28354F47","Arn"]})");
  EXPECT_EQ(key_arn, testing::OnlyResource(t, "AWS::SecretsManager::Secret")["Properties"]["KmsKeyId"]);
  EXPECT_EQ(key_arn, testing::OnlyResource(t, "AWS::SecretsManager::RotationSchedule")["Properties"]
                         ["HostedRotationLambda"]["KmsKeyArn"]);
}

TEST(RdsMysqlTest, FamilyFromEngineVersion) {
  EXPECT_EQ("mysql8.0", MysqlParameterGroupFamily("8.0.43"));
  EXPECT_EQ("mysql8.4", MysqlParameterGroupFamily("8.4.3"));
  EXPECT_EQ("mysql5.7", MysqlParameterGroupFamily("5.7"));
  EXPECT_EQ("", MysqlParameterGroupFamily("8.01"));
}

TEST(RdsMysqlTest, Validation) {
  RdsMysqlProps no_backups;
  no_backups.backup_retention_days = 0;
  EXPECT_EQ((std::vector<std::string>{"backup_retention_days: expected an integer from 1 to 35 "
                                      "(backups must stay on: RDS keeps binlogs only with them), "
                                      "got 0"}),
            testing::ValidationMessages(no_backups));
  RdsMysqlProps bad;
  bad.engine_version = "9.9";
  bad.allowed_cidrs = {"10.0.0.0/8", "10.0.0.1/8"};
  bad.database_name = "1db";
  EXPECT_EQ((std::vector<std::string>{
                "engine_version: expected a MySQL version 5.7.x, 8.0.x or 8.4.x, got \"9.9\"",
                "allowed_cidrs[1]: expected a network address (host bits zero), e.g. 10.0.0.0/8, "
                "got \"10.0.0.1/8\"",
                "database_name: expected 1 to 64 letters, digits or '_', starting with a letter, got "
                "\"1db\""}),
            testing::ValidationMessages(bad));
}

}  // namespace
}  // namespace cdkpp
