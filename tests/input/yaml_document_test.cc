#include "input/yaml_document.h"

#include <gtest/gtest.h>

#include <string>

namespace cdkpp::input {
namespace {

// "offset: message" of a load that must fail.
std::string YamlError(const std::string& text) {
  YamlLoad loaded = LoadYamlDocument(text);
  EXPECT_EQ(loaded.kind, YamlLoad::Kind::kError) << text;
  return std::to_string(loaded.offset) + ": " + loaded.message;
}

TEST(LoadYamlDocumentTest, BuildsATreeWithOffsetsTagsAndStyles) {
  YamlLoad loaded = LoadYamlDocument("a: 'x'\nb: [1, !Ref R]\n");
  ASSERT_EQ(loaded.kind, YamlLoad::Kind::kOk);
  const YamlNode& root = *loaded.root;
  ASSERT_EQ(root.kind, YamlNode::Kind::kMapping);
  ASSERT_EQ(root.members.size(), 2u);
  EXPECT_EQ(root.members[0].first->value, "a");
  EXPECT_FALSE(root.members[0].second->plain);
  EXPECT_EQ(root.members[0].second->offset, 3u);
  const YamlNode& list = *root.members[1].second;
  ASSERT_EQ(list.items.size(), 2u);
  EXPECT_TRUE(list.items[0]->plain);
  EXPECT_EQ(list.items[0]->tag, "");
  EXPECT_EQ(list.items[1]->tag, "!Ref");
  EXPECT_EQ(list.items[1]->value, "R");
  EXPECT_EQ(list.items[1]->offset, 14u);
}

TEST(LoadYamlDocumentTest, AnAliasIsTheAnchoredNodeShared) {
  YamlLoad loaded = LoadYamlDocument("a: &x [1, 2]\nb: *x\n");
  ASSERT_EQ(loaded.kind, YamlLoad::Kind::kOk);
  EXPECT_EQ(loaded.root->members[0].second, loaded.root->members[1].second);
  EXPECT_EQ(loaded.root->expanded_nodes, 1u + 2 + 3 + 3);
}

TEST(LoadYamlDocumentTest, EmptyDocuments) {
  for (const char* text : {"", "# only a comment\n", "~\n", "---\n...\n"}) {
    EXPECT_EQ(LoadYamlDocument(text).kind, YamlLoad::Kind::kEmpty) << text;
  }
}

// An empty mapping that libyaml reads before any other node (here it takes
// the text, which leaves the fast subset at the stray "}"): closing it once
// did pointer arithmetic on the empty child list's null data. The clang tree
// runs this under UBSan, where that was an error (a fuzz finding).
TEST(LoadYamlDocumentTest, AnEmptyFirstMappingThenAStrayBrace) {
  YamlLoad loaded = LoadYamlDocument("{\n}\n}\n");
  EXPECT_EQ(loaded.kind, YamlLoad::Kind::kError);
  YamlLoad empty = LoadYamlDocumentWithLibyaml("{}\n");
  ASSERT_EQ(empty.kind, YamlLoad::Kind::kOk);
  EXPECT_TRUE(empty.root->members.empty());
}

TEST(LoadYamlDocumentTest, ASecondDocumentIsAnError) {
  EXPECT_EQ(YamlError("a: 1\n---\nb: 2\n"),
            "5: expected one YAML document, found a second one here");
}

TEST(LoadYamlDocumentTest, AliasCyclesAreErrors) {
  EXPECT_EQ(YamlError("&a [*a]"), "4: alias *a is inside the node it names (a cycle)");
  EXPECT_EQ(YamlError("x: &m {k: [1, *m]}\n"),
            "14: alias *m is inside the node it names (a cycle)");
}

TEST(LoadYamlDocumentTest, AliasBombsAreErrorsWithoutTheMemory) {
  // Nine levels of ten aliases each: 10^9 nodes if expanded.
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 9; ++i) {
    std::string prev = "*a" + std::to_string(i - 1);
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", " : "") + prev;
    text += "]\n";
  }
  std::string error = YamlError(text);
  EXPECT_NE(error.find(": aliases expand the document to more than 1000000 nodes"),
            std::string::npos)
      << error;
}

