#include "core/logical_id.h"

#include <gtest/gtest.h>

#include "core/md5.h"

namespace cdkpp::internal {
namespace {

// Check values from AWS CDK's own tests: cdkpp's ids must equal CDK's.
TEST(LogicalIdTest, MatchesAwsCdk) {
  EXPECT_EQ("VPCPublicSubnet1DefaultRoute91CEF279",
            MakeLogicalId({"VPC", "PublicSubnet1", "DefaultRoute"}));
  EXPECT_EQ("TheVPC92636AB0", MakeLogicalId({"TheVPC", "Resource"}));
  EXPECT_EQ("Foo", MakeLogicalId({"Foo", "Default"}));
}

TEST(LogicalIdTest, TopLevelKeepsIdWithoutHash) {
  EXPECT_EQ("MyBucket", MakeLogicalId({"My-Bucket"}));
}

TEST(LogicalIdTest, HumanPartSkipsRepeatedSuffix) {
  // "Bucket/Bucket" reads "Bucket" once; the hash still covers both.
  std::string id = MakeLogicalId({"Bucket", "Bucket"});
  EXPECT_EQ("Bucket", id.substr(0, id.size() - 8));
  EXPECT_NE(MakeLogicalId({"Bucket", "Bucket"}), MakeLogicalId({"Bucket", "Other"}));
}

TEST(LogicalIdTest, LongPathsAreCutTo240PlusHash) {
  std::string id = MakeLogicalId({std::string(300, 'a'), "b"});
  EXPECT_EQ(248u, id.size());
}

TEST(Md5Test, Rfc1321Vectors) {
  EXPECT_EQ("d41d8cd98f00b204e9800998ecf8427e", Md5Hex(""));
  EXPECT_EQ("900150983cd24fb0d6963f7d28e17f72", Md5Hex("abc"));
  // 62 bytes: the padding and length take a second block.
  EXPECT_EQ("d174ab98d277d9f5a5611c2c9f419d9f",
            Md5Hex("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"));
  EXPECT_EQ("57edf4a22be3c955ac49da2e2107b67a",
            Md5Hex("1234567890123456789012345678901234567890123456789012345678901234567890123456789"
                   "0"));
}

}  // namespace
}  // namespace cdkpp::internal
