#include "template/yaml_events_to_json.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "input/position_tree.h"
#include "input/source_text.h"
#include "support/test_inputs.h"
#include "template/yaml_to_json.h"

namespace cdkpp::internal {
namespace {

// Every pointer of value (and one missing child of each container), with
// what both position trees say about it.
::testing::AssertionResult SamePositions(const Json& value, const std::string& pointer,
                                         const input::PositionTree& a,
                                         const input::PositionTree& b) {
  for (const std::string& p : {pointer, pointer + "/no-such-member"}) {
    if (a.Find(p) != b.Find(p) || a.FindNearest(p) != b.FindNearest(p)) {
      return ::testing::AssertionFailure() << "positions differ at '" << p << "'";
    }
  }
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      std::string child = pointer;
      input::AppendPointerToken(&child, key);
      auto same = SamePositions(member, child, a, b);
      if (!same) return same;
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      auto same = SamePositions(value[i], pointer + "/" + std::to_string(i), a, b);
      if (!same) return same;
    }
  }
  return ::testing::AssertionSuccess();
}

// YamlTemplateToJson (direct from events when it can) and the node-tree
// path agree: the same JSON, member order included, the same positions,
// the same error.
::testing::AssertionResult SameConversion(const std::string& text) {
  input::SourceText source("t.yaml", text);
  input::PositionTree direct_positions;
  input::PositionTree tree_positions;
  Result<Json> direct = YamlTemplateToJson(source, &direct_positions);
  Result<Json> tree = YamlTemplateToJsonThroughTree(source, &tree_positions);
  if (direct.ok() != tree.ok()) return ::testing::AssertionFailure() << "outcomes differ:\n" << text;
  if (!direct.ok()) {
    if (direct.diagnostics()[0].ToString() == tree.diagnostics()[0].ToString()) {
      return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "errors differ:\n" << text;
  }
  if (*direct != *tree || direct->dump() != tree->dump()) {
    return ::testing::AssertionFailure() << "JSON differs:\n" << text;
  }
  auto same = SamePositions(*tree, "", direct_positions, tree_positions);
  if (!same) same << " for:\n" << text;
  return same;
}

bool Direct(const std::string& text) {
  Json out;
  return YamlSubsetTemplateToJson(text, nullptr, &out);
}

// The YAML templates of the repository's tests.
std::vector<std::string> TemplateCorpus() {
  std::vector<std::filesystem::path> paths;
  for (const char* dir : {"tests/testdata/cfn-lint", "tests/testdata/diff", "tests/input/yaml_subset_corpus",
                          "tests/testdata/validate"}) {
    std::filesystem::path root = std::filesystem::path(CDKPP_SOURCE_DIR) / dir;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml")) paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& path : paths) texts.push_back(cdkpp::testing::ReadSourceFile(
        std::filesystem::relative(path, CDKPP_SOURCE_DIR).string()));
  return texts;
}

TEST(YamlEventsToJsonTest, ConvertsLikeTheTreeForHandWrittenCases) {
  for (const char* text : {
           "Resources:\n  A:\n    Type: T\n    Properties: {X: !Ref B, Y: !GetAtt B.Arn}\n",
           "a: !Sub 'x'\nb: !If [c, 1, !Ref d]\nc: !Join\n  - ''\n  - [a, !GetAZs '']\n",
           "a: !GetAZs\nb: ! 1\nc: !!str 2\nd: [1, 1.5, 0x1F, 1_000, true, yes, ~, null, '']\n",
           "a: {b: {c: [d, {e: f}]}}\n", "a: !Base64\n  Fn::Sub: |\n    x\n", "a:\n- 1\n- - 2\n",
           "'q': 1\n\"r\": \"\\u00e9\"\n", "Fn::If: [a, b]\n",
       }) {
    EXPECT_TRUE(Direct(text)) << text;
    EXPECT_TRUE(SameConversion(text));
  }
}

TEST(YamlEventsToJsonTest, LeavesErrorsToTheTree) {
  for (const char* text :
       {"a: 1\na: 2\n", "a: !Nope x\n", "a: !GetAtt nodot\n", "a: 1e999999\n", "<<: {a: 1}\n",
        "null: 1\n", "- a\n", "[a]\n", "a: !!binary eA==\n", "a: !!int 1\n", "a: !Ref [x]\nb: !!map {}\n",
        "k: {a: 1, a: 2}\n",
        "R:\n  a1: 1\n  a2: 1\n  a3: 1\n  a4: 1\n  a5: 1\n  a6: 1\n  a7: 1\n  a8: 1\n  a9: 1\n"
        "  b1: 1\n  b2: 1\n  b3: 1\n  b4: 1\n  b5: 1\n  b6: 1\n  b7: 1\n  b8: 1\n  a5: 1\n"}) {
    EXPECT_TRUE(SameConversion(text));
  }
  EXPECT_FALSE(Direct("a: 1\na: 2\n"));
  EXPECT_FALSE(Direct("a: !Nope x\n"));
}

std::string MutateTemplate(const std::string& text, std::mt19937& random) {
  static const std::string kPieces[] = {" ", ": ", "- ", "#", "[", "]", "{", "}", ",", "'", "\"",
                                        "\n", "!Ref ", "!GetAtt ", "!Nope ", "!!str ", "x", "0",
                                        "  ", "~", "<<", "|\n", "1e999999"};
  std::string out = text;
  std::size_t edits = 1 + random() % 3;
  for (std::size_t e = 0; e < edits && !out.empty(); ++e) {
    std::size_t at = random() % out.size();
    if (random() % 2 == 0) {
      out.insert(at, kPieces[random() % std::size(kPieces)]);
    } else {
      out.erase(at, 1 + random() % 4);
    }
  }
  return out;
}

TEST(YamlEventsToJsonTest, ConvertsLikeTheTreeForTheCorpusAndEditsOfIt) {
  std::mt19937 random(14);
  int direct = 0;
  for (const std::string& text : TemplateCorpus()) {
    EXPECT_TRUE(SameConversion(text));
    direct += Direct(text) ? 1 : 0;
    for (int i = 0; i < 20; ++i) ASSERT_TRUE(SameConversion(MutateTemplate(text, random)));
  }
  EXPECT_GT(direct, 100);
}

}  // namespace
}  // namespace cdkpp::internal
