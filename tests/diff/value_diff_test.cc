#include <gtest/gtest.h>

#include "cdkpp/diff/template_diff.h"
#include "support/test_inputs.h"

namespace cdkpp::diff {
namespace {

using testing::J;

TEST(ValueDiffTest, KeyOrderNeverDiffers) {
  EXPECT_TRUE(
      DiffValues(J(R"({"a":1,"b":{"x":1,"y":2}})"), J(R"({"b":{"y":2,"x":1},"a":1})")).empty());
}

TEST(ValueDiffTest, ScalarSpellingNeverDiffers) {
  EXPECT_TRUE(ValuesEquivalent(J("5"), J(R"("5")")));
  EXPECT_TRUE(ValuesEquivalent(J("true"), J(R"("true")")));
  EXPECT_TRUE(ValuesEquivalent(J("5.0"), J("5")));
  EXPECT_FALSE(ValuesEquivalent(J("5"), J(R"("6")")));
  EXPECT_FALSE(ValuesEquivalent(J("null"), J(R"("")")));
}

TEST(ValueDiffTest, NestedChangesFormATree) {
  auto d = DiffValues(J(R"({"A":{"B":1,"C":2},"D":3})"), J(R"({"A":{"B":9,"C":2},"E":4})"));
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].key, "A");
  EXPECT_EQ(d[0].kind, ChangeKind::kModified);
  ASSERT_EQ(d[0].children.size(), 1u);
  EXPECT_EQ(d[0].children[0].key, "B");
  EXPECT_EQ(d[0].children[0].old_value, Json(1));
  EXPECT_EQ(d[0].children[0].new_value, Json(9));
  EXPECT_EQ(d[1].key, "D");
  EXPECT_EQ(d[1].kind, ChangeKind::kRemoved);
  EXPECT_EQ(d[2].key, "E");
  EXPECT_EQ(d[2].kind, ChangeKind::kAdded);
}

TEST(ValueDiffTest, ArrayInsertionIsOneAddition) {
  auto d = DiffValues(J(R"({"L":["a","b","c"]})"), J(R"({"L":["a","x","b","c"]})"));
  ASSERT_EQ(d.size(), 1u);
  ASSERT_EQ(d[0].children.size(), 1u);
  EXPECT_EQ(d[0].children[0].key, "[1]");
  EXPECT_EQ(d[0].children[0].kind, ChangeKind::kAdded);
  EXPECT_EQ(d[0].children[0].new_value, Json("x"));
}

TEST(ValueDiffTest, SameLengthArraysDiffPerIndex) {
  auto d = DiffValues(J(R"([{"k":1},{"k":2}])"), J(R"([{"k":1},{"k":3}])"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].key, "[1]");
  EXPECT_EQ(d[0].children[0].key, "k");
}

TEST(ValueDiffTest, JsonStringsAreDiffedStructurally) {
  Json a = J(R"({"TableMappings":"{\"rules\":[{\"rule-id\":\"1\",\"table-name\":\"%\"}]}"})");
  Json b =
      J(R"({"TableMappings":"{ \"rules\": [ {\"table-name\":\"orders\", \"rule-id\":\"1\"} ] }"})");
  auto d = DiffValues(a, b);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].json_string);
  EXPECT_EQ(d[0].key, "TableMappings");
  const ValueDiff& leaf = d[0].children[0].children[0].children[0];
  EXPECT_EQ(leaf.key, "table-name");
  EXPECT_EQ(leaf.old_value, Json("%"));
  EXPECT_EQ(leaf.new_value, Json("orders"));
}

TEST(ValueDiffTest, ReformattedJsonStringIsNoChange) {
  EXPECT_TRUE(DiffValues(J(R"({"S":"{\"a\":1,\"b\":2}"})"), J(R"({"S":"{ \"b\": 2, \"a\": 1 }"})"))
                  .empty());
}

TEST(ValueDiffTest, PlainStringsStayLeaves) {
  auto d = DiffValues(J(R"({"S":"{not json"})"), J(R"({"S":"{still not"})"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_FALSE(d[0].json_string);
  EXPECT_TRUE(d[0].leaf());
}

TEST(ValueDiffTest, KindChangeIsALeaf) {
  auto d = DiffValues(J(R"({"A":"x"})"), J(R"({"A":{"Ref":"B"}})"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].leaf());
  EXPECT_EQ(d[0].new_value, J(R"({"Ref":"B"})"));
}

}  // namespace
}  // namespace cdkpp::diff
