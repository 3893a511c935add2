#include "input/json_parser.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cdkpp::input {
namespace {

Json Parse(std::string_view text) {
  Json out;
  std::size_t offset = 0;
  std::string message;
  EXPECT_TRUE(ParseJsonFast(text, &out, &offset, &message)) << message << " at " << offset;
  return out;
}

std::string JsonError(std::string_view text) {
  Json out;
  std::size_t offset = 0;
  std::string message;
  EXPECT_FALSE(ParseJsonFast(text, &out, &offset, &message));
  return std::to_string(offset) + ": " + message;
}

TEST(FastJsonParserTest, AgreesWithNlohmannOnValues) {
  const char* text =
      R"({"z":1,"a":[true,false,null,-5,18446744073709551615,1.5e3,-0.25,"x"],)"
      R"("s":"q\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00 é","n":{"deep":{"er":[[]]}},"e":{}})";
  Json mine = Parse(text);
  EXPECT_EQ(mine, Json::parse(text));
  EXPECT_EQ(mine.begin().key(), "z");  // file order kept
  EXPECT_TRUE(mine["a"][4].is_number_unsigned());
  EXPECT_TRUE(mine["a"][3].is_number_integer());
  EXPECT_TRUE(mine["a"][5].is_number_float());
}

// Keys without an escape are views of the text; the others are decoded and
// kept per depth until their object is built: nested objects with escaped
// keys at every depth, non-ASCII keys, and a key that decodes to another's
// text (a duplicate: the last value wins, at the first key's place).
TEST(FastJsonParserTest, EscapedKeysAtEveryDepthAgreeWithNlohmann) {
  const char* text =
      R"({"a\u0062":{"c\"d":[{"e\\f":1,"plain":{"\u00e9":{"x\ny":2}}}],"g":3},)"
      R"("h\u00e9":4,"é":5,"long key without escapes at all":6,"\ud83d\ude00":7})";
  Json mine = Parse(text);
  EXPECT_EQ(mine, Json::parse(text));
  EXPECT_EQ(mine.begin().key(), "ab");
  Json twice = Parse(R"({"ab":1,"x":{"y\u0000":0},"a\u0062":2})");
  EXPECT_EQ(twice.size(), 2u);
  EXPECT_EQ(twice.begin().key(), "ab");
  EXPECT_EQ(twice["ab"], 2);
}

// Strings are scanned eight bytes at a time: a quote, escape, control
// character, DEL or UTF-8 sequence is read right wherever it falls in a word.
TEST(FastJsonParserTest, StringsAgreeWithNlohmannAtEveryAlignment) {
  const char* specials[] = {"\\\"", "\\n", "\\u0041", "\x7f", "\xc3\xa9", "\xf0\x9f\x98\x80", " ~"};
  for (std::size_t pad = 0; pad < 20; ++pad) {
    for (const char* special : specials) {
      for (std::size_t tail : {0, 3, 9}) {
        std::string text = "[\"" + std::string(pad, 'a') + special + std::string(tail, 'b') +
                           "\",\"" + std::string(pad, 'c') + "\"]";
        EXPECT_EQ(Parse(text), Json::parse(text)) << text;
      }
    }
    std::string control = "[\"" + std::string(pad, 'a') + "\x01\"]";
    EXPECT_EQ(JsonError(control),
              std::to_string(2 + pad) + ": control character in a string (escape it as \\u00XX)");
    EXPECT_EQ(JsonError("[\"" + std::string(pad, 'a')), "1: unterminated string");
  }
}

TEST(FastJsonParserTest, HugeIntegersBecomeDoubles) {
  EXPECT_TRUE(Parse("[123456789012345678901234567890]")[0].is_number_float());
}

TEST(FastJsonParserTest, DuplicateKeysLastWinsAtFirstPosition) {
  Json j = Parse(R"({"a":1,"b":2,"a":3})");
  EXPECT_EQ(j.size(), 2u);
  EXPECT_EQ(j.begin().key(), "a");
  EXPECT_EQ(j["a"], 3);
  std::string big = "{";
  for (int i = 0; i < 20; ++i) big += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  big += "\"k3\":99}";
  Json b = Parse(big);
  EXPECT_EQ(b.size(), 20u);
  EXPECT_EQ(b["k3"], 99);
}

