// Malformed templates of every shape, on the OLD side and on the NEW side,
// give a diff, never an exception: DiffTemplates and FormatDiff run on
// anything a user hands to `cdkpp diff`. The shapes are the files of
// tests/testdata/diff/malformed (the CLI test runs them too) plus values no
// template file can hold.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cdkpp/diff/format_diff.h"
#include "cdkpp/diff/template_diff.h"
#include "cdkpp/io/file_system.h"
#include "cdkpp/template/load_template.h"
#include "util/utf8.h"

namespace cdkpp::diff {
namespace {

const std::string kDiffData = std::string(CDKPP_SOURCE_DIR) + "/tests/testdata/diff";

struct Shape {
  std::string name;
  Json value;
};

std::vector<Shape> Shapes() {
  std::vector<Shape> shapes;
  RealFileSystem fs;
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(kDiffData + "/malformed")) {
    std::string ext = entry.path().extension().string();
    if (ext == ".json" || ext == ".yaml") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) {
    Result<Json> t = LoadTemplate(path, fs);
    // A file the reader refuses is the CLI test's business (exit 2).
    if (t.ok()) shapes.push_back({path, *t});
  }
  Result<Json> base = LoadTemplate(kDiffData + "/pipeline/base.yaml", fs);
  if (base.ok()) shapes.push_back({"base.yaml", *base});
  // Values no file reaches DiffTemplates with: roots that are not objects,
  // and strings that are not UTF-8 (the readers refuse them).
  for (const char* root : {"null", "[]", "5", "\"text\"", "{}"}) {
    shapes.push_back({root, Json::parse(root)});
  }
  Json bad_utf8 = Json::parse(R"({"Resources": {"T": {"Type": "AWS::IAM::Role", "Properties": {
      "RoleName": "x", "Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": [
      {"Effect": "Allow", "Action": "s3:*", "Condition": {"StringEquals": {"k": "v"}}}]}}]}}},
      "Outputs": {"O": {"Value": "x"}}})");
  std::string invalid = "caf\xe9 \xff";
  bad_utf8["Resources"]["T"]["Properties"]["RoleName"] = invalid;
  bad_utf8["Resources"]["T"]["Properties"]["Policies"][0]["PolicyName"] = invalid;
  auto& statement = bad_utf8["Resources"]["T"]["Properties"]["Policies"][0]["PolicyDocument"]
                            ["Statement"][0];
  statement["Action"] = invalid;
  statement["Condition"]["StringEquals"][invalid] = invalid;
  bad_utf8["Resources"]["T"]["Metadata"] = {{"aws:cdk:path", invalid}};
  bad_utf8["Outputs"]["O"]["Value"] = invalid;
  bad_utf8[invalid] = invalid;
  shapes.push_back({"invalid UTF-8", bad_utf8});
  return shapes;
}

class DiffRobustnessTest : public ::testing::Test {
 protected:
  TemplateDiff Diff(const Json& a, const Json& b, bool strict = false) {
    DiffOptions options;
    options.schemas = &schemas_;
    options.strict = strict;
    return DiffTemplates(a, b, options);
  }
  ResourceSchemas schemas_;
};

TEST_F(DiffRobustnessTest, EveryPairOfMalformedShapesDiffsAndFormats) {
  std::vector<Shape> shapes = Shapes();
  ASSERT_GE(shapes.size(), 20u);  // the files were found
  for (const Shape& a : shapes) {
    for (const Shape& b : shapes) {
      for (bool strict : {false, true}) {
        TemplateDiff d;
        ASSERT_NO_THROW(d = Diff(a.value, b.value, strict)) << a.name << " -> " << b.name;
        for (DiffFormat format : {DiffFormat::kText, DiffFormat::kJson, DiffFormat::kMarkdown}) {
          FormatOptions f;
          f.format = format;
          std::string text;
          ASSERT_NO_THROW(text = FormatDiff(d, f)) << a.name << " -> " << b.name;
          // Whatever the input held, the output is UTF-8 (U+FFFD stands in).
          EXPECT_TRUE(cdkpp::internal::IsValidUtf8(text)) << a.name << " -> " << b.name;
        }
      }
    }
  }
}

