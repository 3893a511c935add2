// Templates cdkpp did not write: constructs real templates use that must not
// be flagged, and mistakes cfn-lint rejects that must be. Whole findings are
// compared.
#include <gtest/gtest.h>

#include <string>

#include "validate/validate_test_util.h"

namespace cdkpp::validate {
namespace {

using test_util::Lines;
using test_util::Run;
using Strings = std::vector<std::string>;

// Errors only: security findings are not what these tests are about.
Strings Errors(const std::string& json) {
  ValidateOptions options;
  options.security_checks = false;
  Strings out;
  for (const Finding& f : Run(json, options)) {
    if (f.severity == Severity::kError) out.push_back(Lines({f})[0]);
  }
  return out;
}

TEST(ForeignTemplates, PropertiesChosenByFnIfAreCheckedPerBranch) {
  EXPECT_EQ(Errors(R"({
    "Parameters": {"Env": {"Type": "String"}},
    "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
    "Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"Fn::If": ["IsProd",
        {"DelaySeconds": 5}, {"Ref": "AWS::NoValue"}]}}}})"),
            Strings{});
  EXPECT_EQ(Errors(R"({
    "Parameters": {"Env": {"Type": "String"}},
    "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
    "Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"Fn::If": ["IsProd",
        {"DelaySeconds": 5}, {"Delay": 1}]}}}})"),
            (Strings{"CDKPP-SCH-002 Q Properties.Fn::If[2].Delay: property \"Delay\" is not "
                     "defined for AWS::SQS::Queue; did you mean \"DelaySeconds\"?"}));
}

TEST(ForeignTemplates, CdkParameterTypesAndNewerIntrinsicsAreKnown) {
  EXPECT_EQ(Errors(R"({
    "Parameters": {"Names": {"Type": "List<String>"}},
    "Resources": {"T": {"Type": "AWS::SNS::Topic", "Properties": {
      "TopicName": {"Fn::GetStackOutput": {"StackName": "Other", "OutputName": "Name"}},
      "DisplayName": {"Fn::Select": [0, {"Ref": "Names"}]}}}}})"),
            Strings{});
}

TEST(ForeignTemplates, ALogicalIdSharedByAResourceAndAParameter) {
  // An output may share a resource's name (cfn-lint's good fixtures do).
  EXPECT_EQ(Errors(R"({
    "Parameters": {"Topic": {"Type": "String"}},
    "Resources": {"Topic": {"Type": "AWS::SNS::Topic"}},
    "Outputs": {"Topic": {"Value": "x"}}})"),
            (Strings{"CDKPP-CFN-008 Topic : Parameters logical id \"Topic\" is also a resource's "
                     "logical id; logical ids must be unique"}));
}

TEST(ForeignTemplates, MalformedImportValue) {
  std::string json = R"({"Resources": {"T": {"Type": "AWS::SNS::Topic", "Properties": {
      "TopicName": {"Fn::ImportValue": ["a", "b"]},
      "DisplayName": {"Fn::ImportValue": {"Fn::GetAtt": ["X", "Y"]}}}},
      "U": {"Type": "AWS::SNS::Topic", "Properties": {
      "TopicName": {"Fn::ImportValue": {"Fn::Sub": "${AWS::StackName}-x"}}}}}})";
  Strings errors;
  for (const std::string& line : Errors(json)) {
    if (line.rfind("CDKPP-CFN-017", 0) == 0) errors.push_back(line);
  }
  EXPECT_EQ(errors,
            (Strings{"CDKPP-CFN-017 T Properties.DisplayName.Fn::ImportValue: Fn::ImportValue "
                     "takes an export name: a string or one of Fn::Sub, Fn::Join, Fn::Select, "
                     "Fn::Split, Fn::If, Fn::FindInMap, Fn::Base64, Ref; got "
                     "{\"Fn::GetAtt\":[\"X\",\"Y\"]}",
                     "CDKPP-CFN-017 T Properties.TopicName.Fn::ImportValue: Fn::ImportValue "
                     "takes an export name: a string or one of Fn::Sub, Fn::Join, Fn::Select, "
                     "Fn::Split, Fn::If, Fn::FindInMap, Fn::Base64, Ref; got [\"a\",\"b\"]"}));
}

