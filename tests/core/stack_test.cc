#include "cdkpp/core/stack.h"

#include <gtest/gtest.h>

#include "cdkpp/core/app.h"
#include "cdkpp/core/cfn_output.h"
#include "cdkpp/core/cfn_parameter.h"
#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/token.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

TEST(StackTest, TemplateSectionsInFixedOrderResourcesInTreeOrder) {
  App app;
  auto& stack = New<Stack>(app, "S", StackProps{"demo", {}});
  auto& group = New<Construct>(stack, "Group");
  auto& queue = New<CfnResource>(group, "Queue", "AWS::SQS::Queue");
  New<CfnOutput>(stack, "QueueUrl", CfnOutputProps{Ref(queue), "the queue", std::nullopt, nullptr});
  New<CfnParameter>(stack, "Env", CfnParameterProps{});
  stack.AddTransform("AWS::Serverless-2016-10-31");
  Json t = testing::SynthTemplate(app);
  std::vector<std::string> keys;
  for (const auto& [key, value] : t.items()) keys.push_back(key);
  EXPECT_EQ((std::vector<std::string>{"Description", "Transform", "Parameters", "Resources", "Outputs"}),
            keys);
  EXPECT_EQ(Json::parse(R"({"Type":"AWS::SQS::Queue","Metadata":{"aws:cdk:path":"S/Group/Queue"}})"),
            t["Resources"]["GroupQueue4AD70803"]);
  EXPECT_EQ(Json::parse(R"({"Description":"the queue","Value":{"Ref":"GroupQueue4AD70803"}})"),
            t["Outputs"]["QueueUrl"]);
}

TEST(StackTest, ResourceAttributesRender) {
  App app;
  auto& stack = New<Stack>(app, "S");
  auto& a = New<CfnResource>(stack, "A", "AWS::SQS::Queue");
  auto& b = New<CfnResource>(stack, "B", "AWS::SQS::Queue");
  auto& c = New<CfnResource>(stack, "C", "AWS::SQS::Queue");
  c.AddDependency(b);
  c.AddDependency(a);
  c.AddDependency(a);
  c.ApplyRemovalPolicy(RemovalPolicy::kRetain);
  Json t = testing::SynthTemplate(app);
  EXPECT_EQ(Json::parse(R"(["A","B"])"), t["Resources"]["C"]["DependsOn"]);  // sorted by path
  EXPECT_EQ("Retain", t["Resources"]["C"]["DeletionPolicy"]);
  EXPECT_EQ("Retain", t["Resources"]["C"]["UpdateReplacePolicy"]);
}

TEST(StackTest, StackTagsMergeUnderOwnTagsSortedByKey) {
  App app;
  auto& stack = New<Stack>(app, "S", StackProps{"", {{"team", "data"}, {"Name", "stack"}}});
  New<CfnResource>(stack, "Listed", "AWS::SQS::Queue",
                   Value::Map({{"Tags", Value::List({Value::Map({{"Key", "Name"}, {"Value", "own"}})})}}),
                   TagFormat::kList);
  New<CfnResource>(stack, "Mapped", "AWS::SSM::Parameter", Value(), TagFormat::kMap);
  New<CfnResource>(stack, "Untaggable", "AWS::EC2::Route");
  Json t = testing::SynthTemplate(app);
  EXPECT_EQ(Json::parse(R"([{"Key":"Name","Value":"own"},{"Key":"team","Value":"data"}])"),
            t["Resources"]["Listed"]["Properties"]["Tags"]);
  EXPECT_EQ(Json::parse(R"({"Name":"stack","team":"data"})"), t["Resources"]["Mapped"]["Properties"]["Tags"]);
  EXPECT_FALSE(t["Resources"]["Untaggable"].contains("Properties"));
}

TEST(StackTest, OverriddenLogicalIdCollisionIsReported) {
  App app;
  auto& stack = New<Stack>(app, "S");
  New<CfnResource>(stack, "A", "AWS::SQS::Queue");
  New<CfnResource>(stack, "B", "AWS::SQS::Queue").OverrideLogicalId("A");
  EXPECT_EQ((std::vector<std::string>{"S/B: logical id \"A\" is already used by S/A"}),
            testing::SynthErrors(app));
}

TEST(StackTest, StackNameRules) {
  EXPECT_EQ("", CheckStackName("My-Stack1"));
  EXPECT_EQ("a stack name starts with a letter", CheckStackName("1stack"));
  EXPECT_EQ("a stack name has only letters, digits and hyphens", CheckStackName("my_stack"));
  EXPECT_EQ("a stack name has 1 to 128 characters", CheckStackName(std::string(129, 'a')));
  App app;
  New<Stack>(app, "bad_name");
  EXPECT_EQ((std::vector<std::string>{"While synthesizing bad_name: invalid stack name \"bad_name\": a "
                                      "stack name has only letters, digits and hyphens"}),
            testing::SynthErrors(app));
}

TEST(StackTest, TextThatIsNotUtf8IsAnErrorNotAnException) {
  // Through the C++ API any bytes reach the props: Validate() names the
  // member, and synthesis refuses a template CloudFormation could not read.
  App app;
  New<Stack>(app, "S", StackProps{"caf\xe9", {{"team", "d\xffta"}, {"ok", "fine"}}});
  EXPECT_EQ((std::vector<std::string>{
                "While synthesizing S: description: expected UTF-8 text, got byte 0xe9 at offset 3",
                "While synthesizing S: tags.team: expected UTF-8 text, got byte 0xff at offset 1"}),
            testing::SynthErrors(app));

  App app2;
  auto& stack = New<Stack>(app2, "S");
  New<CfnResource>(stack, "Q", "AWS::SQS::Queue",
                   Value::Map({{"QueueName", "\xc0\xaf"}}));  // an overlong '/'
  EXPECT_EQ((std::vector<std::string>{"S: the template's Resources.Q.Properties.QueueName is not "
                                      "valid UTF-8"}),
            testing::SynthErrors(app2));
}

