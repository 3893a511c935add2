// The one resolution step: every token type becomes its intrinsic.
#include <gtest/gtest.h>

#include "cdkpp/core/app.h"
#include "cdkpp/core/cfn_condition.h"
#include "cdkpp/core/cfn_parameter.h"
#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/stack.h"
#include "cdkpp/core/token.h"
#include "core/resolve_context.h"

namespace cdkpp {
namespace {

class ResolveTest : public ::testing::Test {
 protected:
  ResolveTest() : stack_(New<Stack>(app_, "S")), bucket_(New<CfnResource>(stack_, "Bucket", "AWS::S3::Bucket")) {}
  Json Resolve(const Value& v) {
    internal::ResolveContext ctx(stack_, &errors_, "test");
    return v.Resolve(ctx);
  }
  App app_;
  Stack& stack_;
  CfnResource& bucket_;
  Diagnostics errors_;
};

TEST_F(ResolveTest, RefAndGetAttUseLogicalIds) {
  EXPECT_EQ(Json::parse(R"({"Ref":"Bucket"})"), Resolve(Ref(bucket_)));
  EXPECT_EQ(Json::parse(R"({"Fn::GetAtt":["Bucket","Arn"]})"), Resolve(GetAtt(bucket_, "Arn")));
  EXPECT_EQ(Json::parse(R"({"Ref":"AWS::Region"})"), Resolve(Ref(Pseudo::kRegion)));
  EXPECT_TRUE(errors_.empty());
}

TEST_F(ResolveTest, SubWithAndWithoutVariables) {
  EXPECT_EQ(Json::parse(R"({"Fn::Sub":"a-${AWS::Region}"})"), Resolve(Sub("a-${AWS::Region}")));
  EXPECT_EQ(Json::parse(R"({"Fn::Sub":["${B}/x",{"B":{"Ref":"Bucket"}}]})"),
            Resolve(Sub("${B}/x", {{"B", Ref(bucket_)}})));
}

TEST_F(ResolveTest, JoinMergesLiteralsAndCollapsesToString) {
  EXPECT_EQ(Json("a-b-c"), Resolve(Join("-", {"a", "b", "c"})));
  EXPECT_EQ(Json::parse(R"({"Fn::Join":["",["x:y",{"Ref":"Bucket"},"z"]]})"),
            Resolve(Join("", {"x:", "y", Ref(bucket_), "z"})));
}

TEST_F(ResolveTest, SelectSplitGetAzsImportValue) {
  EXPECT_EQ(Json::parse(R"({"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"Bucket"}]}]})"),
            Resolve(Select(6, Split(":", Ref(bucket_)))));
  EXPECT_EQ(Json::parse(R"({"Fn::GetAZs":""})"), Resolve(GetAZs()));
  EXPECT_EQ(Json::parse(R"({"Fn::ImportValue":"shared-vpc"})"), Resolve(ImportValue("shared-vpc")));
}

TEST_F(ResolveTest, ConditionsAndIf) {
  auto& env = New<CfnParameter>(stack_, "Env", CfnParameterProps{});
  auto& prod = New<CfnCondition>(stack_, "IsProd", Equals(Ref(env), "prod"));
  EXPECT_EQ(Json::parse(R"({"Fn::If":["IsProd",1,2]})"), Resolve(If(prod, 1, 2)));
  EXPECT_EQ(Json::parse(R"({"Fn::Not":[{"Fn::Equals":["a","b"]}]})"), Resolve(Not(Equals("a", "b"))));
}

TEST_F(ResolveTest, DynamicReferenceNeverHoldsTheSecret) {
  EXPECT_EQ(Json::parse(R"({"Fn::Join":["",["{{resolve:secretsmanager:",{"Ref":"Bucket"},
                          ":SecretString:password::}}"]]})"),
            Resolve(SecretsManagerReference(Ref(bucket_), "password")));
}

TEST_F(ResolveTest, NullMapEntriesAreDroppedNestedValuesResolve) {
  Value v = Value::Map({{"A", Value()}, {"B", Value::List({Ref(bucket_), 1, true, 2.5})}});
  EXPECT_EQ(Json::parse(R"({"B":[{"Ref":"Bucket"},1,true,2.5]})"), Resolve(v));
}

TEST_F(ResolveTest, ReferenceIntoAnotherStackIsAnError) {
  auto& other = New<Stack>(app_, "Other");
  auto& foreign = New<CfnResource>(other, "Queue", "AWS::SQS::Queue");
  Resolve(Ref(foreign));
  ASSERT_EQ(1u, errors_.size());
  EXPECT_EQ(
      "While synthesizing test: \"Other/Queue\" is not in stack \"S\": export it with an output "
      "and use ImportValue",
      errors_[0].message);
}

}  // namespace
}  // namespace cdkpp
