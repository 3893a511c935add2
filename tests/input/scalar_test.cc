#include "input/scalar.h"

#include <gtest/gtest.h>

#include <string>

namespace cdkpp::input {
namespace {

ScalarKind Config(std::string_view s) { return ClassifyScalar(s, true, ScalarRules::kConfig); }
ScalarKind Template(std::string_view s) { return ClassifyScalar(s, true, ScalarRules::kTemplate); }

TEST(ClassifyScalarTest, CoreSchemaSpellingsAgreeForConfigsAndTemplates) {
  for (auto rules : {ScalarRules::kConfig, ScalarRules::kTemplate}) {
    EXPECT_EQ(ClassifyScalar("", true, rules), ScalarKind::kNull);
    EXPECT_EQ(ClassifyScalar("~", true, rules), ScalarKind::kNull);
    EXPECT_EQ(ClassifyScalar("NULL", true, rules), ScalarKind::kNull);
    EXPECT_EQ(ClassifyScalar("True", true, rules), ScalarKind::kBool);
    EXPECT_EQ(ClassifyScalar("-3", true, rules), ScalarKind::kInt);
    EXPECT_EQ(ClassifyScalar("+3", true, rules), ScalarKind::kInt);
    EXPECT_EQ(ClassifyScalar("0", true, rules), ScalarKind::kInt);
    EXPECT_EQ(ClassifyScalar("1.5", true, rules), ScalarKind::kFloat);
    EXPECT_EQ(ClassifyScalar("0.5", true, rules), ScalarKind::kFloat);
    EXPECT_EQ(ClassifyScalar(".5", true, rules), ScalarKind::kFloat);
    EXPECT_EQ(ClassifyScalar("1e", true, rules), ScalarKind::kString);
    EXPECT_EQ(ClassifyScalar("1.2.3", true, rules), ScalarKind::kString);
    EXPECT_EQ(ClassifyScalar("8.0", false, rules), ScalarKind::kString);  // quoted
    EXPECT_EQ(ClassifyScalar("null", false, rules), ScalarKind::kString);
  }
}

TEST(ClassifyScalarTest, WordsAreStringsWhateverFollowsTheirFirstLetter) {
  // Every letter but the initials of null and the bool spellings: what
  // follows cannot make a number, bool or null of it.
  for (char first : std::string("abcdeghijklmpqrsuvwxzABCDEGHIJKLMPQRSUVWXZ")) {
    for (std::string_view rest : {"", "1", "e5", ".5", "_1", "x1F", "rue", "ull", ":30", "nf"}) {
      std::string word = first + std::string(rest);
      EXPECT_EQ(Config(word), ScalarKind::kString) << word;
      EXPECT_EQ(Template(word), ScalarKind::kString) << word;
    }
  }
  for (std::string_view spelling : {"n", "N", "y", "Y", "on", "Off", "no", "yes"}) {
    EXPECT_EQ(Template(spelling), spelling.size() == 1 ? ScalarKind::kString : ScalarKind::kBool)
        << spelling;
  }
}

TEST(ClassifyScalarTest, ConfigsKeepTheStrictCoreSchema) {
  EXPECT_EQ(Config("yes"), ScalarKind::kString);
  EXPECT_EQ(Config("Off"), ScalarKind::kString);
  EXPECT_EQ(Config("012"), ScalarKind::kInt);
  EXPECT_EQ(Config("1e3"), ScalarKind::kFloat);
  EXPECT_EQ(Config("0x1F"), ScalarKind::kString);
  EXPECT_EQ(Config("1_000"), ScalarKind::kString);
  EXPECT_EQ(Config("1:20"), ScalarKind::kString);
  EXPECT_EQ(Config(".inf"), ScalarKind::kFloat);
  EXPECT_EQ(Config("-.Inf"), ScalarKind::kFloat);
  EXPECT_EQ(Config(".nan"), ScalarKind::kFloat);
  EXPECT_EQ(Config("-.nan"), ScalarKind::kString);
  EXPECT_EQ(DecimalSpelling("012", ScalarRules::kConfig), "012");
}

TEST(ClassifyScalarTest, TemplatesReadYaml11AsPyYamlDoes) {
  for (const char* b : {"yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off",
                        "OFF", "true", "False"}) {
    EXPECT_EQ(Template(b), ScalarKind::kBool) << b;
  }
  EXPECT_TRUE(ScalarBool("On"));
  EXPECT_TRUE(ScalarBool("YES"));
  EXPECT_FALSE(ScalarBool("off"));
  EXPECT_FALSE(ScalarBool("No"));
  for (const char* s : {"y", "n", "yEs", "oN"}) EXPECT_EQ(Template(s), ScalarKind::kString) << s;
  // An account id (not octal) keeps its leading zero; a float needs a '.'.
  EXPECT_EQ(Template("012345678901"), ScalarKind::kString);
  EXPECT_EQ(Template("1e3"), ScalarKind::kString);
  EXPECT_EQ(Template("1.5e3"), ScalarKind::kString);  // PyYAML wants the exponent's sign
  EXPECT_EQ(Template("-.5"), ScalarKind::kString);
  EXPECT_EQ(Template("2010-09-09"), ScalarKind::kString);  // no timestamps
  EXPECT_EQ(Template(".inf"), ScalarKind::kString);        // JSON has no infinity
  EXPECT_EQ(Template(".NaN"), ScalarKind::kString);
  EXPECT_EQ(Template("0x1G"), ScalarKind::kString);
  EXPECT_EQ(Template("1:60"), ScalarKind::kString);
  EXPECT_EQ(Template("0b"), ScalarKind::kString);
}

TEST(ClassifyScalarTest, TemplateNumbersInEverySpelling) {
  struct Case {
    const char* text;
    ScalarKind kind;
    const char* decimal;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"1_000", ScalarKind::kInt, "1000"},
           {"0777", ScalarKind::kInt, "511"},
           {"-0777", ScalarKind::kInt, "-511"},
           {"0123", ScalarKind::kInt, "83"},
           {"00", ScalarKind::kInt, "0"},
           {"0", ScalarKind::kInt, "0"},
           {"0x1F", ScalarKind::kInt, "31"},
           {"0b1010", ScalarKind::kInt, "10"},
           {"+12", ScalarKind::kInt, "12"},
           {"1:20", ScalarKind::kInt, "80"},
           {"-1:00:01", ScalarKind::kInt, "-3601"},
           {"1.5", ScalarKind::kFloat, "1.5"},
           {"1.", ScalarKind::kFloat, "1.0"},
           {"01.50", ScalarKind::kFloat, "1.50"},
           {".5", ScalarKind::kFloat, "0.5"},
           {"1_0.2_5", ScalarKind::kFloat, "10.25"},
           {"1.5e+3", ScalarKind::kFloat, "1.5e+3"},
           {"-2.e-2", ScalarKind::kFloat, "-2.0e-2"},
           {"1:20.5", ScalarKind::kFloat, "80.5"},
           {"0xFFFFFFFFFFFFFFFFF", ScalarKind::kInt, ""},  // beyond 64 bits
       }) {
    EXPECT_EQ(Template(c.text), c.kind) << c.text;
    EXPECT_EQ(DecimalSpelling(c.text, ScalarRules::kTemplate), c.decimal) << c.text;
  }
}

}  // namespace
}  // namespace cdkpp::input
