#include "input/scalar.h"

#include <gtest/gtest.h>

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
    EXPECT_EQ(ClassifyScalar("yes", true, rules), ScalarKind::kString);  // YAML 1.1 only
    EXPECT_EQ(ClassifyScalar("-3", true, rules), ScalarKind::kInt);
    EXPECT_EQ(ClassifyScalar("+3", true, rules), ScalarKind::kInt);
    EXPECT_EQ(ClassifyScalar("0", true, rules), ScalarKind::kInt);
    EXPECT_EQ(ClassifyScalar("1.5", true, rules), ScalarKind::kFloat);
    EXPECT_EQ(ClassifyScalar("0.5", true, rules), ScalarKind::kFloat);
    EXPECT_EQ(ClassifyScalar(".5", true, rules), ScalarKind::kFloat);
    EXPECT_EQ(ClassifyScalar("1e3", true, rules), ScalarKind::kFloat);
    EXPECT_EQ(ClassifyScalar("1e", true, rules), ScalarKind::kString);
    EXPECT_EQ(ClassifyScalar("1.2.3", true, rules), ScalarKind::kString);
    EXPECT_EQ(ClassifyScalar("0x1F", true, rules), ScalarKind::kString);
    EXPECT_EQ(ClassifyScalar("8.0", false, rules), ScalarKind::kString);  // quoted
    EXPECT_EQ(ClassifyScalar("null", false, rules), ScalarKind::kString);
  }
}

TEST(ClassifyScalarTest, TheTwoSpellingsWhereTheRulesDiffer) {
  // An account id keeps its leading zero in a template.
  EXPECT_EQ(Config("012"), ScalarKind::kInt);
  EXPECT_EQ(Template("012"), ScalarKind::kString);
  EXPECT_EQ(Template("012345678901"), ScalarKind::kString);
  EXPECT_EQ(Template("-01.5"), ScalarKind::kString);
  // JSON has no infinity: a template keeps the text, a config refuses it later.
  EXPECT_EQ(Config(".inf"), ScalarKind::kFloat);
  EXPECT_EQ(Config("-.Inf"), ScalarKind::kFloat);
  EXPECT_EQ(Config(".nan"), ScalarKind::kFloat);
  EXPECT_EQ(Config("-.nan"), ScalarKind::kString);
  EXPECT_EQ(Template(".inf"), ScalarKind::kString);
  EXPECT_EQ(Template(".NaN"), ScalarKind::kString);
}

}  // namespace
}  // namespace cdkpp::input
