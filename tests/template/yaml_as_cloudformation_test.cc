// YAML templates read as CloudFormation reads them: YAML 1.1 scalars, the
// features CloudFormation leaves out, and libyaml's scalar folding.
#include <gtest/gtest.h>

#include "cdkpp/template/load_template.h"
#include "support/test_inputs.h"

namespace cdkpp {
namespace {

std::string ParseError(const std::string& text) {
  Result<Json> r = ParseTemplate("t.yaml", text);
  EXPECT_FALSE(r.ok()) << text;
  return r.ok() ? "" : r.diagnostics()[0].ToString();
}

TEST(YamlAsCloudFormationTest, Yaml11ScalarsBecomeTheJsonCfnLintReads) {
  Json t = testing::MustParseTemplate(
      "A: Yes\nB: off\nC: 1_000\nD: 0777\nE: 0x1F\nF: 012345678901\nG: 1e3\nH: 1.5e+3\n"
      "I: 2010-09-09\nJ: ~\nK: 1:20\nL: 'Yes'\nM: .inf\nN: Null\n");
  EXPECT_EQ(t["A"], Json(true));
  EXPECT_EQ(t["B"], Json(false));
  EXPECT_EQ(t["C"], Json(1000));
  EXPECT_EQ(t["D"], Json(511));
  EXPECT_EQ(t["E"], Json(31));
  EXPECT_EQ(t["F"], Json("012345678901"));
  EXPECT_EQ(t["G"], Json("1e3"));
  EXPECT_EQ(t["H"], Json(1500.0));
  EXPECT_EQ(t["I"], Json("2010-09-09"));
  EXPECT_TRUE(t["J"].is_null());
  EXPECT_EQ(t["K"], Json(80));
  EXPECT_EQ(t["L"], Json("Yes"));
  EXPECT_EQ(t["M"], Json(".inf"));
  EXPECT_TRUE(t["N"].is_null());
}

TEST(YamlAsCloudFormationTest, QuotedScalarEndingInBlankLinesKeepsItsNewline) {
  // A Fn::Join delimiter of one newline, written across lines.
  Json t = testing::MustParseTemplate("A: !Join\n  - '\n\n    '\n  - [a, b]\nB: \"x\n\n  \"\n");
  EXPECT_EQ(t["A"]["Fn::Join"][0], Json("\n"));
  EXPECT_EQ(t["B"], Json("x\n"));
}

TEST(YamlAsCloudFormationTest, FeaturesCloudFormationDoesNotSupportAreErrors) {
  EXPECT_EQ(ParseError("A: &x [1]\nB: *x\n"),
            "t.yaml:2:4: CloudFormation does not support YAML aliases (*name)\nB: *x\n   ^");
  EXPECT_EQ(ParseError("A:\n  <<: {b: 1}\n"),
            "t.yaml:2:3: CloudFormation does not support YAML merge keys (<<)\n  <<: {b: 1}\n  ^");
  EXPECT_EQ(ParseError("A: !!binary aGVsbG8=\n"),
            "t.yaml:1:4: CloudFormation does not support the YAML tag !!binary\n"
            "A: !!binary aGVsbG8=\n   ^");
  EXPECT_EQ(ParseError("A: !!set {a, b}\n").substr(0, 60),
            "t.yaml:1:4: CloudFormation does not support the YAML tag !!s");
  // An anchor alone is harmless; a quoted "<<" is an ordinary key.
  EXPECT_EQ(testing::MustParseTemplate("A: &x 1\n'<<': 2\n")["<<"], Json(2));
}

TEST(YamlAsCloudFormationTest, PositionsAreBytesAfterMultiByteText) {
  EXPECT_EQ(ParseError("D: \"é€😀\"\nA: !Bogus x\n"),
            "t.yaml:2:4: unknown tag '!Bogus'\nA: !Bogus x\n   ^");
}

}  // namespace
}  // namespace cdkpp