TEST(FastJsonParserTest, ErrorsNameTheOffsetAndTheProblem) {
  EXPECT_EQ(JsonError(R"({"a":1,})"), "7: expected a string (an object key), got '}'");
  EXPECT_EQ(JsonError(R"({"a" 1})"), "5: expected ':' after an object key, got '1'");
  EXPECT_EQ(JsonError("[1 2]"), "3: expected ',' or ']' in an array, got '2'");
  EXPECT_EQ(JsonError(R"(["abc)"), "1: unterminated string");
  EXPECT_EQ(JsonError("[01]"), "2: expected ',' or ']' in an array, got '1'");
  EXPECT_EQ(JsonError("[tru]"), "1: invalid literal, expected 'true'");
  EXPECT_EQ(JsonError("{} x"), "3: unexpected 'x' after the JSON value");
  EXPECT_EQ(JsonError("\"a\tb\""), "2: control character in a string (escape it as \\u00XX)");
  EXPECT_EQ(JsonError("\"\xff\""), "1: invalid UTF-8 in a string");
  EXPECT_EQ(JsonError(R"("\ud800x")"), "7: unpaired surrogate in \\u escape");
  EXPECT_EQ(JsonError(R"("\q")"), "2: invalid escape in a string");
  EXPECT_EQ(JsonError("[1.]"), "3: invalid number: digits expected after '.'");
  EXPECT_EQ(JsonError(""), "0: unexpected end of input, expected a value");
}

TEST(FastJsonParserTest, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '[');
  EXPECT_EQ(JsonError(deep), "200: nesting is too deep (more than 200 levels)");
}

// A template reader skips its encoding check only when the parser saw no
// byte from 0x7F up: DEL and UTF-8 are noted in strings and keys, at every
// alignment of the run scan, and their text is kept.
TEST(FastJsonParserTest, ReportsBytesBeyondAscii) {
  auto beyond = [](const std::string& text, Json* out) {
    bool seen = true;
    JsonOptions options;
    options.beyond_ascii = &seen;
    EXPECT_FALSE(ParseJson(text, out, options).has_value()) << text;
    return seen;
  };
  for (std::size_t pad = 0; pad < 20; ++pad) {
    std::string x(pad, 'x');
    Json out;
    EXPECT_FALSE(beyond("{\"" + x + "\": [\"" + x + "~\", 1, true]}", &out)) << pad;
    EXPECT_TRUE(beyond("{\"a\": \"" + x + "\x7f" + x + "\"}", &out)) << pad;
    EXPECT_EQ(out["a"], x + "\x7f" + x);
    EXPECT_TRUE(beyond("{\"" + x + "\x7f\": 1}", &out)) << pad;
    EXPECT_EQ(out[x + "\x7f"], 1);
    EXPECT_TRUE(beyond("[\"" + x + "\xc3\xa9\"]", &out)) << pad;
    EXPECT_EQ(out[0], x + "\xc3\xa9");
  }
}

// Objects of more than eight members are checked for duplicate keys through
// a hash table: a key written twice is found at its second occurrence, and
// distinct keys (the same length, the same prefixes) are not confused.
TEST(FastJsonParserTest, DuplicateKeysInLargeObjectsAreFound) {
  JsonOptions reject;
  reject.reject_duplicate_keys = true;
  std::string text = "{";
  for (int i = 0; i < 600; ++i) text += "\"Resource" + std::to_string(1000 + i) + "A1B2\": 1,";
  Json out;
  EXPECT_FALSE(ParseJson(text + "\"last\": 2}", &out, reject).has_value());
  EXPECT_EQ(out.size(), 601u);
  std::string twice = text + "\"Resource1400A1B2\": 2}";
  std::optional<input::JsonError> error = ParseJson(twice, &out, reject);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->message, "duplicate key \"Resource1400A1B2\"");
  EXPECT_EQ(error->offset, text.size());
  EXPECT_EQ(error->first_key_offset, text.find("\"Resource1400A1B2\""));
}


// SectionTexts: the members of the root's "Resources", by the text of their
// values (LoadTemplatePair reads the old template so, then the new one).
struct SectionRead {
  Json json;
  std::optional<struct JsonError> error;  // the struct, not this file's JsonError()
  SectionTexts section;
};

SectionRead ReadWithSection(std::string_view text,
                            const std::unordered_map<std::string_view, std::string_view>* known) {
  SectionRead read;
  read.section.section = "Resources";
  read.section.known = known;
  JsonOptions options;
  options.reject_duplicate_keys = true;
  options.section_texts = &read.section;
  read.error = ParseJson(text, &read.json, options);
  return read;
}

