#include "input/position_tree.h"

#include <string>

#include <gtest/gtest.h>

#include "cdkpp/core/json.h"
#include "input/json_parser.h"

namespace cdkpp::input {
namespace {

// {"Resources": {"B": {"P": [10, {"Q": 1}]}}} as a reader records it.
PositionTree SmallTree() {
  PositionTree tree;
  tree.SetRoot(0);
  tree.Open();
  tree.Member("Resources", 4);
  tree.Open();
  tree.Member("B", 20);
  tree.Open();
  tree.Member("P", 30);
  tree.Open();
  tree.Item(40);
  tree.Item(44);
  tree.Open();
  tree.Member("Q", 50);
  tree.Close();
  tree.Close();
  tree.Close();
  tree.Close();
  tree.Close();
  return tree;
}

TEST(PositionTreeTest, ExactAndNearestAncestor) {
  PositionTree tree = SmallTree();
  EXPECT_EQ(tree.Find(""), 0u);
  EXPECT_EQ(tree.Find("/Resources/B"), 20u);
  EXPECT_EQ(tree.Find("/Resources/B/P/0"), 40u);
  EXPECT_EQ(tree.Find("/Resources/B/P/1/Q"), 50u);
  EXPECT_FALSE(tree.Find("/Resources/B/Properties").has_value());
  EXPECT_FALSE(tree.Find("/Resources/B/P/2").has_value());
  EXPECT_FALSE(tree.Find("/Resources/B/P/01").has_value());  // not how an index is written
  EXPECT_EQ(tree.FindNearest("/Resources/B/Properties/X"), 20u);
  EXPECT_EQ(tree.FindNearest("/Resources/B/P/7/Q"), 30u);
  EXPECT_EQ(tree.FindNearest("/Outputs/O"), 0u);
  EXPECT_FALSE(PositionTree().FindNearest("/a").has_value());
  EXPECT_FALSE(PositionTree().Find("").has_value());
}

TEST(PositionTreeTest, PointerTokensAreUnescaped) {
  PositionTree tree;
  tree.SetRoot(0);
  tree.Open();
  tree.Member("a/b~c", 3);
  tree.Member("~2", 9);
  tree.Close();
  EXPECT_EQ(tree.Find("/a~1b~0c"), 3u);
  EXPECT_FALSE(tree.Find("/a/b~c").has_value());
  EXPECT_FALSE(tree.Find("/~2").has_value());  // "~2" is written "~02"
  EXPECT_EQ(tree.Find("/~02"), 9u);
}

// Objects past the linear-search size are searched through a sorted index;
// of a key written twice the first occurrence is found.
TEST(PositionTreeTest, LargeObjectsAndDuplicateKeys) {
  PositionTree tree;
  tree.SetRoot(0);
  tree.Open();
  for (int i = 0; i < 40; ++i) tree.Member("k" + std::to_string(39 - i), 100 + i);
  tree.Member("k5", 999);
  tree.Close();
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(tree.Find("/k" + std::to_string(39 - i)), 100u + i) << i;
  }
  EXPECT_FALSE(tree.Find("/k40").has_value());
  EXPECT_FALSE(tree.Find("/k").has_value());
}

// What the JSON reader records: keys at their opening quote, items and the
// root at their first character.
TEST(PositionTreeTest, JsonReaderRecordsKeysAndItems) {
  std::string text = R"( {"a": [1, {"b": 2}], "c/d": {}})";
  PositionTree tree;
  Json out;
  ASSERT_FALSE(ParseJson(text, &out, {&tree, true}).has_value());
  EXPECT_EQ(tree.Find(""), 1u);
  EXPECT_EQ(tree.Find("/a"), text.find("\"a\""));
  EXPECT_EQ(tree.Find("/a/0"), text.find('1'));
  EXPECT_EQ(tree.Find("/a/1"), text.find("{\"b\""));
  EXPECT_EQ(tree.Find("/a/1/b"), text.find("\"b\""));
  EXPECT_EQ(tree.Find("/c~1d"), text.find("\"c/d\""));
  EXPECT_EQ(tree.FindNearest("/c~1d/x"), text.find("\"c/d\""));
}

TEST(PositionTreeTest, PointerTokensAreEscaped) {
  std::string pointer;
  AppendPointerToken(&pointer, "a/b~c");
  AppendPointerToken(&pointer, "0");
  EXPECT_EQ(pointer, "/a~1b~0c/0");
}

TEST(PositionTreeTest, PointerTokensKeepTheTextAroundEscapes) {
  std::string pointer;
  AppendPointerToken(&pointer, "Bucket");
  AppendPointerToken(&pointer, "arn:aws/x~");
  AppendPointerToken(&pointer, "");
  EXPECT_EQ(pointer, "/Bucket/arn:aws~1x~0/");
}

}  // namespace
}  // namespace cdkpp::input
