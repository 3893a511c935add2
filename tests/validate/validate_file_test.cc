#include "cdkpp/validate/validate_file.h"

#include <gtest/gtest.h>

#include <string>

namespace cdkpp::validate {
namespace {

TEST(FindKeyLocation, JsonAndYamlKeys) {
  std::string json = "{\n \"Resources\": {\n  \"Topic\": {\"Type\": \"AWS::SNS::Topic\"}\n }\n}\n";
  EXPECT_EQ(FindKeyLocation("t.json", json, "Topic").ToString(), "t.json:3:3");
  std::string yaml = "Resources:\n  # Topic: a comment\n  Topic:\n    Type: AWS::SNS::Topic\n";
  EXPECT_EQ(FindKeyLocation("t.yaml", yaml, "Topic").ToString(), "t.yaml:3:3");
  EXPECT_FALSE(FindKeyLocation("t.yaml", yaml, "Queue").known());
}

TEST(FindKeyLocation, SkipsValuesAndLongerKeysThatContainTheKey) {
  std::string json =
      "{\"Outputs\": {\"A\": {\"Value\": \"Topic\"}},\n"
      " \"Resources\": {\"MyTopic\": {}, \"TopicPolicy\" : {},\n"
      "  \"Topic\" : {}}}\n";
  EXPECT_EQ(FindKeyLocation("t.json", json, "Topic").ToString(), "t.json:3:3");
  EXPECT_EQ(FindKeyLocation("t.json", json, "TopicPolicy").ToString(), "t.json:2:31");
  EXPECT_FALSE(FindKeyLocation("t.json", json, "Queue").known());
}

TEST(ValidateTemplateFile, LocatesFindingsAndMeasuresTheFile) {
  InMemoryFileSystem fs;
  fs.Put("t.yaml",
         "Resources:\n"
         "  Logs:\n"
         "    Type: AWS::Logs::LogGroup\n"
         "    Properties:\n"
         "      RetentionInDays: !Ref Days\n");
  auto report = ValidateTemplateFile("t.yaml", fs, {});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->name, "t.yaml");
  ASSERT_FALSE(report->findings.empty());
  const Finding& ref = report->findings.front();
  EXPECT_EQ(ref.rule_id, "CDKPP-CFN-002");
  EXPECT_EQ(ref.property_path, "Properties.RetentionInDays.Ref");
  EXPECT_EQ(ref.location.ToString(), "t.yaml:2:3");
}

TEST(ValidateTemplateFile, LocatesJsonFindingsAtTheKeyNotAnEarlierValue) {
  InMemoryFileSystem fs;
  std::string text =
      "{\"Outputs\": {\"O\": {\"Value\": {\"Ref\": \"Logs\"}}},\n"
      " \"Resources\": {\"OtherLogs\": {\"Type\": \"AWS::Logs::LogGroup\"},\n"
      "  \"Logs\" : {\"Type\": \"AWS::Logs::LogGroup\", \"Properties\": {\"Bogus\": 1}},\n"
      "  \"Esc\\\"aped\": {\"Type\": \"AWS::Logs::LogGroup\", \"Properties\": {\"Bogus\": 1}}}}\n";
  fs.Put("t.json", text);
  auto report = ValidateTemplateFile("t.json", fs, {});
  ASSERT_TRUE(report.ok());
  bool located = false;
  for (const Finding& f : report->findings) {
    if (f.logical_id != "Logs") continue;
    EXPECT_EQ(f.location.ToString(), "t.json:3:3");
    EXPECT_EQ(f.location.ToString(), FindKeyLocation("t.json", text, "Logs").ToString());
    located = true;
  }
  EXPECT_TRUE(located);
}

TEST(ValidateTemplateFile, UnreadableAndUnparsableAreErrors) {
  InMemoryFileSystem fs;
  EXPECT_FALSE(ValidateTemplateFile("missing.json", fs, {}).ok());
  fs.Put("bad.yaml", "Resources:\n  T: !Bogus x\n");
  auto bad = ValidateTemplateFile("bad.yaml", fs, {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.diagnostics().front().location.file, "bad.yaml");
  EXPECT_EQ(bad.diagnostics().front().location.line, 2);
}

}  // namespace
}  // namespace cdkpp::validate
