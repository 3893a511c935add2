// SmallRegex against std::regex_search (ECMAScript), the semantics it
// replaces: every pattern below on many generated strings.
#include "util/small_regex.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <regex>
#include <string>
#include <vector>

#include "cdkpp/core/json.h"

namespace cdkpp::internal {
namespace {

// The config tables' patterns (src/config/schema/*_keys.cc) and more of the
// same subset, with the corners of the syntax.
const std::vector<std::string> kPatterns = {
    R"(^[0-9]{1,3}(\.[0-9]{1,3}){3}/[0-9]{1,2}$)",
    R"(^db\..)",
    R"(^(5\.7|8\.0|8\.4)(\.|$))",
    "^[A-Za-z][A-Za-z0-9_]*$",
    "^[A-Za-z0-9]+$",
    R"(^[^@ ]+@[^ ]*\.[^ ]*[^ .]$)",
    R"(^dms\..)",
    "^[A-Za-z](-?[A-Za-z0-9])*$",
    R"(\S)",
    "^[A-Za-z][A-Za-z0-9-]*$",
    "^[A-Za-z0-9_.-]+$",
    "a|b|",
    "(a|ab)(c|bcd)(d*)$",
    "^(a*)*$",
    "^(a?){2,3}b",
    "^(?:ab|a)+$",
    "x{2}y{1,}z{0,1}$",
    R"(^\d+\.\d*$)",
    R"(\w\W\s\D)",
    R"([\d.-]+)",
    "[^a-c]b",
    "^$",
    "a.c",
    R"(^[\-\]x]+$)",
    "(a|)+b",
};

std::string RandomText(std::mt19937* rng) {
  static const std::string kAlphabet = "ab-c.d@ x_Z09/7\n58";
  std::uniform_int_distribution<int> length(0, 12);
  std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
  std::string out;
  for (int n = length(*rng); n > 0; --n) out += kAlphabet[pick(*rng)];
  return out;
}

TEST(SmallRegexTest, AgreesWithStdRegex) {
  std::mt19937 rng(12);
  std::vector<std::string> texts = {"", "10.0.0.0/16", "db.t3.micro", "8.0.35", "5.7", "8.44",
                                    "a-b", "a--b", "ab-", "me@example.com", "x@y.", "dms.t3",
                                    "   ", " x ", "abcd", "aab", "xxyz", "12.", "a_b-", "b",
                                    "a\nc", "-]x"};
  for (int i = 0; i < 3000; ++i) texts.push_back(RandomText(&rng));
  for (const std::string& pattern : kPatterns) {
    auto small = SmallRegex::Compile(pattern);
    ASSERT_TRUE(small.has_value()) << pattern;
    std::regex reference(pattern);
    for (const std::string& text : texts) {
      EXPECT_EQ(std::regex_search(text, reference), small->Search(text))
          << "pattern " << pattern << " text \"" << text << "\"";
    }
  }
}

// Every "pt" (pattern) in the resource schema data.
void CollectPatterns(const Json& node, std::set<std::string>* out) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (key == "pt" && value.is_string()) out->insert(value.get<std::string>());
      CollectPatterns(value, out);
    }
  } else if (node.is_array()) {
    for (const Json& item : node) CollectPatterns(item, out);
  }
}

TEST(SmallRegexTest, AgreesWithStdRegexOnEveryResourceSchemaPattern) {
  // validate matches schema patterns with SmallRegex when they are in its
  // subset: it must accept and refuse what std::regex did, and compile only
  // what std::regex compiles (a pattern std::regex refused was skipped).
  std::ifstream in(std::string(CDKPP_SOURCE_DIR) + "/data/cfn_schemas.tsv");
  std::set<std::string> patterns;
  for (std::string line; std::getline(in, line);) {
    CollectPatterns(Json::parse(line.substr(line.find('\t') + 1)), &patterns);
  }
  ASSERT_GT(patterns.size(), 1000u);
  std::mt19937 rng(7);
  int compared = 0;
  for (const std::string& pattern : patterns) {
    auto small = SmallRegex::Compile(pattern);
    if (!small) continue;
    std::optional<std::regex> reference;
    try {
      reference.emplace(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error&) {
    }
    ASSERT_TRUE(reference.has_value()) << "std::regex refuses " << pattern;
    ++compared;
    // Texts from the pattern's own characters, so that parts of it match.
    std::string alphabet = pattern + "a0-: /";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 24);
    for (int i = 0; i < 40; ++i) {
      std::string text;
      for (int n = length(rng); n > 0; --n) text += alphabet[pick(rng)];
      ASSERT_EQ(std::regex_search(text, *reference), small->Search(text))
          << "pattern " << pattern << " text \"" << text << "\"";
    }
  }
  EXPECT_GT(compared, 1000);
}

TEST(SmallRegexTest, RefusesSyntaxOutsideTheSubset) {
  for (const char* pattern : {"(?=a)", "a*?", R"(\1)", R"(\bword)", "[[:alpha:]]", "*a", "(a",
                              "a)", "[a", "[]", "a{2,1}", R"(\x41)", "a{", "^*", "[\xC3\xA9]"}) {
    EXPECT_FALSE(SmallRegex::Compile(pattern).has_value()) << pattern;
  }
}

TEST(SmallRegexTest, LongTextNeverMatches) {
  auto any = SmallRegex::Compile("a");
  ASSERT_TRUE(any.has_value());
  EXPECT_TRUE(any->Search(std::string(SmallRegex::kMaxInput, 'a')));
  EXPECT_FALSE(any->Search(std::string(SmallRegex::kMaxInput + 1, 'a')));
}

TEST(SmallRegexTest, BacktrackingStaysPolynomialOnTheEmailPattern) {
  // [^ ]* twice around a '.' retries every split: quadratic in the length,
  // which max_length (254) keeps small.
  auto email = SmallRegex::Compile(R"(^[^@ ]+@[^ ]*\.[^ ]*[^ .]$)");
  ASSERT_TRUE(email.has_value());
  EXPECT_FALSE(email->Search("a@" + std::string(250, '.')));
}

}  // namespace
}  // namespace cdkpp::internal
