#include "input/positions.h"

#include <gtest/gtest.h>

namespace cdkpp::input {
namespace {

TEST(PositionTableTest, ExactAndNearestAncestor) {
  PositionTable table;
  table.Add("", 0);
  table.Add("/Resources", 4);
  table.Add("/Resources/B", 20);
  table.Add("/Resources/B", 99);  // the first record wins
  EXPECT_EQ(table.Find("/Resources/B"), 20u);
  EXPECT_FALSE(table.Find("/Resources/B/Properties").has_value());
  EXPECT_EQ(table.FindNearest("/Resources/B/Properties/X"), 20u);
  EXPECT_EQ(table.FindNearest("/Outputs/O"), 0u);
  EXPECT_FALSE(PositionTable().FindNearest("/a").has_value());
}

TEST(PositionTableTest, PointerTokensAreEscaped) {
  std::string pointer;
  AppendPointerToken(&pointer, "a/b~c");
  AppendPointerToken(&pointer, "0");
  EXPECT_EQ(pointer, "/a~1b~0c/0");
}

}  // namespace
}  // namespace cdkpp::input
