// The region list environments are checked against.
#include "config/regions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

namespace cdkpp::config {
namespace {

TEST(RegionsTest, SortedUniqueAndShapedLikeRegionCodes) {
  const std::vector<std::string>& regions = KnownRegions();
  EXPECT_TRUE(std::is_sorted(regions.begin(), regions.end()));
  EXPECT_EQ(regions.end(), std::adjacent_find(regions.begin(), regions.end()));
  std::regex shape("^[a-z]{2}-(central|east|west|north|south|northeast|southeast)-[1-9]$");
  for (const std::string& region : regions) EXPECT_TRUE(std::regex_match(region, shape)) << region;
}

TEST(RegionsTest, HoldsTheCommercialRegionsOnly) {
  const std::vector<std::string>& regions = KnownRegions();
  auto has = [&](const char* r) { return std::count(regions.begin(), regions.end(), r) == 1; };
  for (const char* r : {"us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1", "il-central-1",
                        "mx-central-1", "ca-west-1"}) {
    EXPECT_TRUE(has(r)) << r;
  }
  for (const char* r : {"us-gov-west-1", "cn-north-1", "eu-west-9", "EU-WEST-1"}) {
    EXPECT_FALSE(has(r)) << r;
  }
}

}  // namespace
}  // namespace cdkpp::config
