#include "cdkpp/diff/template_diff.h"

#include <gtest/gtest.h>

#include <map>

#include "support/test_inputs.h"

namespace cdkpp::diff {
namespace {

using testing::J;

class TemplateDiffTest : public ::testing::Test {
 protected:
  TemplateDiff Diff(const char* a, const char* b, bool strict = false) {
    DiffOptions o;
    o.schemas = &schemas_;
    o.strict = strict;
    return DiffTemplates(J(a), J(b), o);
  }
  ResourceSchemas schemas_;
};

TEST_F(TemplateDiffTest, IdenticalTemplatesHaveNoDifferences) {
  const char* t =
      R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"ShardCount":1}}}})";
  EXPECT_TRUE(Diff(t, t).empty());
}

// A LanguageExtensions template diffs as CloudFormation expands it: a loop
// and the resources it stands for are the same template.
TEST_F(TemplateDiffTest, ForEachIsComparedExpanded) {
  const char* loop = R"({"Transform":"AWS::LanguageExtensions","Resources":{
      "Fn::ForEach::Streams":["Name",["a","b"],{"S${Name}":{"Type":"AWS::Kinesis::Stream",
        "Properties":{"Name":"s-${Name}","ShardCount":1}}}]}})";
  const char* written = R"({"Transform":"AWS::LanguageExtensions","Resources":{
      "Sa":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"s-a","ShardCount":1}},
      "Sb":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"s-b","ShardCount":1}}}})";
  EXPECT_TRUE(Diff(loop, written).empty());
  EXPECT_TRUE(Diff(written, loop).empty());

  const char* three = R"({"Transform":"AWS::LanguageExtensions","Resources":{
      "Fn::ForEach::Streams":["Name",["a","b","c"],{"S${Name}":{"Type":"AWS::Kinesis::Stream",
        "Properties":{"Name":"s-${Name}","ShardCount":1}}}]}})";
  TemplateDiff d = Diff(loop, three);
  ASSERT_EQ(d.resources.size(), 1u);
  EXPECT_EQ(d.resources[0].logical_id, "Sc");
  EXPECT_EQ(d.resources[0].kind, ChangeKind::kAdded);
  EXPECT_EQ(d.resources[0].new_type, "AWS::Kinesis::Stream");
}

TEST_F(TemplateDiffTest, AForEachKnownOnlyAtDeployTimeIsComparedAsWritten) {
  const char* a = R"({"Transform":"AWS::LanguageExtensions","Resources":{
      "Fn::ForEach::Qs":["N",{"Fn::Split":[",",{"Ref":"P"}]},{"Q${N}":{"Type":"AWS::SQS::Queue"}}]}})";
  const char* b = R"({"Transform":"AWS::LanguageExtensions","Resources":{
      "Fn::ForEach::Qs":["N",{"Fn::Split":[",",{"Ref":"P"}]},{"Q${N}":{"Type":"AWS::SNS::Topic"}}]}})";
  EXPECT_TRUE(Diff(a, a).empty());
  TemplateDiff d = Diff(a, b);
  ASSERT_EQ(d.resources.size(), 1u);
  EXPECT_EQ(d.resources[0].logical_id, "Fn::ForEach::Qs");
  EXPECT_EQ(d.resources[0].impact, Impact::kMayReplace);
  EXPECT_EQ(d.resources[0].reasons,
            std::vector<std::string>{"not a resource definition; compared as written"});
  EXPECT_FALSE(d.resources[0].attributes.empty());
}

