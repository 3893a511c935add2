#include "cdkpp/diff/format_diff.h"

#include <gtest/gtest.h>

namespace cdkpp::diff {
namespace {

TemplateDiff StreamRenamed() {
  static ResourceSchemas schemas;
  DiffOptions o;
  o.schemas = &schemas;
  return DiffTemplates(
      Json::parse(
          R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"a","ShardCount":1},
                      "Metadata":{"aws:cdk:path":"P/S/Resource"}}}})"),
      Json::parse(
          R"({"Resources":{"S":{"Type":"AWS::Kinesis::Stream","Properties":{"Name":"b","ShardCount":1},
                      "Metadata":{"aws:cdk:path":"P/S/Resource"}}}})"),
      o);
}

TEST(FormatDiffTest, TextShowsTreeImpactAndSummary) {
  FormatOptions f;
  EXPECT_EQ(FormatDiff(StreamRenamed(), f),
            "Resources\n"
            "  [~] AWS::Kinesis::Stream S (P/S/Resource): replace\n"
            "      - Name is create-only: changing it replaces the resource\n"
            "      [~] Name: \"a\" -> \"b\"  (replace)\n"
            "\n"
            "Summary: 0 to add, 0 to update, 1 to replace, 0 may be replaced, 0 to destroy, 0 to "
            "orphan\n");
}

TEST(FormatDiffTest, ColorOnlyWhenAsked) {
  FormatOptions f;
  f.color = true;
  std::string text = FormatDiff(StreamRenamed(), f);
  EXPECT_NE(text.find("\x1b[1;31mreplace\x1b[0m"), std::string::npos);
  f.color = false;
  EXPECT_EQ(FormatDiff(StreamRenamed(), f).find('\x1b'), std::string::npos);
}

TEST(FormatDiffTest, NoDifferences) {
  FormatOptions f;
  EXPECT_EQ(FormatDiff(TemplateDiff{}, f), "There were no differences\n");
  f.format = DiffFormat::kMarkdown;
  EXPECT_EQ(FormatDiff(TemplateDiff{}, f), "### cdkpp diff\n\nThere were no differences.\n");
}

TEST(FormatDiffTest, JsonFollowsTheDocumentedSchema) {
  FormatOptions f;
  f.format = DiffFormat::kJson;
  Json j = Json::parse(FormatDiff(StreamRenamed(), f));
  EXPECT_EQ(j["schemaVersion"], 1);
  EXPECT_EQ(j["hasDifferences"], true);
  EXPECT_EQ(j["summary"]["replace"], 1);
  const Json& r = j["resources"][0];
  EXPECT_EQ(r["logicalId"], "S");
  EXPECT_EQ(r["impact"], "replace");
  EXPECT_EQ(r["constructPath"], "P/S/Resource");
  EXPECT_EQ(
      r["changes"][0],
      Json::parse(
          R"({"path":["Properties","Name"],"change":"modified","old":"a","new":"b","impact":"replace"})"));
  EXPECT_TRUE(j["security"]["iamStatements"].is_array());
}

TEST(FormatDiffTest, MarkdownHasATableAndFoldedDetails) {
  FormatOptions f;
  f.format = DiffFormat::kMarkdown;
  std::string md = FormatDiff(StreamRenamed(), f);
  EXPECT_NE(
      md.find(
          "| ✏️ modified | `S` | `AWS::Kinesis::Stream` | P/S/Resource | **replace** ⚠️ |"),
      std::string::npos)
      << md;
  EXPECT_NE(md.find("<details><summary>Full diff</summary>"), std::string::npos);
}

}  // namespace
}  // namespace cdkpp::diff

namespace cdkpp::diff {
namespace {

TEST(FormatDiffTest, MarkdownStaysUnderGitHubsCommentLimit) {
  Json a = Json::parse(R"({"Resources":{}})");
  Json b = Json::parse(R"({"Resources":{}})");
  for (int i = 0; i < 3000; ++i) {
    b["Resources"]["Topic" + std::to_string(i)] = Json::parse(R"({"Type":"AWS::SNS::Topic"})");
  }
  DiffOptions o;
  FormatOptions f;
  f.format = DiffFormat::kMarkdown;
  std::string md = FormatDiff(DiffTemplates(a, b, o), f);
  EXPECT_LT(md.size(), 65536u);
  EXPECT_NE(md.find("(truncated: run cdkpp diff locally for the full text)"), std::string::npos);
  EXPECT_NE(md.find("</details>"), std::string::npos);
}

}  // namespace
}  // namespace cdkpp::diff