TEST(ForeignTemplates, IamEffectMustBeAllowOrDeny) {
  EXPECT_EQ(Errors(R"({"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {
      "PolicyDocument": {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
        {"Effect": "allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}}}}})"),
            (Strings{"CDKPP-SCH-005 P Properties.PolicyDocument.Statement[1].Effect: string "
                     "\"allow\" is not one of Allow, Deny (an IAM policy Effect)"}));
}

TEST(ForeignTemplates, LanguageExtensionsAreAppliedBeforeChecking) {
  constexpr const char* kLoops = R"({
    "Transform": "AWS::LanguageExtensions",
    "Parameters": {"Names": {"Type": "CommaDelimitedList", "Default": "a,b"}},
    "Resources": {
      "Fn::ForEach::Topics": ["Name", {"Ref": "Names"}, {
        "Topic${Name}": {"Type": "AWS::SNS::Topic",
                         "Properties": {"TopicName": {"Fn::Sub": "t-${Name}"}}}}],
      "Fn::ForEach::Queues": ["Id", ["x-1", "y"], {
        "Queue&{Id}": {"Type": "AWS::SQS::Queue", "DeletionPolicy": {"Ref": "AWS::NoValue"},
                       "Properties": {"QueueName": {"Ref": "Id"},
                                      "DelaySeconds": {"Fn::Length": [1, 2]},
                                      "RedrivePolicy": {"Fn::ToJsonString": {"a": 1}}}}}]},
    "Outputs": {"Arn": {"Value": {"Ref": "Topica"}}, "Q": {"Value": {"Ref": "Queuex1"}}}})";
  EXPECT_EQ(Errors(kLoops), Strings{});
  // A mistake inside a loop is reported once per copy, at the copy.
  std::string typo = kLoops;
  typo.replace(typo.find("\"TopicName\""), 11, "\"TopicNme\"");
  EXPECT_EQ(Errors(typo),
            (Strings{"CDKPP-SCH-002 Topica Properties.TopicNme: property \"TopicNme\" is not "
                     "defined for AWS::SNS::Topic; did you mean \"TopicName\"?",
                     "CDKPP-SCH-002 Topicb Properties.TopicNme: property \"TopicNme\" is not "
                     "defined for AWS::SNS::Topic; did you mean \"TopicName\"?"}));
}

TEST(ForeignTemplates, AnUnexpandableLoopIsSaidNotPassedSilently) {
  std::vector<Finding> findings = test_util::Run(R"({
    "Transform": ["AWS::LanguageExtensions"],
    "Parameters": {"Names": {"Type": "CommaDelimitedList"}},
    "Resources": {"T": {"Type": "AWS::SNS::Topic"},
      "Fn::ForEach::Topics": ["Name", {"Ref": "Names"}, {
        "Topic${Name}": {"Type": "AWS::SNS::Topic"}}]}})");
  EXPECT_EQ(Lines(test_util::Only(findings, "CDKPP-CFN-020")),
            (Strings{"CDKPP-CFN-020  Transform: AWS::LanguageExtensions: Fn::ForEach::Topics: the "
                     "collection is not a list or a Ref to a list parameter with a Default; its "
                     "resources were not checked"}));
}

TEST(ForeignTemplates, ServerlessTemplatesSayWhichChecksWereSkipped) {
  constexpr const char* kSam = R"({
    "Transform": "AWS::Serverless-2016-10-31",
    "Globals": {"Function": {"Timeout": 10}},
    "Resources": {
      "Fn": {"Type": "AWS::Serverless::Function",
             "Properties": {"Runtime": "python3.12", "Handler": "a.b", "CodeUri": "."}},
      "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Ref": "FnRole"}}},
      "Bad": {"Type": "AWS::SNS::Topic", "Properties": {"TopicNme": "x"}}}})";
  std::vector<Finding> findings = test_util::Run(kSam);
  EXPECT_EQ(Errors(kSam),
            (Strings{"CDKPP-SCH-002 Bad Properties.TopicNme: property \"TopicNme\" is not defined "
                     "for AWS::SNS::Topic; did you mean \"TopicName\"?"}));
  EXPECT_EQ(Lines(test_util::Only(findings, "CDKPP-CFN-020")),
            (Strings{"CDKPP-CFN-020  Transform: the AWS::Serverless-2016-10-31 (SAM) transform "
                     "generates resources and references that exist only after it runs, so "
                     "CDKPP-CFN-002, CDKPP-CFN-003, CDKPP-CFN-004, CDKPP-CFN-006, CDKPP-CFN-007, "
                     "CDKPP-SCH-008 (references and cycles) were not checked and "
                     "AWS::Serverless::* resources were not checked against a schema; everything "
                     "else was"}));
}

// SAM's IgnoreGlobals ("*" or a list of Globals keys) is a resource
// attribute under the SAM transform only; SAM removes it before deploying.
TEST(ForeignTemplates, IgnoreGlobalsIsAnAttributeUnderSamOnly) {
  constexpr const char* kResources = R"(
    "Resources": {
      "A": {"Type": "AWS::Serverless::Function", "IgnoreGlobals": "*",
            "Properties": {"Runtime": "python3.12", "Handler": "a.b", "CodeUri": "."}},
      "B": {"Type": "AWS::SNS::Topic", "IgnoreGlobals": ["Runtime"]}}})";
  EXPECT_EQ(Errors(std::string(R"({"Transform": "AWS::Serverless-2016-10-31",)") + kResources),
            Strings{});
  EXPECT_EQ(Errors(std::string("{") + kResources),
            (Strings{"CDKPP-CFN-001 A IgnoreGlobals: unknown resource attribute \"IgnoreGlobals\"",
                     "CDKPP-CFN-001 B IgnoreGlobals: unknown resource attribute "
                     "\"IgnoreGlobals\""}));
}

// SAM rejects an IgnoreGlobals key its type's Globals section lacks.
TEST(ForeignTemplates, IgnoreGlobalsNamesKeysOfTheTypesGlobals) {
  EXPECT_EQ(Errors(R"({"Transform": "AWS::Serverless-2016-10-31",
    "Globals": {"Function": {"Timeout": 30, "Runtime": "python3.12"}},
    "Resources": {
      "A": {"Type": "AWS::Serverless::Function", "IgnoreGlobals": ["Runtime", "Timeot"],
            "Properties": {"Handler": "a.b", "CodeUri": "."}},
      "B": {"Type": "AWS::Serverless::Function", "IgnoreGlobals": "Timeout",
            "Properties": {"Handler": "a.b", "CodeUri": "."}},
      "C": {"Type": "AWS::Serverless::Api", "IgnoreGlobals": ["Anything"],
            "Properties": {"StageName": "x"}}}})"),
            (Strings{"CDKPP-CFN-001 A IgnoreGlobals[1]: IgnoreGlobals item \"Timeot\" is not a "
                     "key of Globals.Function; did you mean \"Timeout\"?",
                     "CDKPP-CFN-001 B IgnoreGlobals: IgnoreGlobals must be \"*\" or a list of "
                     "Globals.Function keys"}));
}

}  // namespace
}  // namespace cdkpp::validate
