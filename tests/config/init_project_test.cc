#include "cdkpp/config/init_project.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cdkpp/config/build_app.h"
#include "cdkpp/config/config_schema.h"
#include "cdkpp/config/load_config.h"
#include "config/props_printer.h"

namespace cdkpp {
namespace {

std::string ReadSource(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(InitProjectTest, EveryTemplateDirectoryIsEmbeddedByteForByte) {
  std::filesystem::path root = std::filesystem::path(CDKPP_SOURCE_DIR) / "templates";
  std::vector<std::string> on_disk;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (std::filesystem::exists(entry.path() / "cdkpp.yaml")) {
      on_disk.push_back(entry.path().filename().string());
    }
  }
  std::sort(on_disk.begin(), on_disk.end());
  EXPECT_EQ(on_disk, TemplateNames());
  for (const std::string& name : on_disk) {
    Result<std::string> text = TemplateText(name);
    ASSERT_TRUE(text.ok()) << name;
    EXPECT_EQ(ReadSource(root / name / "cdkpp.yaml"), *text) << name;
  }
}

TEST(InitProjectTest, EveryTemplateLoadsAndSynthesizes) {
  for (const std::string& name : TemplateNames()) {
    Result<PipelineConfig> config = ParsePipelineConfig(name + "/cdkpp.yaml", *TemplateText(name));
    ASSERT_TRUE(config.ok()) << config.diagnostics()[0].ToString();
    Result<CloudAssembly> assembly = BuildApp(*config)->Synth();
    ASSERT_TRUE(assembly.ok()) << assembly.diagnostics()[0].ToString();
    EXPECT_EQ(config->stacks.size(), assembly->stacks.size());
  }
}

TEST(InitProjectTest, DefaultTemplateSpellsOutTheDefaults) {
  Result<PipelineConfig> config = ParsePipelineConfig("cdkpp.yaml", *TemplateText("default"));
  ASSERT_TRUE(config.ok());
  PipelineStackProps expected;
  // The seed's public test database: the one place the template leaves the defaults.
  expected.database.publicly_accessible = true;
  expected.database.allowed_cidrs = {"0.0.0.0/0"};
  EXPECT_EQ(testing::PrintProps(expected), testing::PrintProps(config->stacks[0].props));
  EXPECT_EQ("DmsMysqlKinesisCloudwatch1Stack", config->stacks[0].name);
}

TEST(InitProjectTest, WritesTheTemplateIntoDir) {
  InMemoryFileSystem fs;
  Result<std::string> path = InitProject({"production", "infra/", false}, fs);
  ASSERT_TRUE(path.ok());
  EXPECT_EQ("infra/cdkpp.yaml", *path);
  EXPECT_EQ(*TemplateText("production"), fs.files().at("infra/cdkpp.yaml"));
  // Beside it, the schema its first line names, for the YAML language server.
  EXPECT_EQ(ConfigJsonSchema(), fs.files().at("infra/cdkpp.schema.json"));
  EXPECT_EQ(0u, TemplateText("production")->rfind(
                    "# yaml-language-server: $schema=./cdkpp.schema.json\n", 0));

  Result<std::string> here = InitProject({}, fs);
  ASSERT_TRUE(here.ok());
  EXPECT_EQ("cdkpp.yaml", *here);
  EXPECT_EQ(*TemplateText("default"), fs.files().at("cdkpp.yaml"));
}

TEST(InitProjectTest, RefusesToOverwriteWithoutForce) {
  InMemoryFileSystem fs;
  fs.Put("app/cdkpp.yaml", "mine");
  Result<std::string> refused = InitProject({"default", "app", false}, fs);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ("app/cdkpp.yaml already exists; use --force to overwrite it with the template",
            refused.diagnostics()[0].ToString());
  EXPECT_EQ("mine", fs.files().at("app/cdkpp.yaml"));

  ASSERT_TRUE(InitProject({"default", "app", true}, fs).ok());
  EXPECT_EQ(*TemplateText("default"), fs.files().at("app/cdkpp.yaml"));
}

TEST(InitProjectTest, AnExistingJsonConfigCountsAsExisting) {
  InMemoryFileSystem fs;
  fs.Put("cdkpp.json", "{}");
  Result<std::string> refused = InitProject({}, fs);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(
      "cdkpp.json already exists and a new cdkpp.yaml would take its place; use --force "
      "to write it anyway",
      refused.diagnostics()[0].ToString());
  EXPECT_EQ(0u, fs.files().count("cdkpp.yaml"));
}

TEST(InitProjectTest, UnknownTemplate) {
  InMemoryFileSystem fs;
  Result<std::string> result = InitProject({"prod", ".", false}, fs);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(
      "unknown template \"prod\"; did you mean \"production\"? (available: default, "
      "production)",
      result.diagnostics()[0].ToString());
  EXPECT_TRUE(fs.files().empty());
}

}  // namespace
}  // namespace cdkpp