TEST(LoadYamlDocumentTest, DeepNestingIsAnError) {
  EXPECT_EQ(YamlError(std::string(201, '[') + "x" + std::string(201, ']')),
            "200: nesting is too deep (more than 200 levels)");
  EXPECT_EQ(LoadYamlDocument(std::string(200, '[') + "x" + std::string(200, ']')).kind,
            YamlLoad::Kind::kOk);
  std::string block;
  for (int i = 0; i < 300; ++i) block += std::string(2 * i, ' ') + "a:\n";
  EXPECT_EQ(YamlError(block), "40800: nesting is too deep (more than 200 levels)");
  EXPECT_NE(YamlError(std::string(100000, '[')).find(": nesting is too deep"), std::string::npos);
  // Aliases nest too: each level below wraps the one before.
  std::string text = "a0: &a0 " + std::string(150, '[') + std::string(150, ']') + "\n";
  text += "a1: &a1 " + std::string(150, '[') + "*a0" + std::string(150, ']') + "\n";
  EXPECT_EQ(YamlError(text).substr(3),
            ": nesting is too deep (more than 200 levels), counting what "
            "aliases expand to");
}

TEST(LoadYamlDocumentTest, SyntaxErrorsNameYamlAndHintAtTabs) {
  EXPECT_EQ(YamlError("a: [1, 2\n"), "9: YAML syntax error: did not find expected ',' or ']'");
  EXPECT_EQ(YamlError("a:\n\t- b\n"),
            "3: YAML syntax error: found character that cannot start any token (YAML does not "
            "allow tabs for indentation; use spaces)");
  EXPECT_EQ(YamlError("a: *nowhere\n"),
            "3: YAML syntax error: the referenced anchor is not defined");
}

TEST(LoadYamlDocumentTest, OffsetsAreBytesAfterMultiByteTextAndAByteOrderMark) {
  EXPECT_EQ(YamlError("a: \"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"\nb: [\n"),
            "20: YAML syntax error: did not find expected node content");
  EXPECT_EQ(YamlError("\xEF\xBB\xBF"
                      "a: *x\n"),
            "6: YAML syntax error: the referenced anchor is not defined");
}

TEST(LoadYamlDocumentTest, QuotedScalarsFoldAsYamlSays) {
  // A line break then an empty line is one newline, also before the closing quote.
  YamlLoad loaded = LoadYamlDocument("a: '\n\n  '\nb: \"x\n\n  \"\nc: 'p\n  q'\n");
  ASSERT_EQ(loaded.kind, YamlLoad::Kind::kOk);
  EXPECT_EQ(loaded.root->members[0].second->value, "\n");
  EXPECT_EQ(loaded.root->members[1].second->value, "x\n");
  EXPECT_EQ(loaded.root->members[2].second->value, "p q");
  EXPECT_FALSE(loaded.root->members[0].second->plain);
}

TEST(LoadYamlDocumentTest, NullSpellingsAreNullNodesOnlyWhenPlain) {
  YamlLoad loaded = LoadYamlDocument("a: ~\nb:\nc: 'null'\nd: !Ref\n");
  ASSERT_EQ(loaded.kind, YamlLoad::Kind::kOk);
  EXPECT_EQ(loaded.root->members[0].second->kind, YamlNode::Kind::kNull);
  EXPECT_EQ(loaded.root->members[1].second->kind, YamlNode::Kind::kNull);
  EXPECT_EQ(loaded.root->members[2].second->kind, YamlNode::Kind::kScalar);
  EXPECT_EQ(loaded.root->members[3].second->kind, YamlNode::Kind::kScalar);
  EXPECT_EQ(loaded.root->members[3].second->tag, "!Ref");
  EXPECT_FALSE(loaded.first_alias.has_value());
  EXPECT_EQ(LoadYamlDocument("a: &x 1\nb: *x\n").first_alias, 11u);
}

TEST(LoadYamlDocumentTest, ParserTrapsEndInErrors) {
  // Inputs that hang, exhaust memory or crash some yaml-cpp versions.
  for (const char* text : {",", ", a\nstacks: []", "[:", "{:", "{foo:", "{# ke\ny{:"}) {
    EXPECT_NE(LoadYamlDocument(text).kind, YamlLoad::Kind::kOk) << text;
  }
}

}  // namespace
}  // namespace cdkpp::input