TEST_F(TemplateDiffTest, EverySectionIsDiffed) {
  TemplateDiff d = Diff(
      R"({"AWSTemplateFormatVersion":"2010-09-09","Description":"a","Parameters":{"P":{"Type":"String"}},
          "Mappings":{"M":{"k":{"v":"1"}}},"Conditions":{"C":{"Fn::Equals":["a","b"]}},
          "Rules":{"R":{"Assertions":[]}},"Outputs":{"O":{"Value":"x"}},"Custom":{"x":1}})",
      R"({"AWSTemplateFormatVersion":"2010-09-09","Description":"b","Parameters":{"Q":{"Type":"String"}},
          "Mappings":{"M":{"k":{"v":"2"}}},"Conditions":{"C":{"Fn::Equals":["a","c"]}},
          "Rules":{},"Outputs":{"O":{"Value":"y"}},"Custom":{"x":2},"Transform":"AWS::Serverless-2016-10-31"})");
  std::vector<std::string> names;
  for (const auto& s : d.sections) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Description", "Parameters", "Rules", "Mappings",
                                             "Conditions", "Transform", "Outputs", "Custom"}));
  const SectionDiff& params = d.sections[1];
  ASSERT_EQ(params.entries.size(), 2u);
  EXPECT_EQ(params.entries[0].name, "P");
  EXPECT_EQ(params.entries[0].kind, ChangeKind::kRemoved);
  EXPECT_EQ(params.entries[1].name, "Q");
  EXPECT_EQ(params.entries[1].kind, ChangeKind::kAdded);
  EXPECT_EQ(d.sections[0].entries[0].old_value, Json("a"));
  EXPECT_EQ(d.sections[0].entries[0].new_value, Json("b"));
}

TEST_F(TemplateDiffTest, CreateOnlyPropertyChangeIsReplacement) {
  TemplateDiff d = Diff(
      R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"a","ShardCount":1}}}})",
      R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"b","ShardCount":2}}}})");
  ASSERT_EQ(d.resources.size(), 1u);
  const ResourceDiff& r = d.resources[0];
  EXPECT_EQ(r.impact, Impact::kReplace);
  ASSERT_EQ(r.properties.size(), 2u);
  EXPECT_EQ(r.properties[0].key, "Name");
  EXPECT_EQ(r.properties[0].impact, Impact::kReplace);
  EXPECT_EQ(r.properties[1].key, "ShardCount");
  EXPECT_EQ(r.properties[1].impact, Impact::kUpdate);
  EXPECT_EQ(r.reasons,
            std::vector<std::string>{"Name is create-only: changing it replaces the resource"});
  EXPECT_TRUE(d.HasReplacement());
}

TEST_F(TemplateDiffTest, ReplacementStatesTheUpdateReplacePolicy) {
  TemplateDiff d = Diff(
      R"({"Resources":{"D":{"Type":"AWS::RDS::DBInstance","UpdateReplacePolicy":"Snapshot","Properties":{"DBName":"a"}}}})",
      R"({"Resources":{"D":{"Type":"AWS::RDS::DBInstance","UpdateReplacePolicy":"Snapshot","Properties":{"DBName":"b"}}}})");
  ASSERT_EQ(d.resources.size(), 1u);
  EXPECT_EQ(d.resources[0].reasons,
            (std::vector<std::string>{
                "DBName is create-only: changing it replaces the resource",
                "UpdateReplacePolicy Snapshot: the old resource is snapshotted, then deleted"}));
}

TEST_F(TemplateDiffTest, UpdatablePropertyChangeIsUpdate) {
  TemplateDiff d =
      Diff(R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"ShardCount":1}}}})",
           R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"ShardCount":2}}}})");
  ASSERT_EQ(d.resources.size(), 1u);
  EXPECT_EQ(d.resources[0].impact, Impact::kUpdate);
  EXPECT_FALSE(d.HasReplacement());
}

TEST_F(TemplateDiffTest, TypeChangeIsReplacement) {
  TemplateDiff d = Diff(R"({"Resources":{"X":{"Type":"AWS::SNS::Topic"}}})",
                        R"({"Resources":{"X":{"Type":"AWS::SQS::Queue"}}})");
  ASSERT_EQ(d.resources.size(), 1u);
  EXPECT_EQ(d.resources[0].impact, Impact::kReplace);
  EXPECT_EQ(d.resources[0].old_type, "AWS::SNS::Topic");
  EXPECT_EQ(d.resources[0].new_type, "AWS::SQS::Queue");
}

TEST_F(TemplateDiffTest, UnknownTypeMayBeReplacedCustomIsUpdated) {
  TemplateDiff d = Diff(
      R"({"Resources":{"U":{"Type":"Acme::Thing::Widget","Properties":{"A":1}},
                       "C":{"Type":"Custom::Seed","Properties":{"A":1}}}})",
      R"({"Resources":{"U":{"Type":"Acme::Thing::Widget","Properties":{"A":2}},
                       "C":{"Type":"Custom::Seed","Properties":{"A":2}}}})");
  ASSERT_EQ(d.resources.size(), 2u);
  EXPECT_EQ(d.resources[0].logical_id, "C");
  EXPECT_EQ(d.resources[0].impact, Impact::kUpdate);
  EXPECT_EQ(d.resources[1].impact, Impact::kMayReplace);
}

