#include "input/yaml_block_subset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "input/yaml_document.h"

namespace cdkpp::input {
namespace {

// Whether two trees are the same, field by field; says where they differ.
::testing::AssertionResult SameTree(const YamlNode& a, const YamlNode& b, const std::string& at) {
  if (a.kind != b.kind || a.tag != b.tag || a.plain != b.plain || a.value != b.value ||
      a.offset != b.offset || a.expanded_nodes != b.expanded_nodes ||
      a.expanded_height != b.expanded_height || a.items.size() != b.items.size() ||
      a.members.size() != b.members.size()) {
    return ::testing::AssertionFailure()
           << "differ at " << at << ": value '" << a.value << "' vs '" << b.value << "', offset "
           << a.offset << " vs " << b.offset;
  }
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    auto same = SameTree(*a.items[i], *b.items[i], at + "[" + std::to_string(i) + "]");
    if (!same) return same;
  }
  for (std::size_t i = 0; i < a.members.size(); ++i) {
    std::string here = at + "{" + std::to_string(i) + "}";
    auto same = SameTree(*a.members[i].first, *b.members[i].first, here + "key");
    if (same) same = SameTree(*a.members[i].second, *b.members[i].second, here);
    if (!same) return same;
  }
  return ::testing::AssertionSuccess();
}

// LoadYamlDocument (block subset first) and libyaml alone agree on text.
::testing::AssertionResult SameLoad(const std::string& text) {
  YamlLoad fast = LoadYamlDocument(text);
  YamlLoad slow = LoadYamlDocumentWithLibyaml(text);
  if (fast.kind != slow.kind || fast.message != slow.message || fast.offset != slow.offset ||
      fast.first_alias != slow.first_alias) {
    return ::testing::AssertionFailure() << "outcomes differ for:\n" << text;
  }
  if (fast.kind != YamlLoad::Kind::kOk) return ::testing::AssertionSuccess();
  auto same = SameTree(*fast.root, *slow.root, "root");
  if (!same) same << " for:\n" << text;
  return same;
}

class AcceptAll : public YamlEventSink {
 public:
  bool DocumentStart(std::size_t) override { return true; }
  bool Scalar(std::string_view, bool, std::size_t) override { return true; }
  bool OpenSequence(std::size_t) override { return true; }
  bool OpenMapping(std::size_t) override { return true; }
  bool Close() override { return true; }
};

bool InSubset(const std::string& text) {
  AcceptAll sink;
  return ReadYamlBlockSubset(text, sink);
}

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
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

TEST(YamlBlockSubsetTest, LeavesWhatItDoesNotReadToLibyaml) {
  for (const char* text :
       {"a: &x 1\nb: *x\n", "a: !Ref b\n", "a: |\n  x\n", "--- a\n", "a: b\n  c\n", "a:\tb\n",
        "a: \"x\\ty\"\n", "- - a\n", "a: [1,]\n", "\"a\": 1\n", "a: b: c\n", "a: 'it''s'\n",
        "? a\n: b\n", "a: [b,\n c]\n", "a: b\r\n", "x\n", "a: caf\xc3\xa9\n", "<<: {a: 1}\n"}) {
    EXPECT_FALSE(InSubset(text)) << text;
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
                                        "|", ">", "?",  "x",  "0",  "  ", "\n  ", "~"};
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
    if (text.size() > 20000) continue;
    EXPECT_TRUE(SameLoad(text));
    in_subset += InSubset(text) ? 1 : 0;
    for (int i = 0; i < 25; ++i) {
      std::string edited = Mutate(text, random);
      ASSERT_TRUE(SameLoad(edited));
      edited_in_subset += InSubset(edited) ? 1 : 0;
    }
  }
  // The comparison means something only when the subset reader read much.
  EXPECT_GT(in_subset, 20);
  EXPECT_GT(edited_in_subset, 200);
}

}  // namespace
}  // namespace cdkpp::input