TEST_F(DiffRobustnessTest, ATypeThatIsNotAStringIsAChangeOfType) {
  TemplateDiff d = Diff(Json::parse(R"({"Resources": {"A": {"Type": 5}}})"),
                        Json::parse(R"({"Resources": {"A": {"Type": "AWS::SNS::Topic"}}})"));
  ASSERT_EQ(d.resources.size(), 1u);
  EXPECT_EQ(d.resources[0].impact, Impact::kReplace);
  EXPECT_EQ(d.resources[0].old_type, "5");
  EXPECT_EQ(d.resources[0].reasons,
            std::vector<std::string>{"type changed from 5 to AWS::SNS::Topic"});
}

TEST_F(DiffRobustnessTest, AnEffectThatIsNotAStringIsShownAsWritten) {
  const char* statement =
      R"({"Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument":
          {"Statement": [{"Effect": %s, "Action": "s3:GetObject", "Resource": "*"}]}}}}})";
  auto with_effect = [&](const char* effect) {
    std::string text(statement);
    text.replace(text.find("%s"), 2, effect);
    return Json::parse(text);
  };
  TemplateDiff d = Diff(with_effect(R"("Allow")"), with_effect("1"));
  ASSERT_EQ(d.security.statements.size(), 2u);
  EXPECT_EQ(d.security.statements[0].kind, ChangeKind::kRemoved);
  EXPECT_EQ(d.security.statements[0].statement.effect, "Allow");
  EXPECT_EQ(d.security.statements[1].kind, ChangeKind::kAdded);
  EXPECT_EQ(d.security.statements[1].statement.effect, "1");
}

TEST_F(DiffRobustnessTest, InvalidUtf8IsShownAsReplacementCharacters) {
  Json a = Json::parse(R"({"Resources": {"T": {"Type": "AWS::SNS::Topic",
                          "Properties": {"DisplayName": "x"}}}})");
  Json b = a;
  b["Resources"]["T"]["Properties"]["DisplayName"] = "caf\xe9";
  FormatOptions f;
  std::string text = FormatDiff(Diff(a, b), f);
  EXPECT_NE(text.find("\"caf\xEF\xBF\xBD\""), std::string::npos) << text;
}

TEST_F(DiffRobustnessTest, DeeplyNestedJsonInAStringIsComparedAsText) {
  // Parsed as JSON, 100,000 levels would overflow the recursive comparison.
  auto task = [](const std::string& mappings) {
    Json t = Json::parse(R"({"Resources": {"T": {"Type": "AWS::DMS::ReplicationTask"}}})");
    t["Resources"]["T"]["Properties"]["TableMappings"] = mappings;
    return t;
  };
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  TemplateDiff d = Diff(task(deep), task(deep + " "));
  ASSERT_EQ(d.resources.size(), 1u);
  ASSERT_EQ(d.resources[0].properties.size(), 1u);
  EXPECT_FALSE(d.resources[0].properties[0].json_string);
}

TEST_F(DiffRobustnessTest, NumbersBeyondIntegersCompareWithoutOverflow) {
  auto stream = [](const char* shards) {
    return Json::parse(std::string(R"({"Resources": {"S": {"Type": "AWS::Kinesis::Stream",
                                      "Properties": {"ShardCount": )") +
                       shards + "}}}}");
  };
  EXPECT_TRUE(Diff(stream("1e300"), stream("1e300")).empty());
  EXPECT_TRUE(Diff(stream("2"), stream("2.0")).empty());
  TemplateDiff d = Diff(stream("1e300"), stream("-1e300"));
  ASSERT_EQ(d.resources.size(), 1u);
  ASSERT_EQ(d.resources[0].properties.size(), 1u);
  EXPECT_EQ(d.resources[0].properties[0].key, "ShardCount");
}

}  // namespace
}  // namespace cdkpp::diff
