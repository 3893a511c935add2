// Template-structure rules (CDKPP-CFN-*): one failing and one passing
// template each, with the whole finding text compared.
#include <gtest/gtest.h>

#include <string>

#include "validate/validate_test_util.h"

namespace cdkpp::validate {
namespace {

using test_util::Lines;
using test_util::Only;
using test_util::Run;
using Strings = std::vector<std::string>;

constexpr const char* kGood = R"({
  "Parameters": {"Env": {"Type": "String"}},
  "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
  "Resources": {
    "Topic": {"Type": "AWS::SNS::Topic"},
    "Queue": {"Type": "AWS::SQS::Queue", "Condition": "IsProd", "DependsOn": ["Topic"],
              "Properties": {"QueueName": {"Fn::Sub": "${AWS::StackName}-${Env}-${Topic.TopicName}-${!Lit}"},
                             "DelaySeconds": {"Fn::If": ["IsProd", 1, {"Ref": "AWS::NoValue"}]}}}
  },
  "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["Queue", "Arn"]}, "Condition": "IsProd"}}
})";

std::vector<Finding> TemplateFindings(const std::string& json) {
  ValidateOptions options;
  options.schema_checks = false;
  options.security_checks = false;
  return Run(json, options);
}

TEST(TemplateRules, GoodTemplateHasNoFindings) {
  EXPECT_EQ(Lines(TemplateFindings(kGood)), (Strings{}));
}

TEST(TemplateRules, Structure) {
  EXPECT_EQ(Lines(TemplateFindings("[]")),
            (Strings{"CDKPP-CFN-001  : template must be a JSON or YAML object"}));
  EXPECT_EQ(Lines(TemplateFindings(R"({"Resorces": {}})")),
            (Strings{"CDKPP-CFN-001  Resorces: unknown top-level section \"Resorces\"",
                     "CDKPP-CFN-001  Resources: template has no Resources section"}));
  EXPECT_EQ(
      Lines(TemplateFindings(R"({"Resources": {"A": {"Properties": {}, "Deletion": "Retain",
        "DeletionPolicy": "Keep"}}, "Outputs": {"O": {"Export": {}}}})")),
      (Strings{"CDKPP-CFN-001 A Deletion: unknown resource attribute \"Deletion\"",
               "CDKPP-CFN-001 A DeletionPolicy: DeletionPolicy \"Keep\" is not one of Delete, "
               "Retain, Snapshot, RetainExceptOnCreate",
               "CDKPP-CFN-001 A Type: resource has no Type",
               "CDKPP-CFN-001 O Value: output has no Value"}));
}

TEST(TemplateRules, FormatVersionAndTransformShape) {
  const std::string resources = R"("Resources": {"T": {"Type": "AWS::SNS::Topic"}})";
  EXPECT_EQ(Lines(TemplateFindings(R"({"AWSTemplateFormatVersion": "2010-09-10",
      "Transform": {"key": "ATransform"}, )" + resources + "}")),
            (Strings{"CDKPP-CFN-001  AWSTemplateFormatVersion: AWSTemplateFormatVersion "
                     "\"2010-09-10\" is not \"2010-09-09\", the only template format version",
                     "CDKPP-CFN-001  Transform: Transform must be a macro name, an object with "
                     "Name (and Parameters), or a list of them; got {\"key\":\"ATransform\"}"}));
  EXPECT_EQ(Lines(TemplateFindings(R"({"AWSTemplateFormatVersion": null, "Transform": null, )" +
                                   resources + "}")),
            (Strings{"CDKPP-CFN-001  AWSTemplateFormatVersion: AWSTemplateFormatVersion null is "
                     "not \"2010-09-09\", the only template format version",
                     "CDKPP-CFN-001  Transform: Transform must be a macro name, an object with "
                     "Name (and Parameters), or a list of them; got null"}));
  EXPECT_EQ(Lines(TemplateFindings(R"({"AWSTemplateFormatVersion": "2010-09-09",
      "Transform": ["AWS::LanguageExtensions", {"Name": "AWS::Include",
                    "Parameters": {"Location": "s3://b/k"}}], )" + resources + "}")),
            (Strings{}));
}