TEST_F(TemplateDiffTest, RemovalDestroysOrOrphans) {
  TemplateDiff d = Diff(
      R"({"Resources":{"A":{"Type":"AWS::SNS::Topic"},
                       "B":{"Type":"AWS::S3::Bucket","DeletionPolicy":"Retain"},
                       "C":{"Type":"AWS::RDS::DBInstance","DeletionPolicy":"Snapshot"}}})",
      R"({"Resources":{"N":{"Type":"AWS::SNS::Topic"}}})");
  ASSERT_EQ(d.resources.size(), 4u);
  EXPECT_EQ(d.resources[0].impact, Impact::kDestroy);
  EXPECT_EQ(d.resources[1].impact, Impact::kOrphan);
  EXPECT_EQ(d.resources[2].impact, Impact::kDestroy);
  EXPECT_EQ(d.resources[2].reasons[0], "DeletionPolicy Snapshot: a snapshot is taken first");
  EXPECT_EQ(d.resources[3].logical_id, "N");
  EXPECT_EQ(d.resources[3].impact, Impact::kCreate);
}

TEST_F(TemplateDiffTest, ReplacementPropagatesThroughRefGetAttAndSub) {
  TemplateDiff d = Diff(
      R"({"Resources":{
        "S":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"a"}},
        "E":{"Type":"AWS::DMS::Endpoint","Properties":{"KinesisSettings":{"StreamArn":{"Fn::GetAtt":["S","Arn"]}}}},
        "R":{"Type":"AWS::IAM::Role","Properties":{"RoleName":{"Fn::Sub":"r-${S}"}}},
        "T":{"Type":"AWS::SNS::Topic","Properties":{"TopicName":"t"}}}})",
      R"({"Resources":{
        "S":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"b"}},
        "E":{"Type":"AWS::DMS::Endpoint","Properties":{"KinesisSettings":{"StreamArn":{"Fn::GetAtt":["S","Arn"]}}}},
        "R":{"Type":"AWS::IAM::Role","Properties":{"RoleName":{"Fn::Sub":"r-${S}"}}},
        "T":{"Type":"AWS::SNS::Topic","Properties":{"TopicName":"t"}}}})");
  ASSERT_EQ(d.resources.size(), 3u);
  EXPECT_EQ(d.resources[0].logical_id, "E");
  EXPECT_TRUE(d.resources[0].indirect);
  EXPECT_EQ(d.resources[0].impact, Impact::kUpdate);
  EXPECT_EQ(d.resources[1].logical_id, "R");
  EXPECT_EQ(d.resources[1].impact, Impact::kMayReplace);  // RoleName is create-only
  EXPECT_EQ(d.resources[1].reasons[0],
            "RoleName uses S, which is replaced; the new value may replace this resource");
  EXPECT_EQ(d.resources[2].logical_id, "S");
}

TEST_F(TemplateDiffTest, OutputsReadingAReplacedResourceAreNoted) {
  TemplateDiff d = Diff(
      R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"a"}}},
          "Outputs":{"Arn":{"Value":{"Fn::GetAtt":["S","Arn"]},"Export":{"Name":"x"}},
                     "Fixed":{"Value":"v"}}})",
      R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"b"}}},
          "Outputs":{"Arn":{"Value":{"Fn::GetAtt":["S","Arn"]},"Export":{"Name":"x"}},
                     "Fixed":{"Value":"v"}}})");
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].name, "Outputs");
  ASSERT_EQ(d.sections[0].entries.size(), 1u);
  const EntryDiff& e = d.sections[0].entries[0];
  EXPECT_EQ(e.name, "Arn");
  EXPECT_TRUE(e.changes.empty());
  EXPECT_EQ(e.notes, (std::vector<std::string>{
                         "value changes: reads S, which is replaced",
                         "export x changes its value: CloudFormation refuses this while "
                         "another stack imports it (Fn::ImportValue): update or delete the "
                         "importing stacks first"}));
}

