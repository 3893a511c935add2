// Schema checks proven on hand-broken templates: a typo in a property, a
// missing required property, a bad enum, a bad GetAtt, wrong types, patterns
// and ranges; and silence on what is valid.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "validate/validate_test_util.h"

namespace cdkpp::validate {
namespace {

using Strings = std::vector<std::string>;

Strings SchemaLines(const std::string& resources, const std::string& outputs = "{}") {
  ValidateOptions options;
  options.security_checks = false;
  auto findings =
      test_util::Run(R"({"Resources": )" + resources + R"(, "Outputs": )" + outputs + "}", options);
  Strings out;
  for (const auto& f : findings) {
    if (f.code.rfind("CDKPP-SCH-", 0) == 0) {
      out.push_back(f.code + " " + f.logical_id + " " + f.key_path + ": " + f.message);
    }
  }
  return out;
}

TEST(SchemaChecks, ValidStreamIsSilent) {
  EXPECT_EQ(SchemaLines(R"({"S": {"Type": "AWS::Kinesis::Stream", "Properties": {
      "Name": "my-stream", "ShardCount": "2", "RetentionPeriodHours": 24,
      "StreamModeDetails": {"StreamMode": "PROVISIONED"},
      "StreamEncryption": {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"},
      "Tags": [{"Key": "k", "Value": "v"}]}}})",
                        R"({"Arn": {"Value": {"Fn::GetAtt": ["S", "Arn"]}}})"),
            Strings{});
}

TEST(SchemaChecks, UnknownType) {
  EXPECT_EQ(
      SchemaLines(R"({"S": {"Type": "AWS::Kinesis::Steam"},
                            "C": {"Type": "Custom::Anything", "Properties": {"X": 1}}})"),
      (Strings{"CDKPP-SCH-001 S Type: resource type \"AWS::Kinesis::Steam\" does not exist"}));
}

TEST(SchemaChecks, PropertyTypoAndReadOnly) {
  EXPECT_EQ(SchemaLines(R"({"S": {"Type": "AWS::Kinesis::Stream", "Properties": {
      "ShardCont": 1, "Arn": "x", "StreamModeDetails": {"Mode": "PROVISIONED", "StreamMode": "PROVISIONED"}}}})"),
            (Strings{"CDKPP-SCH-002 S Properties.ShardCont: property \"ShardCont\" is not defined "
                     "for AWS::Kinesis::Stream; did you mean \"ShardCount\"?",
                     "CDKPP-SCH-002 S Properties.StreamModeDetails.Mode: property \"Mode\" is not "
                     "defined for AWS::Kinesis::Stream",
                     "CDKPP-SCH-009 S Properties.Arn: property \"Arn\" of AWS::Kinesis::Stream is "
                     "read-only (set by CloudFormation)"}));
}

// A template written for `aws cloudformation package` names local files in
// the properties that command uploads: an info, not a wrong type. The same
// string anywhere else, or an S3 URL where an object is expected, stays an
// error.
TEST(SchemaChecks, LocalPathsForThePackageCommand) {
  EXPECT_EQ(SchemaLines(R"({
      "F": {"Type": "AWS::Lambda::Function", "Properties": {"Code": "./src", "Role": {"Ref": "R"}}},
      "G": {"Type": "AWS::Lambda::Function", "Properties": {"Code": "s3://b/k.zip",
            "Role": {"Ref": "R"}}},
      "L": {"Type": "AWS::Lambda::LayerVersion", "Properties": {"Content": "layer/"}},
      "J": {"Type": "AWS::Glue::Job", "Properties": {"Role": "r",
            "Command": {"ScriptLocation": "etl/job.py"}}},
      "R": {"Type": "AWS::CodeCommit::Repository", "Properties": {"RepositoryName": "r",
            "Code": {"S3": "repo/"}}},
      "S": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"x": 1}}}})"),
            (Strings{
                "CDKPP-SCH-010 F Properties.Code: \"./src\" is a local path: `aws cloudformation "
                "package` uploads it to S3 and writes its S3 location here; deploy the template "
                "that command writes",
                "CDKPP-SCH-004 G Properties.Code: expected object, got string \"s3://b/k.zip\"",
                "CDKPP-SCH-010 L Properties.Content: \"layer/\" is a local path: `aws "
                "cloudformation package` uploads it to S3 and writes its S3 location here; deploy "
                "the template that command writes",
                "CDKPP-SCH-010 J Properties.Command.ScriptLocation: \"etl/job.py\" is a local "
                "path: `aws cloudformation package` uploads it to S3 and writes its S3 location "
                "here; deploy the template that command writes",
                "CDKPP-SCH-010 R Properties.Code.S3: \"repo/\" is a local path: `aws "
                "cloudformation package` uploads it to S3 and writes its S3 location here; deploy "
                "the template that command writes",
                "CDKPP-SCH-004 S Properties.TopicName: expected string, got object"}));
}