// cfn-lint accepts `Resources: {}`; CloudFormation creates no stack from it.
TEST(TemplateRules, EmptyResourcesIsAWarning) {
  auto findings = TemplateFindings(R"({"Resources": {}})");
  EXPECT_EQ(Lines(findings), (Strings{"CDKPP-CFN-021  Resources: Resources declares no resource; "
                                      "CloudFormation creates no stack from this template"}));
  EXPECT_EQ(findings.at(0).severity, Severity::kWarning);
  // A loop that could not be expanded may declare resources: CDKPP-CFN-020
  // says it was not checked, and there is no claim that Resources is empty.
  auto looped = TemplateFindings(R"({"Transform": "AWS::LanguageExtensions",
      "Parameters": {"Names": {"Type": "CommaDelimitedList"}},
      "Resources": {"Fn::ForEach::Topics": ["Name", {"Ref": "Names"},
                                            {"T${Name}": {"Type": "AWS::SNS::Topic"}}]}})");
  EXPECT_TRUE(Only(looped, "CDKPP-CFN-021").empty());
  EXPECT_EQ(Only(looped, "CDKPP-CFN-020").size(), 1u);
}

TEST(TemplateRules, RefToMissingTarget) {
  auto f = TemplateFindings(R"({"Resources": {
    "A": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Ref": "Nope"},
          "DisplayName": {"Ref": "Topik"}}},
    "Topic": {"Type": "AWS::SNS::Topic"}},
    "Outputs": {"O": {"Value": {"Ref": "Gone"}}}})");
  EXPECT_EQ(Lines(f),
            (Strings{"CDKPP-CFN-002 A Properties.DisplayName.Ref: Ref to \"Topik\", which is "
                     "not a parameter, resource or pseudo parameter; did you mean \"Topic\"?",
                     "CDKPP-CFN-002 A Properties.TopicName.Ref: Ref to \"Nope\", which is "
                     "not a parameter, resource or pseudo parameter",
                     "CDKPP-CFN-002 O Outputs.Value.Ref: Ref to \"Gone\", which is not a "
                     "parameter, resource or pseudo parameter"}));
  EXPECT_EQ(Lines(Only(TemplateFindings(kGood), "CDKPP-CFN-002")), (Strings{}));
}

TEST(TemplateRules, GetAttToMissingResource) {
  auto f = TemplateFindings(R"({"Parameters": {"P": {"Type": "String"}}, "Resources": {
    "A": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::GetAtt": "P.Arn"}}}}})");
  EXPECT_EQ(Lines(f), (Strings{"CDKPP-CFN-003 A Properties.TopicName.Fn::GetAtt: "
                               "Fn::GetAtt of \"P\", which is not a resource"}));
}

TEST(TemplateRules, DependsOnMissingResource) {
  auto f = TemplateFindings(R"({"Resources": {
    "A": {"Type": "AWS::SNS::Topic", "DependsOn": ["B", 3]},
    "B": {"Type": "AWS::SNS::Topic", "DependsOn": "C"}}})");
  EXPECT_EQ(Lines(f),
            (Strings{"CDKPP-CFN-004 A DependsOn[1]: DependsOn entries must be logical id "
                     "strings",
                     "CDKPP-CFN-004 B DependsOn: DependsOn \"C\", which is not a resource"}));
}

TEST(TemplateRules, UndeclaredConditions) {
  auto f = TemplateFindings(R"({"Resources": {
    "A": {"Type": "AWS::SNS::Topic", "Condition": "X",
          "Properties": {"TopicName": {"Fn::If": ["Y", "a", "b"]}}}},
    "Outputs": {"O": {"Value": "v", "Condition": "Z"}}})");
  EXPECT_EQ(Lines(f),
            (Strings{"CDKPP-CFN-005 A Condition: Condition \"X\" is not declared in "
                     "Conditions",
                     "CDKPP-CFN-005 A Properties.TopicName.Fn::If[0]: condition \"Y\" is not "
                     "declared in Conditions",
                     "CDKPP-CFN-005 O Outputs.Condition: Condition \"Z\" is not declared in "
                     "Conditions"}));
}

