// DiffTemplates of a TemplatePair (LoadTemplatePair parses a resource whose
// text is the same in both files once, and the diff never looks into it)
// must say exactly what DiffTemplates of the two templates read apart says.
// Checked on edits of every resource of the golden templates: updates,
// replacements (which reach the unchanged resources that read the replaced
// one), removals, and whole-template edits.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "cdkpp/diff/format_diff.h"
#include "cdkpp/diff/template_diff.h"
#include "cdkpp/io/file_system.h"
#include "cdkpp/schema/resource_schemas.h"
#include "cdkpp/template/load_template.h"
#include "support/test_inputs.h"

namespace cdkpp::diff {
namespace {

const char* const kPairGoldens[] = {
    "tests/testdata/golden/DmsMysqlKinesisCloudwatch1Stack.template.json",
    "tests/testdata/golden/aurora/OrdersCdcAurora.template.json",
    "tests/testdata/golden/environments/Orders.template.json",
    "tests/testdata/golden/existing/OrdersCdcExisting.template.json",
    "tests/testdata/golden/serverless/OrdersCdcServerless.template.json",
};

// Every rendering of a diff, so that no field of it escapes the comparison.
std::string RenderAll(const TemplateDiff& diff) {
  std::string out;
  for (DiffFormat format : {DiffFormat::kText, DiffFormat::kJson, DiffFormat::kMarkdown}) {
    FormatOptions options;
    options.format = format;
    out += FormatDiff(diff, options);
  }
  return out;
}

struct PairCheck {
  std::string renders_apart;
  std::string renders_as_pair;
  std::size_t same_resources = 0;
};

PairCheck DiffBothWays(const std::string& old_text, const std::string& new_text, bool strict) {
  InMemoryFileSystem fs;
  fs.Put("old.json", old_text);
  fs.Put("new.json", new_text);
  ResourceSchemas schemas;
  DiffOptions options;
  options.strict = strict;
  options.schemas = &schemas;
  PairCheck check;
  Result<Json> old_template = LoadTemplate("old.json", fs);
  Result<Json> new_template = LoadTemplate("new.json", fs);
  Result<TemplatePair> pair = LoadTemplatePair("old.json", "new.json", fs);
  EXPECT_TRUE(old_template.ok() && new_template.ok() && pair.ok());
  if (!old_template.ok() || !new_template.ok() || !pair.ok()) return check;
  check.renders_apart = RenderAll(DiffTemplates(*old_template, *new_template, options));
  check.renders_as_pair = RenderAll(DiffTemplates(*pair, options));
  check.same_resources = pair->same_resources.size();
  return check;
}

// The resources of `edited` whose value is the one in `base`.
std::size_t UnchangedResources(const Json& base, const Json& edited) {
  std::size_t count = 0;
  for (const auto& [id, resource] : edited["Resources"].items()) {
    if (base["Resources"].contains(id) && base["Resources"][id] == resource) ++count;
  }
  return count;
}

using Edit = std::function<void(Json* resources, const std::string& id)>;

TEST(TemplatePairDiffTest, SaysWhatTheTemplatesReadApartSayForEveryEditOfEveryResource) {
  const std::vector<std::pair<std::string, Edit>> edits = {
      {"update", [](Json* r, const std::string& id) { (*r)[id]["Properties"]["CdkppTest"] = "x"; }},
      // A new type: replaced, and so is what reads it (unchanged text).
      {"replace", [](Json* r, const std::string& id) { (*r)[id]["Type"] = "AWS::S3::Bucket"; }},
      {"remove", [](Json* r, const std::string& id) { r->erase(id); }},
      {"metadata", [](Json* r, const std::string& id) { (*r)[id]["Metadata"] = {{"k", 1}}; }},
  };
  int pairs = 0;
  for (const char* golden : kPairGoldens) {
    Json base = Json::parse(testing::ReadSourceFile(golden));
    ASSERT_TRUE(base.contains("Resources")) << golden;
    std::string old_text = base.dump(1);
    for (const auto& [id, resource] : base["Resources"].items()) {
      for (const auto& [edit_name, edit] : edits) {
        Json edited = base;
        edit(&edited["Resources"], id);
        for (bool strict : {false, true}) {
          PairCheck check = DiffBothWays(old_text, edited.dump(1), strict);
          EXPECT_EQ(check.renders_as_pair, check.renders_apart)
              << golden << ": " << edit_name << " " << id << (strict ? " --strict" : "");
          // Every resource the edit left alone was parsed once.
          EXPECT_EQ(check.same_resources, UnchangedResources(base, edited))
              << golden << ": " << edit_name << " " << id;
          ++pairs;
        }
      }
    }
  }
  EXPECT_GT(pairs, 500);
}

TEST(TemplatePairDiffTest, SaysWhatTheTemplatesReadApartSayForWholeTemplateEdits) {
  Json base = Json::parse(testing::ReadSourceFile(kPairGoldens[0]));
  std::string old_text = base.dump(1);
  Json added = base;
  added["Resources"]["CdkppTestQueue"] = {{"Type", "AWS::SQS::Queue"}};
  Json emptied = base;
  emptied["Resources"] = Json::object();
  Json outputs_changed = base;
  outputs_changed["Outputs"]["CdkppTestOutput"] = {{"Value", {{"Ref", "AWS::StackName"}}}};
  Json reordered = base;  // the same resources in reverse order: still the same text each
  Json reversed = Json::object();
  std::vector<std::string> ids;
  for (const auto& [id, resource] : base["Resources"].items()) ids.push_back(id);
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) reversed[*it] = base["Resources"][*it];
  reordered["Resources"] = reversed;
  for (const Json* edited : {&added, &emptied, &outputs_changed, &reordered, &base}) {
    PairCheck check = DiffBothWays(old_text, edited->dump(1), false);
    EXPECT_EQ(check.renders_as_pair, check.renders_apart);
  }
  // Indented otherwise: no text is the same, the result still is.
  PairCheck reindented = DiffBothWays(old_text, added.dump(2), false);
  EXPECT_EQ(reindented.renders_as_pair, reindented.renders_apart);
  EXPECT_EQ(reindented.same_resources, 0u);
}

}  // namespace
}  // namespace cdkpp::diff
