#include "cdkpp/core/json.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

namespace cdkpp {
namespace {

// The bytes every golden template was written with.
std::string Reference(const Json& v) {
  return v.dump(1, ' ', false, Json::error_handler_t::strict) + "\n";
}

TEST(SerializeTemplateTest, WritesNlohmannsBytes) {
  Json v = Json::parse(R"({"Resources": {"A": {"Type": "AWS::X::Y", "Properties": {
      "Empty": {}, "None": [], "List": [1, -2, 3.5, true, false, null, "s", [], {}],
      "Nested": [{"K": [[]]}], "Big": 18446744073709551615, "Small": -9223372036854775808,
      "Real": 1e100, "Tiny": 0.1, "Whole": 2.0}}}})");
  EXPECT_EQ(SerializeTemplate(v), Reference(v));
  EXPECT_EQ(SerializeTemplate(Json::object()), "{}\n");
  EXPECT_EQ(SerializeTemplate(Json("x")), "\"x\"\n");
  EXPECT_EQ(SerializeTemplate(Json(std::numeric_limits<std::int64_t>::min())),
            "-9223372036854775808\n");
}

TEST(SerializeTemplateTest, EscapesLikeNlohmann) {
  std::string every_byte_below_0x80;
  for (int c = 1; c < 0x80; ++c) every_byte_below_0x80 += static_cast<char>(c);
  for (const std::string& s :
       {every_byte_below_0x80, std::string("nul\0byte", 8), std::string("\"quoted\" \\ /"),
        std::string("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xEF\xBF\xBF \xF4\x8F\xBF\xBF")}) {
    Json v = {{s, s}, {"list", {s}}};
    EXPECT_EQ(SerializeTemplate(v), Reference(v)) << s;
  }
}

// No exception crosses the public API: invalid UTF-8 is written as U+FFFD,
// byte for byte as nlohmann's replacing mode does (synthesis refuses such a
// template before serializing it).
TEST(SerializeTemplateTest, ReplacesInvalidUtf8AsNlohmannDoes) {
  for (const char* bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF",
                          "\xC3", "\xE2\x82", "\x80"}) {
    Json v = {{"Key", std::string("ok ") + bad}};
    std::string written;
    ASSERT_NO_THROW(written = SerializeTemplate(v)) << bad;
    EXPECT_EQ(written, v.dump(1, ' ', false, Json::error_handler_t::replace) + "\n") << bad;
    EXPECT_NE(written.find("\xEF\xBF\xBD"), std::string::npos) << bad;
  }
}

// Random trees of every value kind: the writer and nlohmann agree on all.
Json RandomValue(std::mt19937& rng, int depth) {
  int kind = static_cast<int>(rng() % (depth > 3 ? 6 : 8));
  switch (kind) {
    case 0:
      return nullptr;
    case 1:
      return rng() % 2 == 0;
    case 2:
      return static_cast<std::int64_t>(rng()) - (1ll << 31);
    case 3:
      return static_cast<double>(rng() % 100000) / 64.0;
    case 4: {
      // Up to 40 bytes, mostly printable: the writer skips 8 plain bytes at a
      // time, so escapes must show up at every offset of a longer string.
      std::string s;
      for (int i = static_cast<int>(rng() % 40); i > 0; --i) {
        s += static_cast<char>(rng() % 4 == 0 ? rng() % 0x80 : 0x20 + rng() % 0x5F);
      }
      return s;
    }
    case 5:
      return std::string("\xC3\xA9t\xC3\xA9");
    case 6: {
      Json a = Json::array();
      for (int i = static_cast<int>(rng() % 4); i > 0; --i)
        a.push_back(RandomValue(rng, depth + 1));
      return a;
    }
    default: {
      Json o = Json::object();
      for (int i = static_cast<int>(rng() % 4); i > 0; --i) {
        o["k" + std::to_string(rng() % 50)] = RandomValue(rng, depth + 1);
      }
      return o;
    }
  }
}

TEST(SerializeTemplateTest, AgreesOnRandomTrees) {
  std::mt19937 rng(12);
  for (int i = 0; i < 500; ++i) {
    Json v = RandomValue(rng, 0);
    ASSERT_EQ(SerializeTemplate(v), Reference(v)) << v.dump();
  }
}

// The canonical form is nlohmann::json's (std::map, sorted keys) compact dump.
std::string CanonicalReference(const Json& v) {
  return nlohmann::json::parse(v.dump(-1, ' ', false, Json::error_handler_t::replace))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(SerializeCanonicalTest, AgreesWithSortedNlohmannOnRandomTrees) {
  std::mt19937 rng(21);
  for (int i = 0; i < 500; ++i) {
    Json v = RandomValue(rng, 0);
    ASSERT_EQ(SerializeCanonical(v), CanonicalReference(v)) << v.dump();
  }
}

TEST(SerializeCompactTest, AgreesWithNlohmannOnRandomTrees) {
  std::mt19937 rng(34);
  for (int i = 0; i < 500; ++i) {
    Json v = RandomValue(rng, 0);
    ASSERT_EQ(SerializeCompact(v), v.dump(-1, ' ', false, Json::error_handler_t::replace))
        << v.dump();
  }
  Json bad = {{"k", std::string("ok \xFF")}, {"a", 1}};
  EXPECT_EQ(SerializeCompact(bad), bad.dump(-1, ' ', false, Json::error_handler_t::replace));
}

TEST(SerializeCanonicalTest, SortsByteWiseAndReplacesInvalidUtf8) {
  Json v = Json::parse(R"({"b": [], "B": {}, "aé": 1.5, "a": [{"z": null, "Z": -1}], "": 0})");
  EXPECT_EQ(SerializeCanonical(v), R"({"":0,"B":{},"a":[{"Z":-1,"z":null}],"aé":1.5,"b":[]})");
  EXPECT_EQ(SerializeCanonical(v), CanonicalReference(v));
  Json bad = {{"k", std::string("ok \xFF")}, {"a", 1}};
  EXPECT_EQ(SerializeCanonical(bad), CanonicalReference(bad));
}

}  // namespace
}  // namespace cdkpp
