// Templates are input too: every hostile shape ends in one located error
// (whole message with caret), never a crash, a hang or a wrong value.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "cdkpp/config/load_config.h"
#include "cdkpp/template/load_template.h"

namespace cdkpp {
namespace {

std::string TemplateError(const std::string& path, const std::string& text) {
  Result<Json> r = ParseTemplate(path, text);
  EXPECT_FALSE(r.ok()) << text;
  if (r.ok()) return "parsed";
  EXPECT_EQ(r.diagnostics().size(), 1u);
  EXPECT_EQ(r.diagnostics()[0].code, "template.parse");
  return r.diagnostics()[0].ToString();
}

// Alias cycles and alias bombs: LoadTemplateTest.YamlAlias* in
// load_template_test.cc; the loader's guards: tests/input/yaml_document_test.cc.

TEST(HostileTemplateTest, ASecondYamlDocumentIsAnError) {
  EXPECT_EQ(TemplateError("t.yaml", "Resources: {}\n---\nResources: {}\n"),
            "t.yaml:2:1: expected one YAML document, found a second one here\n"
            "---\n"
            "^");
}

TEST(HostileTemplateTest, NumbersBeyondTheDoubleRangeAreErrors) {
  EXPECT_EQ(TemplateError("t.json", "{\"Resources\": {\"A\": {\"Properties\": {\"N\": 1e999}}}}"),
            "t.json:1:42: JSON syntax error: number \"1e999\" is out of range (the largest is "
            "about 1.8e308)\n"
            "{\"Resources\": {\"A\": {\"Properties\": {\"N\": 1e999}}}}\n"
            "                                         ^");
  // A YAML 1.1 float needs a '.' and a signed exponent ("1e999" is a string).
  EXPECT_EQ(TemplateError("t.yaml", "Resources:\n  N: 1.0e+999\n"),
            "t.yaml:2:6: number \"1.0e+999\" is out of range (the largest is about 1.8e308)\n"
            "  N: 1.0e+999\n"
            "     ^");
  // In range, 1e300 stays a double (and a 400-digit string stays a string).
  Result<Json> ok = ParseTemplate("t.yaml", "A: 1.0e+300\nB: '" + std::string(400, '9') + "'\n");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ((*ok)["A"], Json(1e300));
  EXPECT_EQ((*ok)["B"], Json(std::string(400, '9')));
}

TEST(HostileTemplateTest, InvalidUtf8IsALocatedError) {
  EXPECT_EQ(TemplateError("t.yaml", "Resources:\n  A: \"x\xff\"\n"),
            "t.yaml:2:8: invalid UTF-8 byte 0xff (the file must be UTF-8 text; is this a binary "
            "file?)\n"
            "  A: \"x\xff\"\n"
            "       ^");
  EXPECT_EQ(TemplateError("t.json", "{\"Resources\": {\"A\": \"x\xc3\"}}").substr(0, 13),
            "t.json:1:23: ");
}

// The encoding check reads eight bytes at a time: every kind of bad byte is
// found, at its column, wherever it falls in a word; tabs, line breaks and
// valid UTF-8 are not errors.
TEST(HostileTemplateTest, EncodingErrorsAreFoundAtEveryAlignment) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {std::string(1, '\0'), "NUL byte in the file"},
      {"\x01", "control character 0x01"},
      {"\x7f", "control character 0x7f"},
      {"\xff", "invalid UTF-8 byte 0xff"},
      {"\xed\xa0\x80", "invalid UTF-8 byte 0xed"},  // an encoded surrogate
  };
  for (std::size_t pad = 0; pad < 10; ++pad) {
    for (const auto& [bytes, message] : bad) {
      std::string text = "{\"A\": \"" + std::string(pad, 'x') + bytes + "\"}";
      std::string column = std::to_string(8 + pad);
      EXPECT_EQ(TemplateError("t.json", text).substr(0, 11 + column.size() + message.size()),
                "t.json:1:" + column + ": " + message)
          << pad << " " << message;
    }
    std::string good = "{\"A\":\t\"" + std::string(pad, 'x') + "\xc3\xa9\xe2\x82\xac\"\r\n}";
    EXPECT_TRUE(ParseTemplate("t.json", good).ok()) << pad;
  }
}

