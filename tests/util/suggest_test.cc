#include "util/suggest.h"

#include <gtest/gtest.h>

namespace cdkpp::internal {
namespace {

TEST(SuggestTest, EditDistance) {
  EXPECT_EQ(0u, EditDistance("abc", "abc"));
  EXPECT_EQ(3u, EditDistance("", "abc"));
  EXPECT_EQ(1u, EditDistance("shardCount", "shardCounts"));
  EXPECT_EQ(2u, EditDistance("maxAz", "maxAzs2"));
  EXPECT_EQ(3u, EditDistance("kitten", "sitting"));
}

TEST(SuggestTest, CaseInsensitiveMatchWins) {
  EXPECT_EQ("shardCount", Suggest("SHARDCOUNT", {"name", "shardCount"}));
}

TEST(SuggestTest, NearestWithinAThirdOfTheLength) {
  std::vector<std::string> keys = {"retentionHours", "encryption", "kmsKey"};
  EXPECT_EQ("retentionHours", Suggest("retentionHour", keys));
  EXPECT_EQ("encryption", Suggest("encription", keys));
  EXPECT_EQ("", Suggest("colour", keys));
  EXPECT_EQ("", Suggest("x", {"yy"}));
}

TEST(SuggestTest, AbbreviationsMatchTheirCompletion) {
  EXPECT_EQ("production", Suggest("prod", {"default", "production"}));
  EXPECT_EQ("", Suggest("pr", {"default", "production"}));
}

TEST(SuggestTest, TiesGoToTheEarlierCandidate) {
  EXPECT_EQ("ab", Suggest("abc", {"ab", "bc"}));
  EXPECT_EQ("bc", Suggest("abc", {"bc", "ab"}));
}

}  // namespace
}  // namespace cdkpp::internal