TEST(TemplateRules, SubVariables) {
  auto f = TemplateFindings(R"({"Resources": {
    "A": {"Type": "AWS::SNS::Topic", "Properties": {
      "TopicName": {"Fn::Sub": ["${Local}-${Missing}-${Ghost.Arn}", {"Local": "x"}]}}}}})");
  EXPECT_EQ(Lines(f), (Strings{"CDKPP-CFN-006 A Properties.TopicName.Fn::Sub[0]: Fn::Sub variable "
                               "${Ghost.Arn} names no parameter, resource or variable",
                               "CDKPP-CFN-006 A Properties.TopicName.Fn::Sub[0]: Fn::Sub variable "
                               "${Missing} names no parameter, resource or variable"}));
}

TEST(TemplateRules, DependencyCycles) {
  auto f = TemplateFindings(R"({"Resources": {
    "Free": {"Type": "AWS::SNS::Topic"},
    "A": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Ref": "B"}}},
    "B": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::Sub": "${C.TopicName}"}}},
    "C": {"Type": "AWS::SNS::Topic", "DependsOn": "A"},
    "Self": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::GetAtt": ["Self", "TopicName"]}}}}})");
  EXPECT_EQ(Lines(f),
            (Strings{"CDKPP-CFN-007 A : circular dependency between resources: A, B, C",
                     "CDKPP-CFN-007 Self : circular dependency between resources: Self"}));
}

TEST(TemplateRules, LogicalIds) {
  std::string long_id(256, 'a');
  auto f = TemplateFindings(R"({"Resources": {"My-Bucket": {"Type": "AWS::SNS::Topic"}, ")" +
                            long_id + R"(": {"Type": "AWS::SNS::Topic"}}})");
  EXPECT_EQ(Lines(f),
            (Strings{"CDKPP-CFN-008 My-Bucket : Resources logical id \"My-Bucket\" must be "
                     "alphanumeric (A-Za-z0-9)",
                     "CDKPP-CFN-008 " + long_id +
                         " : Resources logical id is 256 characters (limit 255)"}));
}

Json ManyElements(const char* section, int n, const Json& element) {
  Json t = {{"Resources", {{"R", {{"Type", "AWS::SNS::Topic"}}}}}};
  Json s = Json::object();
  for (int i = 0; i < n; ++i) s["E" + std::to_string(i)] = element;
  t[section] = s;
  return t;
}

std::vector<Finding> TemplateFindings(const Json& t) {
  ValidateOptions options;
  options.schema_checks = false;
  options.security_checks = false;
  return ValidateTemplate(t, options);
}

TEST(TemplateRules, SectionCounts) {
  Json topic = {{"Type", "AWS::SNS::Topic"}};
  Json out = {{"Value", "v"}};
  Json param = {{"Type", "String"}};
  Json mapping = {{"k", {{"v", "1"}}}};
  struct Case {
    const char* section;
    const char* rule;
    int limit;
    Json element;
  } cases[] = {{"Resources", "CDKPP-CFN-009", 500, topic},
               {"Outputs", "CDKPP-CFN-010", 200, out},
               {"Parameters", "CDKPP-CFN-011", 200, param},
               {"Mappings", "CDKPP-CFN-012", 200, mapping}};
  for (const auto& c : cases) {
    EXPECT_EQ(Lines(Only(TemplateFindings(ManyElements(c.section, c.limit, c.element)), c.rule)),
              (Strings{}))
        << c.section;
    EXPECT_EQ(
        Lines(Only(TemplateFindings(ManyElements(c.section, c.limit + 1, c.element)), c.rule)),
        (Strings{std::string(c.rule) + "  " + c.section + ": template declares " +
                 std::to_string(c.limit + 1) + " " + c.section + " (limit " +
                 std::to_string(c.limit) + ")"}));
  }
}