TEST(SchemaChecks, MissingRequired) {
  EXPECT_EQ(
      SchemaLines(R"({"Q": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"VpcId": "vpc-1"}},
                            "K": {"Type": "AWS::Kinesis::Stream", "Properties": {
                                  "StreamEncryption": {"EncryptionType": "KMS"}}}})"),
      (Strings{"CDKPP-SCH-003 Q Properties.GroupDescription: required property "
               "\"GroupDescription\" is missing",
               "CDKPP-SCH-003 K Properties.StreamEncryption.KeyId: required property "
               "\"KeyId\" is missing"}));
}

TEST(SchemaChecks, WrongTypes) {
  EXPECT_EQ(SchemaLines(R"({"S": {"Type": "AWS::Kinesis::Stream", "Properties": {
      "ShardCount": "two", "Tags": {"k": "v"}, "StreamModeDetails": "PROVISIONED"}}})"),
            (Strings{"CDKPP-SCH-004 S Properties.ShardCount: expected integer, got string \"two\"",
                     "CDKPP-SCH-004 S Properties.StreamModeDetails: expected object, got string "
                     "\"PROVISIONED\"",
                     "CDKPP-SCH-004 S Properties.Tags: expected array, got object"}));
}

TEST(SchemaChecks, BadEnum) {
  EXPECT_EQ(SchemaLines(R"({"S": {"Type": "AWS::Kinesis::Stream", "Properties": {
      "StreamModeDetails": {"StreamMode": "provisioned"}}}})"),
            (Strings{"CDKPP-SCH-005 S Properties.StreamModeDetails.StreamMode: string "
                     "\"provisioned\" is not one of ON_DEMAND, PROVISIONED; did you mean "
                     "\"PROVISIONED\"?"}));
}

// Constraints of nested property types ($ref'd definitions inside arrays):
// a launch configuration's BlockDeviceMappings[].Ebs is three levels down, a launch
// template's four.
TEST(SchemaChecks, NestedDefinitionsAreChecked) {
  EXPECT_EQ(SchemaLines(R"({"I": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {
      "ImageId": "ami-12345678", "InstanceType": "t3.micro",
      "BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "Ebs": {"Iops": 10}}]}},
      "T": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {
      "BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "Ebs": {"VolumeType": "magnetic"}}]}}}})"),
            (Strings{"CDKPP-SCH-007 I Properties.BlockDeviceMappings[0].Ebs.Iops: value 10 is "
                     "below the minimum 100",
                     "CDKPP-SCH-005 T Properties.LaunchTemplateData.BlockDeviceMappings[0].Ebs."
                     "VolumeType: string \"magnetic\" is not one of gp2, gp3, io1, io2, sc1, "
                     "st1, standard"}));
}

TEST(SchemaChecks, PatternAndRanges) {
  EXPECT_EQ(SchemaLines(R"({"S": {"Type": "AWS::Kinesis::Stream", "Properties": {
      "Name": "bad name!", "RetentionPeriodHours": 9000, "ShardCount": 0}},
      "L": {"Type": "AWS::Logs::LogGroup", "Properties": {"LogGroupName": "dms-tasks-ok_/#.x"}}})"),
            (Strings{"CDKPP-SCH-006 S Properties.Name: string \"bad name!\" does not match the "
                     "pattern ^[a-zA-Z0-9_.-]+$",
                     "CDKPP-SCH-007 S Properties.RetentionPeriodHours: value 9000 is above the "
                     "maximum 8760",
                     "CDKPP-SCH-007 S Properties.ShardCount: value 0 is below the minimum 1"}));
}

TEST(SchemaChecks, IntrinsicsAndDynamicReferencesAreNotChecked) {
  EXPECT_EQ(SchemaLines(R"({"S": {"Type": "AWS::Kinesis::Stream", "Properties": {
      "Name": {"Fn::Sub": "${AWS::StackName} x"}, "ShardCount": {"Fn::If": ["C", 1, 2]},
      "StreamModeDetails": {"StreamMode": {"Ref": "Mode"}}}},
      "D": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBInstanceClass": "db.t3.micro",
            "MasterUserPassword": "{{resolve:secretsmanager:s:SecretString:password}}"}}})"),
            Strings{});
}

TEST(SchemaChecks, BadGetAtt) {
  EXPECT_EQ(SchemaLines(R"({"S": {"Type": "AWS::Kinesis::Stream", "Properties": {"ShardCount": 1}},
      "T": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::Sub": "${S.Name}"}}}})",
                        R"({"O": {"Value": {"Fn::GetAtt": "S.StreamArn"}}})"),
            (Strings{"CDKPP-SCH-008 T Properties.TopicName.Fn::Sub: AWS::Kinesis::Stream has no "
                     "attribute \"Name\" (it has: Arn, WarmThroughputObject)",
                     "CDKPP-SCH-008 O Outputs.Value.Fn::GetAtt: AWS::Kinesis::Stream has no "
                     "attribute \"StreamArn\" (it has: Arn, WarmThroughputObject)"}));
}

TEST(SchemaChecks, DisabledBySchemaChecksFalse) {
  ValidateOptions options;
  options.schema_checks = false;
  auto f = test_util::Run(R"({"Resources": {"S": {"Type": "AWS::Kinesis::Steam"}}})", options);
  EXPECT_EQ(test_util::Only(f, "CDKPP-SCH-001").size(), 0u);
}

}  // namespace
}  // namespace cdkpp::validate
