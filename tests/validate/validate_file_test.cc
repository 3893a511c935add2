#include "cdkpp/validate/validate_file.h"

#include <gtest/gtest.h>

#include <string>

namespace cdkpp::validate {
namespace {

// Every finding of a template as "location: rule: key_path", one a line.
std::string Located(const std::string& path, const std::string& text) {
  InMemoryFileSystem fs;
  fs.Put(path, text);
  auto report = ValidateTemplateFile(path, fs, {});
  EXPECT_TRUE(report.ok());
  if (!report.ok()) return report.diagnostics().front().ToString();
  std::string out;
  for (const Finding& f : report->findings) {
    out +=
        f.location.ToString() + ": " + f.code + ": " + f.key_path + ": " + f.message + "\n";
  }
  return out;
}

TEST(ValidateTemplateFile, MisspeltPropertyIsLocatedAtItsOwnKey) {
  EXPECT_EQ(
      "t.json:6:5: CDKPP-SCH-002: Properties.BucketNam: "
      "property \"BucketNam\" is not defined for AWS::S3::Bucket; did you mean \"BucketName\"?\n",
      Located("t.json",
              "{\n"
              " \"Resources\": {\n"
              "  \"Bucket\": {\n"
              "   \"Type\": \"AWS::S3::Bucket\",\n"
              "   \"Properties\": {\n"
              "    \"BucketNam\": \"b\"\n"
              "   }\n"
              "  }\n"
              " }\n"
              "}\n"));
  EXPECT_EQ(
      "t.yaml:5:7: CDKPP-SCH-002: Properties.BucketNam: "
      "property \"BucketNam\" is not defined for AWS::S3::Bucket; did you mean \"BucketName\"?\n",
      Located("t.yaml",
              "Resources:\n"
              "  Bucket:\n"
              "    Type: AWS::S3::Bucket\n"
              "    Properties:\n"
              "      BucketNam: b\n"));
}

TEST(ValidateTemplateFile, ColumnsCountCodePoints) {
  // Each "é" is two bytes and one column.
  EXPECT_EQ(
      "t.json:1:82: CDKPP-SCH-002: Properties.BucketNam: "
      "property \"BucketNam\" is not defined for AWS::S3::Bucket; did you mean \"BucketName\"?\n",
      Located("t.json",
              "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\", \"Metadata\": \"éé\", "
              "\"Properties\": {\"BucketNam\": \"b\"}}}}"));
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
  EXPECT_EQ(ref.code, "CDKPP-CFN-002");
  EXPECT_EQ(ref.key_path, "Properties.RetentionInDays.Ref");
  // At the !Ref tag that is the long form's "Ref" key.
  EXPECT_EQ(ref.location.ToString(), "t.yaml:5:24");
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