TEST(StackTest, TagsWithoutAStringKeyAreKeptUnmerged) {
  App app;
  auto& stack = New<Stack>(app, "S", StackProps{"", {{"team", "data"}}});
  New<CfnResource>(
      stack, "Q", "AWS::SQS::Queue",
      Value::Map({{"Tags", Value::List({Value("not a tag"),
                                        Value::Map({{"Key", Value(int64_t{5})}, {"Value", "x"}})})}}),
      TagFormat::kList);
  Json t = testing::SynthTemplate(app);
  EXPECT_EQ(Json::parse(R"([{"Key":"team","Value":"data"},"not a tag",{"Key":5,"Value":"x"}])"),
            t["Resources"]["Q"]["Properties"]["Tags"]);
}

TEST(AppTest, ManifestIsACloudAssembly) {
  App app;
  auto& stack = New<Stack>(app, "S");
  New<CfnResource>(stack, "Q", "AWS::SQS::Queue");
  Result<CloudAssembly> assembly = app.Synth();
  ASSERT_TRUE(assembly.ok());
  EXPECT_EQ(Json::parse(R"({"version":"36.0.0","artifacts":{"S":{"type":"aws:cloudformation:stack",
      "environment":"aws://unknown-account/unknown-region",
      "properties":{"templateFile":"S.template.json","validateOnSynth":false},"displayName":"S"}}})"),
            assembly->manifest);
  std::vector<OutputFile> files = assembly->Files("out");
  ASSERT_EQ(3u, files.size());
  EXPECT_EQ("out/S.template.json", files[0].path);
  EXPECT_EQ("out/manifest.json", files[1].path);
  EXPECT_EQ("out/cdk.out", files[2].path);
  EXPECT_EQ(SerializeTemplate(assembly->stacks[0].template_json), files[0].contents);
}

TEST(AppTest, OnlyStackSelectsAndUnknownNameFails) {
  App app;
  New<CfnResource>(New<Stack>(app, "A"), "Q", "AWS::SQS::Queue");
  New<CfnResource>(New<Stack>(app, "B"), "Q", "AWS::SQS::Queue");
  Result<CloudAssembly> only_b = app.Synth("B");
  ASSERT_TRUE(only_b.ok());
  ASSERT_EQ(1u, only_b->stacks.size());
  EXPECT_EQ("B", only_b->stacks[0].stack_name);
  App app2;
  New<Stack>(app2, "A");
  Result<CloudAssembly> missing = app2.Synth("Nope");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ("no stack named \"Nope\"", missing.diagnostics()[0].ToString());
}

// Stacks synthesize side by side: the assembly still lists them in the
// tree's order, each with the template it makes alone, and errors of all
// failing stacks are reported in that order too.
TEST(AppTest, ManyStacksKeepTheirOrderAndTheirOwnTemplates) {
  App app;
  std::vector<const Stack*> stacks;
  for (int i = 0; i < 40; ++i) {
    auto& stack = New<Stack>(app, "S" + std::to_string(i));
    for (int q = 0; q <= i % 7; ++q) New<CfnResource>(stack, "Q" + std::to_string(q), "AWS::SQS::Queue");
    stacks.push_back(&stack);
  }
  Result<CloudAssembly> assembly = app.Synth();
  ASSERT_TRUE(assembly.ok());
  ASSERT_EQ(stacks.size(), assembly->stacks.size());
  for (std::size_t i = 0; i < stacks.size(); ++i) {
    EXPECT_EQ(stacks[i]->stack_name(), assembly->stacks[i].stack_name);
    Result<SynthesizedTemplate> alone = stacks[i]->Synthesize();
    ASSERT_TRUE(alone.ok());
    EXPECT_EQ(alone->text, assembly->stacks[i].template_text);
  }
}

TEST(AppTest, ErrorsOfSeveralStacksComeInTheTreesOrder) {
  App app;
  for (const char* name : {"A", "B", "C"}) {
    auto& stack = New<Stack>(app, name);
    New<CfnResource>(stack, "Q", "AWS::SQS::Queue").OverrideLogicalId("Same");
    New<CfnResource>(stack, "R", "AWS::SQS::Queue").OverrideLogicalId("Same");
  }
  Result<CloudAssembly> assembly = app.Synth();
  ASSERT_FALSE(assembly.ok());
  ASSERT_EQ(3u, assembly.diagnostics().size());
  EXPECT_EQ("A/R", assembly.diagnostics()[0].key_path);
  EXPECT_EQ("B/R", assembly.diagnostics()[1].key_path);
  EXPECT_EQ("C/R", assembly.diagnostics()[2].key_path);
}

TEST(JsonTest, CanonicalSortsKeysAndTemplateKeepsOrder) {
  Json j = Json::parse(R"({"b":1,"a":{"d":[2,{"z":1,"y":2}],"c":"é"}})");
  EXPECT_EQ(R"({"a":{"c":"é","d":[2,{"y":2,"z":1}]},"b":1})", SerializeCanonical(j));
  EXPECT_EQ("{\n \"b\": 1,\n \"a\": {\n  \"d\": [\n   2,\n   {\n    \"z\": 1,\n    \"y\": 2\n   }\n  ],\n"
            "  \"c\": \"é\"\n }\n}\n",
            SerializeTemplate(j));
}

}  // namespace
}  // namespace cdkpp
