#include "input/yaml_block_subset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "input/yaml_document.h"
#include "input/yaml_tree_compare.h"
#include "support/test_inputs.h"

namespace cdkpp::input {
namespace {

using yaml_compare::FirstLoadDifference;
using yaml_compare::InYamlSubset;

// LoadYamlDocument (block subset first) and libyaml alone agree on text.
::testing::AssertionResult SameLoad(const std::string& text) {
  std::string difference = FirstLoadDifference(text);
  if (difference.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << difference << " for:\n" << text;
}

bool InSubset(const std::string& text) { return InYamlSubset(text); }

std::string ReadText(const std::filesystem::path& path) {
  return cdkpp::testing::ReadSourceFile(
      std::filesystem::relative(path, CDKPP_SOURCE_DIR).string());
}

// Every YAML file of the repository's examples, starter templates and tests.
std::vector<std::string> Corpus() {
  std::vector<std::filesystem::path> paths;
  for (const char* dir : {"examples", "templates", "tests"}) {
    std::filesystem::path root = std::filesystem::path(CDKPP_SOURCE_DIR) / dir;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml")) {
        paths.push_back(entry.path());
      }
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& path : paths) texts.push_back(ReadText(path));
  return texts;
}

TEST(YamlBlockSubsetTest, ReadsTheConfigsOfTheRepository) {
  std::filesystem::path root(CDKPP_SOURCE_DIR);
  for (const char* name :
       {"examples/pipeline.yaml", "examples/aurora.yaml", "examples/existing.yaml",
        "examples/serverless.yaml", "templates/default/cdkpp.yaml"}) {
    EXPECT_TRUE(InSubset(ReadText(root / name))) << name;
  }
}

TEST(YamlBlockSubsetTest, ReadsTheTemplatesOfItsCorpus) {
  std::filesystem::path root = std::filesystem::path(CDKPP_SOURCE_DIR) / "tests/input/yaml_subset_corpus";
  for (const char* name : {"bench_long.yaml", "bench_short.yaml", "template_constructs.yaml"}) {
    std::string text = ReadText(root / name);
    EXPECT_TRUE(InSubset(text)) << name;
    EXPECT_TRUE(SameLoad(text)) << name;
  }
}

TEST(YamlBlockSubsetTest, LeavesWhatItDoesNotReadToLibyaml) {
  for (const char* text :
       {"a: &x 1\nb: *x\n", "a: b\n  c\n", "a:\tb\n", "- x\n  y\n", "a: [1,]\n", "a: b: c\n",
        "? a\n: b\n", "a: b\r\n", "x\n", "a: caf\xc3\xa9\n", "%YAML 1.1\n---\na: 1\n",
        "a: 1\n---\nb: 2\n", "---\n", "--- a\n", "a: !<tag:x> b\n", "a: !x!y b\n", "a: !! b\n",
        "a: [b\n c]\n", "a: {b: }\n", "a: {b:\n c}\n",
        "a: \"x\\qy\"\n", "a: \"\\uD800\"\n", "a: \"open\n", "a: |0\n  x\n", "a: |x\n",
        "a: 'x'#c\n", "a: [x]#c\n", "a: [x,#c\n y]\n", "a: [\n---\n]\n", "a: \"b\n---\n c\"\n",
        "!Foo a: b\n", "- !Foo a: 1\n", "a: [!Ref ]\n", "a: [!Ref\n b]\n", "[a]: b\n",
        "a: {x:, y: 1}\n", "a: [x:y:]\n", "a: [b: ]\n", "a: [!T b: c]\n", "a: [b:\n c]\n", "a: |\n\n   \n  x\n", "a:\n  x\n y\n", "a:\n  !A !B x\n", "a: !A\n  !B x\n",
        "a:\n  [x]\n    y\n"}) {
    EXPECT_FALSE(InSubset(text)) << text;
    EXPECT_TRUE(SameLoad(text));
  }
}

TEST(YamlBlockSubsetTest, ReadsTemplateConstructs) {
  for (const char* text : {
           // tags
           "a: !Ref b\n", "a: !GetAtt R.Arn\n", "a: !Sub 'x-${y}'\n", "a: !GetAZs\nb: 1\n",
           "a: !GetAZs ''\n", "a: !If [c, !Ref x, \"y\"]\n", "a: !Join\n  - ','\n  - [a, b]\n",
           "a: !Base64\n  Fn::Sub: x\n", "- !Ref a\n- !Ref\n", "a: !!str 1\nb: ! 2\n",
           "a: {b: !Ref c, d: !If [e, f, g]}\n", "a: !Not [!Condition c]\n", "a: !Ref # c\n",
           "a: !If\n- x\n- y\nb: 1\n", "a:\n  !If\n  - x\nb:\n  !Ref\nc: 1\n", "a:\n    x\nb: 1\n",
           "a:\n  !Sub x-${y}\n", "a:\n  {b: 1}\n", "- \n  [x]\n- 'y'\n", "a:\n  !If\n    [c, d, e]\n",
           "a:\n  \"x\"\n  # c\nb: 1\n", "a:\n  |\n   x\n", "a:\n  !If\n  b: 1\n",
           // keys and plain scalars
           "Fn::GetAtt: [a, b]\naws:cdk:path: x/y\n", "a: :b::c\n", "'a b': 1\n\"c\": 2\n",
           "- 'a': 1\n  \"b\": 2\n", "<<: 1\n", "a: -x\nb: ?y\n", "a : 1\n", "- - a\n  - b\n- c\n",
           "- - - a\n", "a: x:y\nb: [x:y]\n", "a: b#c\n", "-foo: 1\n", "a: x  y   # c\n",
           // quoted scalars
           "a: 'it''s'\n", "a: \"\\t\\n\\\\\\\"\\/\\0\\a\\b\\v\\f\\r\\e\\ \\N\\_\\L\\P\"\n",
           "a: \"\\x41\\u00e9\\U0001F600\"\n", "a: 'x\\y'\n", "a: \"one\n  two\"\n",
           "a: 'one\n\n  two'\n", "a: \"one  \n   \n  two  \"\n", "a: \"x\\\n   y\"\n",
           "a: \"x\\\n\n y\"\n", "- \"a\n b\"\n- c\n", "a: {'k''s': \"v\"}\n", "a: {\"k\":v}\n",
           // block scalars
           "a: |\n  x\n  y\n", "a: >\n  x\n  y\n\n  z\n   more\n  w\n", "a: |-\n  x\n\n",
           "a: |+\n  x\n\n\nb: 1\n", "a: >-\n x\n", "a: |2\n    x\n  y\n", "a: |-2\n   x\n",
           "a: |\nb: 1\n", "a: |\n\n  \n  x\n", "a: | # c\n  x\n", "- |\n  x\n- >\n  y\n",
           "a: |\n  x", "a: |", "a:\n  b: |\n    x\n  c: 1\n", "a: !Sub |\n  ${x}\n",
           "a: >\n  x\n\n\n  y\n", "a: >\n  x\n   y\n  z\n", "a: |\n  # not a comment\n",
           // flow over lines and comments
           "a: [\n  b,\n  c\n]\n", "a: {\n  b: 1, # c\n  c: [2,\n 3]\n}\n", "a: [b # c\n , d]\n",
           "a: [\n]\nb: {\n}\n", "a: [b: c, d, 'e': f, \"g\":h]\n", "a: [x, Ref: y ]\n", "- [a,\nb]\n- c\n", "[a, b]\n", "{a: 1,\n b: [2]}\n",
           // document markers
           "---\na: 1\n", "--- # c\na: 1\n...\n", "# c\n---\na: 1\n... # end\n# c\n",
       }) {
    EXPECT_TRUE(InSubset(text)) << text;
    EXPECT_TRUE(SameLoad(text));
  }
}

TEST(YamlBlockSubsetTest, GivesLibyamlsTreeForHandWrittenCases) {
  for (const char* text : {
           "",
           "# only a comment\n",
           "a: 1",
           "a: 1\nb:\nc: ~\nd: null\n",
           "a:\n  b: x\n  c:\n    - 1\n    - two\n",
           "a:\n- x\n- y\nb: 2\n",
           "- name: a\n  x: 1\n- name: b\n  y: [1, 2]\n",
           "-\n- a\n-   \n",
           "- a:\n  - x\n  b: 1\n",
           "a: {}\nb: []\nc: { k: v, l: \"q\" , m: [1, {n: o}] }\n",
           "a: 'single' # c\nb: \"double\"   \n",
           "a: x y  z   # comment\n",
           "a: -1\nb: +2\nc: .5\nd: 1e3\ne: 0x1F\nf: true\ng: ~\n",
           "  a: 1\n  b: 2\n",
           "a:\n\n  # comment\n  b: 1\n# end\n",
           "a: http://x.y/z?q=1&r=2\nb: a#b\nc: x[0]{1},2\n",
           "null: 1\ntrue: 2\n",
           "a: [\"0.0.0.0/0\", 'x']\n",
           "a:\n  - {schema: mydb, table: \"%\", action: include}\n",
           "a: 1\n  b: 2\n",
           "a: 1\n b: 2\n",
           "- a\n  - b\n",
           "- a: 1\n   b: 2\n",
           "a:\n  - x\n b: 1\n",
           "a: [b c, d]\n",
           "a: {b: }\n",
           "a: \"\"\nb: ''\n",
       }) {
    EXPECT_TRUE(SameLoad(text));
  }
}

// Edits that make text leave the subset, or stay in it with another
// meaning: either way the result must be libyaml's.
std::string Mutate(const std::string& text, std::mt19937& random) {
  static const std::string kPieces[] = {" ", ":", ": ", "- ", "#",  " #", "[",    "]",  "{",
                                        "}", ",", "'",  "\"", "\n", "\t", "&a",   "*a", "!",
                                        "|", ">", "?",  "x",  "0",  "  ", "\n  ", "~",
                                        "!Ref ", "|-\n", "\\", "---\n", "...", ">+"};
  std::string out = text;
  std::size_t edits = 1 + random() % 3;
  for (std::size_t e = 0; e < edits && !out.empty(); ++e) {
    std::size_t at = random() % out.size();
    switch (random() % 3) {
      case 0:
        out.insert(at, kPieces[random() % std::size(kPieces)]);
        break;
      case 1:
        out.erase(at, 1 + random() % 4);
        break;
      default:
        out[at] = kPieces[random() % std::size(kPieces)][0];
        break;
    }
  }
  return out;
}

TEST(YamlBlockSubsetTest, GivesLibyamlsResultForTheCorpusAndEditsOfIt) {
  std::mt19937 random(12);
  int in_subset = 0;
  int edited_in_subset = 0;
  for (const std::string& text : Corpus()) {
    if (text.size() > 25000) continue;
    EXPECT_TRUE(SameLoad(text));
    in_subset += InSubset(text) ? 1 : 0;
    for (int i = 0; i < 25; ++i) {
      std::string edited = Mutate(text, random);
      ASSERT_TRUE(SameLoad(edited));
      edited_in_subset += InSubset(edited) ? 1 : 0;
    }
  }
  // The comparison means something only when the subset reader read much.
  EXPECT_GT(in_subset, 150);
  EXPECT_GT(edited_in_subset, 1000);
}

}  // namespace
}  // namespace cdkpp::input