TEST(TemplateRules, TemplateSize) {
  Json t = Json::parse(kGood);
  ValidateOptions options;
  options.template_bytes = 51200;
  EXPECT_EQ(Lines(Only(ValidateTemplate(t, options), "CDKPP-CFN-014")), (Strings{}));
  options.template_bytes = 51201;
  auto f = Only(ValidateTemplate(t, options), "CDKPP-CFN-014");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kWarning);
  EXPECT_EQ(f[0].message,
            "template is 51201 bytes, above the 51,200-byte limit for inline templates: deploy it "
            "through S3 with `aws cloudformation deploy --s3-bucket BUCKET`");
  options.template_bytes = 1000001;
  auto all = ValidateTemplate(t, options);
  EXPECT_EQ(Lines(Only(all, "CDKPP-CFN-014")), (Strings{}));
  EXPECT_EQ(Lines(Only(all, "CDKPP-CFN-013")),
            (Strings{"CDKPP-CFN-013  : template is 1000001 bytes; CloudFormation accepts at "
                     "most 1,000,000 bytes (1 MB)"}));
  // Unset: the serialized template is measured.
  Json big = Json::parse(kGood);
  big["Metadata"] = {{"Padding", std::string(60000, 'x')}};
  EXPECT_EQ(Only(ValidateTemplate(big, {}), "CDKPP-CFN-014").size(), 1u);
}

TEST(TemplateRules, DynamicReferences) {
  Json t = {{"Resources", Json::object()}};
  for (int i = 0; i < 61; ++i) {
    t["Resources"]["R" + std::to_string(i)] = {
        {"Type", "AWS::SNS::Topic"},
        {"Properties", {{"TopicName", "{{resolve:ssm:/p" + std::to_string(i) + "}}"}}}};
  }
  EXPECT_EQ(Lines(Only(TemplateFindings(t), "CDKPP-CFN-015")),
            (Strings{"CDKPP-CFN-015  : template uses 61 dynamic references "
                     "{{resolve:...}} (limit 60)"}));
  t["Resources"].erase("R0");
  EXPECT_EQ(Lines(Only(TemplateFindings(t), "CDKPP-CFN-015")), (Strings{}));
}

TEST(TemplateRules, Description) {
  Json t = Json::parse(kGood);
  t["Description"] = std::string(1024, 'd');
  EXPECT_EQ(Lines(Only(TemplateFindings(t), "CDKPP-CFN-016")), (Strings{}));
  t["Description"] = std::string(1025, 'd');
  EXPECT_EQ(Lines(Only(TemplateFindings(t), "CDKPP-CFN-016")),
            (Strings{"CDKPP-CFN-016  Description: Description is 1025 bytes (limit 1,024)"}));
}

TEST(TemplateRules, IntrinsicFunctionShapes) {
  auto f = TemplateFindings(
      std::string(R"({"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {
    "TopicName": {"Fn::Join": ["-"]}, "DisplayName": {"Fn::Select": ["x", ["a"]]},
    "KmsMasterKeyId": {"Fn::Concat": ["a", "b"]},
    "Good": {"Fn::Join": ["", [{"Fn::Select": ["0", {"Fn::Split": [",", "a,b"]}]}]]}}}}})"));
  EXPECT_EQ(Lines(f),
            (Strings{"CDKPP-CFN-017 A Properties.DisplayName.Fn::Select: Fn::Select index must be "
                     "an integer, got \"x\"",
                     "CDKPP-CFN-017 A Properties.KmsMasterKeyId.Fn::Concat: unknown intrinsic "
                     "function Fn::Concat",
                     "CDKPP-CFN-017 A Properties.TopicName.Fn::Join: Fn::Join takes [delimiter "
                     "string, list of values]"}));
}

TEST(TemplateRules, GetStackOutputShape) {
  auto f = TemplateFindings(std::string(R"({"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {
    "TopicName": {"Fn::GetStackOutput": {"StackName": "producer"}},
    "DisplayName": {"Fn::GetStackOutput": "invalid"},
    "KmsMasterKeyId": {"Fn::GetStackOutput": {"StackName": "p", "OutputName": "o", "Bad": 1}},
    "Good": {"Fn::GetStackOutput": {"StackName": {"Ref": "AWS::StackName"}, "OutputName": "o",
                                    "Region": "eu-west-1", "RoleArn": "arn:aws:iam::1:role/r"}}}}}})"));
  const std::string shape = "Fn::GetStackOutput takes {StackName, OutputName, Region, RoleArn} "
                            "(the last two optional); ";
  EXPECT_EQ(Lines(f), (Strings{"CDKPP-CFN-017 A Properties.DisplayName.Fn::GetStackOutput: " +
                                   shape + "got \"invalid\"",
                               "CDKPP-CFN-017 A Properties.KmsMasterKeyId.Fn::GetStackOutput: " +
                                   shape + "\"Bad\" is not one of them",
                               "CDKPP-CFN-017 A Properties.TopicName.Fn::GetStackOutput: " + shape +
                                   "OutputName is missing"}));
}