TEST_F(TemplateDiffTest, ExportsThatVanishOrChangeAreNoted) {
  TemplateDiff d = Diff(
      R"({"Outputs":{"Id":{"Value":"a","Export":{"Name":"N-VpcId"}},
                     "Cidr":{"Value":"10.0.0.0/16","Export":{"Name":"N-VpcCidr"}},
                     "Sub":{"Value":"s","Export":{"Name":"N-Sub1"}},
                     "Plain":{"Value":"p"}}})",
      R"({"Outputs":{"Id":{"Value":"b","Export":{"Name":"N-VpcId"}},
                     "Sub":{"Value":"s","Export":{"Name":"M-Sub1"}},
                     "Plain":{"Value":"q"}}})");
  ASSERT_EQ(d.sections.size(), 1u);
  std::map<std::string, std::vector<std::string>> notes;
  for (const EntryDiff& e : d.sections[0].entries) notes[e.name] = e.notes;
  const std::string refuses =
      ": CloudFormation refuses this while another stack imports it (Fn::ImportValue): update "
      "or delete the importing stacks first";
  EXPECT_EQ(notes["Id"], std::vector<std::string>{"export N-VpcId changes its value" + refuses});
  EXPECT_EQ(notes["Cidr"], std::vector<std::string>{"export N-VpcCidr vanishes" + refuses});
  EXPECT_EQ(notes["Sub"], std::vector<std::string>{
                              "export N-Sub1 vanishes (now exported as M-Sub1)" + refuses});
  EXPECT_TRUE(notes["Plain"].empty());
}

TEST_F(TemplateDiffTest, CdkNoiseIsIgnoredUnlessStrict) {
  const char* a = R"({"Parameters":{"BootstrapVersion":{"Type":"String","Default":"1"}},
    "Rules":{"CheckBootstrapVersion":{"Assertions":[1]}},
    "Resources":{"CDKMetadata":{"Type":"AWS::CDK::Metadata","Properties":{"Analytics":"a"}},
      "S":{"Type":"AWS::SNS::Topic","Metadata":{"aws:cdk:path":"A/S"},"DependsOn":["X","Y"]}}})";
  const char* b = R"({"Parameters":{"BootstrapVersion":{"Type":"String","Default":"2"}},
    "Rules":{"CheckBootstrapVersion":{"Assertions":[2]}},
    "Resources":{"CDKMetadata":{"Type":"AWS::CDK::Metadata","Properties":{"Analytics":"b"}},
      "S":{"Type":"AWS::SNS::Topic","Metadata":{"aws:cdk:path":"B/S"},"DependsOn":["Y","X"]}}})";
  EXPECT_TRUE(Diff(a, b).empty());
  TemplateDiff strict = Diff(a, b, /*strict=*/true);
  EXPECT_EQ(strict.sections.size(), 2u);
  EXPECT_EQ(strict.resources.size(), 2u);
}

TEST_F(TemplateDiffTest, ConstructPathComesFromMetadata) {
  TemplateDiff d = Diff(
      R"({"Resources":{}})",
      R"({"Resources":{"S":{"Type":"AWS::SNS::Topic","Metadata":{"aws:cdk:path":"App/Topic/Resource"}}}})");
  ASSERT_EQ(d.resources.size(), 1u);
  EXPECT_EQ(d.resources[0].construct_path, "App/Topic/Resource");
}

TEST_F(TemplateDiffTest, AttributeChangesAreListedApart) {
  TemplateDiff d =
      Diff(R"({"Resources":{"S":{"Type":"AWS::SNS::Topic","DeletionPolicy":"Delete"}}})",
           R"({"Resources":{"S":{"Type":"AWS::SNS::Topic","DeletionPolicy":"Retain"}}})");
  ASSERT_EQ(d.resources.size(), 1u);
  ASSERT_EQ(d.resources[0].attributes.size(), 1u);
  EXPECT_EQ(d.resources[0].attributes[0].key, "DeletionPolicy");
  EXPECT_EQ(d.resources[0].impact, Impact::kNone);
}

}  // namespace
}  // namespace cdkpp::diff
