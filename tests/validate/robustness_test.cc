// Malformed templates of every shape give findings, never an exception or a
// crash: ValidateTemplate runs on anything a user hands to `cdkpp validate`.
#include <gtest/gtest.h>

#include <string>

#include "validate/validate_test_util.h"

namespace cdkpp::validate {
namespace {

TEST(Robustness, MalformedShapesGiveFindingsNotExceptions) {
  const char* templates[] = {
      "null",
      "[]",
      "\"text\"",
      "{}",
      R"({"Resources": []})",
      R"({"Resources": {"A": 1}})",
      R"({"Resources": {"A": {"Type": 5, "Properties": "x", "DependsOn": {}}}})",
      R"({"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {
          "TopicName": {"Fn::GetAtt": 7}, "DisplayName": {"Fn::Sub": [1, 2]},
          "KmsMasterKeyId": {"Fn::If": []}, "X": {"Fn::FindInMap": ["M", 1, null]},
          "Y": {"Fn::Join": [1, 2]}, "Z": {"Fn::Select": [null, null]}, "W": {"Condition": []},
          "V": {"Fn::Sub": "${"}, "U": {"Fn::Sub": "${}"}, "T": {"Fn::GetAtt": []},
          "S": {"Ref": 3}}}}})",
      R"({"Resources": {"D": {"Type": "AWS::RDS::DBInstance", "Properties": {
          "PubliclyAccessible": [], "Port": {}, "BackupRetentionPeriod": "x"}},
          "R": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [1, {"PolicyDocument": 2}],
                "ManagedPolicyArns": {}}},
          "P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {"Statement": 5}}},
          "G": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"SecurityGroupIngress": [7]}}},
        "Mappings": [], "Outputs": {"O": 1}, "Parameters": {"P": []}, "Description": 5})",
  };
  for (const char* t : templates) {
    std::vector<Finding> findings;
    EXPECT_NO_THROW(findings = test_util::Run(t)) << t;
    EXPECT_TRUE(HasUnsuppressedErrors(findings)) << t;
  }
}

// std::regex recurses once per character under a repeated group: a 200 kB
// value against CustomPath's "^[...]+(/[...]+)*$" overflowed the stack.
TEST(Robustness, AVeryLongValueAgainstASchemaPatternIsNoCrash) {
  std::string path;
  for (int i = 0; i < 100000; ++i) path += "a/";
  std::string text = R"({"Resources": {"CA": {"Type": "AWS::ACMPCA::CertificateAuthority",
      "Properties": {"RevocationConfiguration": {"CrlConfiguration": {"CustomPath": ")" +
                     path + R"(a"}}}}}})";
  std::vector<Finding> findings;
  EXPECT_NO_THROW(findings = test_util::Run(text));
}

}  // namespace
}  // namespace cdkpp::validate