TEST(TemplateRules, AMacroCallStandsForAnyArgument) {
  // CloudFormation runs the macro first; only its output meets Fn::Sub.
  auto f = TemplateFindings(
      std::string(R"({"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {
    "TopicName": {"Fn::Sub": {"Fn::Transform": {"Name": "Names", "Parameters": {}}}},
    "DisplayName": {"Fn::Sub": {"Fn::Join": ["", ["a"]]}}}}}})"));
  EXPECT_EQ(Lines(Only(f, "CDKPP-CFN-017")),
            (Strings{"CDKPP-CFN-017 A Properties.DisplayName.Fn::Sub: Fn::Sub takes a string or "
                     "[string, variable map]"}));
}

TEST(TemplateRules, FindInMap) {
  auto f = TemplateFindings(std::string(R"({"Mappings": {"M": {"us-east-1": {"ami": "x"}}},
    "Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {
      "A": {"Fn::FindInMap": ["M", {"Ref": "AWS::Region"}, "ami"]},
      "B": {"Fn::FindInMap": ["M", "us-east-1", "kernel"]},
      "C": {"Fn::FindInMap": ["Gone", "a", "b"]},
      "D": {"Fn::FindInMap": ["M", "eu-west-1", "ami", {"DefaultValue": "y"}]}}}}})"));
  EXPECT_EQ(Lines(f),
            (Strings{"CDKPP-CFN-018 A Properties.B.Fn::FindInMap: mapping \"M\" key "
                     "\"us-east-1\" has no second-level key \"kernel\"",
                     "CDKPP-CFN-018 A Properties.C.Fn::FindInMap: Fn::FindInMap names mapping "
                     "\"Gone\", which Mappings does not declare"}));
}

// The rule skips templates without any Fn::FindInMap (RuleContext notes
// whether there is one): one nested in another intrinsic of an output is
// still found.
TEST(TemplateRules, FindInMapNestedInAnOutput) {
  auto f = TemplateFindings(std::string(R"({"Mappings": {"M": {"k": {"v": "x"}}},
    "Resources": {"A": {"Type": "AWS::SNS::Topic"}},
    "Outputs": {"O": {"Value": {"Fn::Join": ["", [{"Fn::FindInMap": ["M", "k", "w"]}]]}}}})"));
  EXPECT_EQ(Lines(Only(f, "CDKPP-CFN-018")),
            (Strings{"CDKPP-CFN-018 O Outputs.Value.Fn::Join[1][0].Fn::FindInMap: mapping \"M\" "
                     "key \"k\" has no second-level key \"w\""}));
}

TEST(TemplateRules, ParameterDeclarations) {
  auto f = TemplateFindings(std::string(R"({"Parameters": {
      "A": {"Type": "Strin"}, "B": {"Type": "String", "AllowedValues": ["x"], "Default": "y"},
      "C": {"Type": "Number", "AllowedValues": [1, 2], "Default": 2},
      "D": {"Type": "AWS::EC2::VPC::Id"}, "E": {"Type": "List<AWS::EC2::Subnet::Id>"}},
    "Resources": {"T": {"Type": "AWS::SNS::Topic"}}})"));
  EXPECT_EQ(Lines(f), (Strings{"CDKPP-CFN-019 A Type: parameter type \"Strin\" does not exist",
                               "CDKPP-CFN-019 B Default: Default \"y\" is not one of the "
                               "parameter's AllowedValues"}));
}

}  // namespace
}  // namespace cdkpp::validate