TEST(HostileTemplateTest, DuplicateYamlKeysNameBothLocations) {
  EXPECT_EQ(TemplateError("t.yaml", "Resources:\n  A: {Type: X}\n  A: {Type: Y}\n"),
            "t.yaml:3:3: duplicate key \"A\"; first defined at line 2, column 3\n"
            "  A: {Type: Y}\n"
            "  ^");
}

// Small mappings compare each key with the ones before it, large ones index
// them: both find the first key written twice, at its second occurrence.
TEST(HostileTemplateTest, DuplicateYamlKeysInSmallAndLargeMappings) {
  for (int size : {3, 16, 17, 40}) {
    std::string yaml = "Resources:\n";
    for (int i = 0; i < size; ++i) yaml += "  R" + std::to_string(i) + ": {Type: X}\n";
    yaml += "  R1: {Type: Y}\n  R0: {Type: Z}\n";
    std::string line = std::to_string(size + 2);
    EXPECT_EQ(TemplateError("t.yaml", yaml),
              "t.yaml:" + line + ":3: duplicate key \"R1\"; first defined at line 3, column 3\n"
              "  R1: {Type: Y}\n"
              "  ^")
        << size;
    yaml.resize(yaml.size() - std::string("  R1: {Type: Y}\n  R0: {Type: Z}\n").size());
    EXPECT_TRUE(ParseTemplate("t.yaml", yaml).ok()) << size;
  }
}

TEST(HostileTemplateTest, DuplicateJsonKeysNameBothLocations) {
  EXPECT_EQ(
      TemplateError("t.json", "{\"Resources\": {\n  \"A\": {},\n  \"B\": {},\n  \"A\": {}\n}}"),
      "t.json:4:3: duplicate key \"A\"; first defined at line 2, column 3\n"
      "  \"A\": {}\n"
      "  ^");
}

TEST(HostileTemplateTest, DeepNestingIsAnError) {
  std::string deep = std::string(5000, '[');
  EXPECT_NE(TemplateError("t.yaml", "A: " + deep).find("nesting is too deep"), std::string::npos);
  EXPECT_NE(TemplateError("t.json", "{\"A\": " + deep).find("nesting is too deep"),
            std::string::npos);
}

TEST(HostileTemplateTest, ColumnsCountCodePoints) {
  EXPECT_EQ(TemplateError("t.json", "{\"Description\": \"éé\", }"),
            "t.json:1:23: JSON syntax error: expected a string (an object key), got '}'\n"
            "{\"Description\": \"éé\", }\n"
            "                      ^");
}

TEST(HostileTemplateTest, TheSameSyntaxErrorReadsTheSameInAConfig) {
  std::string text = "{\"stacks\": [\n  {\"name\": \"Demo\",}\n]}\n";
  Result<PipelineConfig> config = ParsePipelineConfig("x.json", text);
  ASSERT_FALSE(config.ok());
  ASSERT_EQ(config.diagnostics().size(), 1u);
  EXPECT_EQ(config.diagnostics()[0].ToString(), TemplateError("x.json", text));
  EXPECT_EQ(TemplateError("x.json", text),
            "x.json:2:19: JSON syntax error: expected a string (an object key), got '}'\n"
            "  {\"name\": \"Demo\",}\n"
            "                  ^");
  std::string yaml = "stacks:\n\t- name: Demo\n";
  Result<PipelineConfig> yaml_config = ParsePipelineConfig("x.yaml", yaml);
  ASSERT_FALSE(yaml_config.ok());
  EXPECT_EQ(yaml_config.diagnostics()[0].ToString(), TemplateError("x.yaml", yaml));
}

}  // namespace
}  // namespace cdkpp
