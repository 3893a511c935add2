// AWS::LanguageExtensions as CloudFormation applies it: the one expansion
// that validate checks and diff compares.
#include "cdkpp/template/language_extensions.h"

#include <gtest/gtest.h>

namespace cdkpp {
namespace {

Json J(const char* s) { return Json::parse(s); }

TEST(LanguageExtensionsTest, WithoutTheTransformNothingIsExpanded) {
  Json t = J(R"({"Resources":{"Fn::ForEach::X":["N",["a"],{"Q${N}":{"Type":"T"}}]}})");
  EXPECT_FALSE(ExpandLanguageExtensions(t, UnexpandedLoops::kDrop, nullptr).has_value());
  EXPECT_FALSE(HasTransform(t, "AWS::LanguageExtensions"));
  EXPECT_TRUE(HasTransform(J(R"({"Transform":["A","AWS::LanguageExtensions"]})"),
                           "AWS::LanguageExtensions"));
}

TEST(LanguageExtensionsTest, LoopsNestAndSubstituteKeysStringsAndRefs) {
  Json t = J(R"({"Transform":"AWS::LanguageExtensions",
    "Parameters":{"Envs":{"Type":"CommaDelimitedList","Default":"dev,prod"}},
    "Resources":{"Fn::ForEach::Envs":["Env",{"Ref":"Envs"},{
      "Fn::ForEach::Apps":["App",["web-1"],{"Q&{App}${Env}":{"Type":"AWS::SQS::Queue",
        "Properties":{"QueueName":"${App}-${Env}","Tags":[{"Key":"env","Value":{"Ref":"Env"}}],
          "Count":{"Fn::Length":[1,2,3]},"Doc":{"Fn::ToJsonString":{"a":[1]}}}}}]}]}})");
  std::vector<std::string> notes;
  std::optional<Json> x = ExpandLanguageExtensions(t, UnexpandedLoops::kDrop, &notes);
  ASSERT_TRUE(x.has_value());
  EXPECT_TRUE(notes.empty());
  EXPECT_EQ((*x)["Resources"], J(R"({
    "Qweb1dev":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":"web-1-dev",
      "Tags":[{"Key":"env","Value":"dev"}],"Count":3,"Doc":"{\"a\":[1]}"}},
    "Qweb1prod":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":"web-1-prod",
      "Tags":[{"Key":"env","Value":"prod"}],"Count":3,"Doc":"{\"a\":[1]}"}}})"));
}

TEST(LanguageExtensionsTest, ALoopKnownOnlyAtDeployTimeIsDroppedOrKept) {
  Json t = J(R"({"Transform":"AWS::LanguageExtensions","Resources":{
    "B":{"Type":"AWS::S3::Bucket"},
    "Fn::ForEach::Qs":["N",{"Fn::Split":[",",{"Ref":"P"}]},{"Q${N}":{"Type":"AWS::SQS::Queue"}}]}})");
  std::vector<std::string> notes;
  Json dropped = *ExpandLanguageExtensions(t, UnexpandedLoops::kDrop, &notes);
  EXPECT_EQ(dropped["Resources"], J(R"({"B":{"Type":"AWS::S3::Bucket"}})"));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0],
            "Fn::ForEach::Qs: the collection is not a list or a Ref to a list parameter with a "
            "Default; its resources were not checked");
  Json kept = *ExpandLanguageExtensions(t, UnexpandedLoops::kKeep, nullptr);
  EXPECT_EQ(kept["Resources"], t["Resources"]);
}

}  // namespace
}  // namespace cdkpp