TEST(SectionTextsTest, RecordsTheTextOfEachMemberOfTheSectionOnly) {
  std::string text =
      R"({"Outputs": {"O": {"Value": 1}}, "Resources": {"A": {"Type": "X", "P": [1, 2]},)"
      R"( "B": "text", "C": 12, "D\u0041": {}}, "Z": {"A": {}}})";
  SectionRead read = ReadWithSection(text, nullptr);
  ASSERT_FALSE(read.error) << read.error->message;
  std::vector<std::pair<std::string_view, std::string_view>> expected = {
      {"A", R"({"Type": "X", "P": [1, 2]})"}, {"B", R"("text")"}, {"C", "12"}};
  // "DA" is written with an escape: no view of the text names it.
  EXPECT_EQ(read.section.texts, expected);
  EXPECT_TRUE(read.section.unread.empty());
  EXPECT_EQ(read.json, Json::parse(text));
}

TEST(SectionTextsTest, SkipsOnlyMembersWhoseTextIsKnownByteForByte) {
  std::string old_text = R"({"Resources": {"A": {"Type": "X"}, "B": {"Type": "Y"}, "C": 12, "S": "s"}})";
  SectionRead old_read = ReadWithSection(old_text, nullptr);
  std::unordered_map<std::string_view, std::string_view> known(old_read.section.texts.begin(),
                                                               old_read.section.texts.end());
  // A is the same; B changed; C is a number (its text could run on: 123);
  // S is the same string; N is new.
  std::string new_text =
      R"({"Resources": {"A": {"Type": "X"}, "B": {"Type": "Z"}, "C": 123, "S": "s", "N": {}}})";
  SectionRead new_read = ReadWithSection(new_text, &known);
  ASSERT_FALSE(new_read.error) << new_read.error->message;
  EXPECT_EQ(new_read.section.unread, (std::vector<std::string_view>{"A", "S"}));
  Json expected = Json::parse(new_text);
  expected["Resources"]["A"] = nullptr;  // left for the caller: the old value
  expected["Resources"]["S"] = nullptr;
  EXPECT_EQ(new_read.json, expected);
  EXPECT_EQ(new_read.json["Resources"].begin().key(), "A");  // order kept
}

TEST(SectionTextsTest, ASkippedMemberStillCountsForDuplicatesAndErrorsAfterIt) {
  std::string old_text = R"({"Resources": {"A": {"Type": "X"}}})";
  SectionRead old_read = ReadWithSection(old_text, nullptr);
  std::unordered_map<std::string_view, std::string_view> known(old_read.section.texts.begin(),
                                                               old_read.section.texts.end());
  std::string written_twice = R"({"Resources": {"A": {"Type": "X"}, "A": {}}})";
  SectionRead twice = ReadWithSection(written_twice, &known);
  ASSERT_TRUE(twice.error);
  EXPECT_EQ(twice.error->message, "duplicate key \"A\"");
  EXPECT_EQ(twice.error->offset, written_twice.rfind("\"A\""));
  EXPECT_EQ(twice.error->first_key_offset, written_twice.find("\"A\""));
  // The same text followed by what ends no member: the error a whole read gives.
  std::string broken = R"({"Resources": {"A": {"Type": "X"} x}})";
  SectionRead skipped = ReadWithSection(broken, &known);
  SectionRead whole = ReadWithSection(broken, nullptr);
  ASSERT_TRUE(skipped.error && whole.error);
  EXPECT_EQ(skipped.error->offset, whole.error->offset);
  EXPECT_EQ(skipped.error->message, whole.error->message);
}

TEST(SectionTextsTest, NothingIsSkippedWithoutDuplicateKeyChecksOrWithPositions) {
  std::string text = R"({"Resources": {"A": {"Type": "X"}}})";
  std::unordered_map<std::string_view, std::string_view> known = {{"A", R"({"Type": "X"})"}};
  SectionTexts section;
  section.section = "Resources";
  section.known = &known;
  Json out;
  JsonOptions options;
  options.section_texts = &section;  // duplicate keys allowed: the last value wins
  ASSERT_FALSE(ParseJson(text, &out, options));
  EXPECT_TRUE(section.unread.empty());
  PositionTree positions;
  options.reject_duplicate_keys = true;
  options.positions = &positions;
  ASSERT_FALSE(ParseJson(text, &out, options));
  EXPECT_TRUE(section.unread.empty());
  EXPECT_EQ(out, Json::parse(text));
}

}  // namespace
}  // namespace cdkpp::input
