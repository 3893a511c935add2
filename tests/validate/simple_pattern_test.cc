#include "validate/simple_pattern.h"

#include <gtest/gtest.h>

namespace cdkpp::validate::internal {
namespace {

bool Match(const std::string& pattern, const std::string& value) {
  auto p = ParseSimplePattern(pattern);
  EXPECT_TRUE(p.has_value()) << pattern;
  return p && p->Matches(value);
}

TEST(SimplePattern, WholeStringClasses) {
  EXPECT_TRUE(Match("^[a-zA-Z0-9_.-]+$", "my-stream_1.x"));
  EXPECT_FALSE(Match("^[a-zA-Z0-9_.-]+$", "bad name!"));
  EXPECT_FALSE(Match("^[a-zA-Z0-9_.-]+$", ""));
  EXPECT_TRUE(Match("^[0-9]*$", ""));
  EXPECT_TRUE(Match("^\\d*$", "0123"));
  EXPECT_FALSE(Match("^\\d*$", "12a"));
  EXPECT_TRUE(Match("^([a-z,A-Z,0-9,. _\\-:/()#,@[\\]+=&;\\{\\}!$*])*$", "a[b] {c}"));
}

TEST(SimplePattern, BoundedRepetitionAndPythonAnchor) {
  EXPECT_TRUE(Match("^[.\\-_/#A-Za-z0-9]{1,512}\\Z", "dms-tasks-mysql-cdc-replication"));
  EXPECT_FALSE(Match("^[.\\-_/#A-Za-z0-9]{1,512}\\Z", std::string(513, 'a')));
  EXPECT_FALSE(Match("^[a]{2,3}$", "a"));
  EXPECT_TRUE(Match("^[a]{2}$", "aa"));
}

TEST(SimplePattern, PrefixOnly) {
  EXPECT_TRUE(Match("^[^:]", "abc:def"));
  EXPECT_FALSE(Match("^[^:]", ":abc"));
  EXPECT_FALSE(Match("^[^:]", ""));
}

TEST(SimplePattern, OtherShapesAreLeftToStdRegex) {
  EXPECT_FALSE(ParseSimplePattern("^[\\p{L}\\p{Z}]*$").has_value());
  EXPECT_FALSE(ParseSimplePattern("^arn:aws:[a-z]+$").has_value());
  EXPECT_FALSE(ParseSimplePattern("[a-z]+").has_value());
  EXPECT_FALSE(ParseSimplePattern("^([a-z]+|[0-9]+)$").has_value());
}

}  // namespace
}  // namespace cdkpp::validate::internal
