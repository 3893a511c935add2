#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/diff_internal.h"

namespace cdkpp::diff {
namespace {

// KeyLess compares whole words of the first 16 bytes: it must agree with
// std::string's order wherever the first difference falls, for prefixes,
// embedded NULs and bytes >= 0x80.
TEST(KeyLessTest, AgreesWithStringOrder) {
  std::vector<std::string> keys = {"", "a", "ab", "Stream0000A1B2C3D4", "Stream0001A1B2C3D4"};
  std::string base = "Ingress0214A1B2C3D4xyz";
  for (std::size_t at = 0; at < base.size(); ++at) {
    for (char c : {'\0', '0', 'z', '\x7f', '\x80', '\xff'}) {
      std::string k = base;
      k[at] = c;
      keys.push_back(k);
      keys.push_back(k.substr(0, at + 1));
    }
    keys.push_back(base.substr(0, at));
  }
  for (const std::string& a : keys) {
    for (const std::string& b : keys) {
      EXPECT_EQ(KeyLess(a, b), a < b) << a << " / " << b;
    }
  }
}

}  // namespace
}  // namespace cdkpp::diff
