#include "util/wildcard.h"

#include <gtest/gtest.h>

namespace cdkpp::internal {
namespace {

constexpr WildcardSyntax kIam{'*', '?', false};
constexpr WildcardSyntax kDms{'%'};

TEST(WildcardTest, AnyRunMatchesEmptyAndLongRuns) {
  EXPECT_TRUE(WildcardMatch("%", "", kDms));
  EXPECT_TRUE(WildcardMatch("tmp%", "tmp_orders", kDms));
  EXPECT_TRUE(WildcardMatch("%ord%s", "orders", kDms));
  EXPECT_FALSE(WildcardMatch("tmp%", "orders", kDms));
  EXPECT_TRUE(WildcardMatch("arn:aws:s3:::b/*", "arn:aws:s3:::b/a/b/c", kIam));
  EXPECT_FALSE(WildcardMatch("arn:aws:s3:::b/*", "arn:aws:s3:::c/x", kIam));
}

TEST(WildcardTest, BacktracksToTheLastRun) {
  EXPECT_TRUE(WildcardMatch("a*b*c", "aXbYbZc", kIam));
  EXPECT_FALSE(WildcardMatch("a*b*c", "aXbYbZ", kIam));
  EXPECT_TRUE(WildcardMatch("%a%a", "aaa", kDms));
}

TEST(WildcardTest, AnyOneAndCaseAreTheSyntaxsChoice) {
  EXPECT_TRUE(WildcardMatch("s3:Get?bject", "s3:GetObject", kIam));
  EXPECT_FALSE(WildcardMatch("s3:get*", "S3:GetObject", kIam));
  EXPECT_TRUE(WildcardMatch("s3:get*", "S3:GetObject", {'*', '?', true}));
  // In a DMS mapping '?' and '*' are ordinary characters.
  EXPECT_FALSE(WildcardMatch("a?", "ab", kDms));
  EXPECT_TRUE(WildcardMatch("a*", "a*", kDms));
}

}  // namespace
}  // namespace cdkpp::internal
