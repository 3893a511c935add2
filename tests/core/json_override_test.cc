#include "core/json_override.h"

#include <gtest/gtest.h>

#include "cdkpp/core/app.h"
#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/stack.h"
#include "support/synth_helpers.h"

namespace cdkpp::internal {
namespace {

Json Resource() {
  return Json::parse(R"({"Type":"AWS::DMS::ReplicationTask",
      "Properties":{"MigrationType":"cdc","Tags":[{"Key":"a","Value":"1"},{"Key":"b","Value":"2"}]}})");
}

TEST(JsonOverrideTest, SetsReplacesCreatesAndDeletes) {
  Json r = Resource();
  EXPECT_EQ("", ApplyJsonOverride(&r, "Properties.MigrationType", "full-load-and-cdc"));
  EXPECT_EQ("", ApplyJsonOverride(&r, "Properties.Tags[1].Value", "3"));
  EXPECT_EQ("", ApplyJsonOverride(&r, "Properties.New.Deep", 1));
  EXPECT_EQ("", ApplyJsonOverride(&r, "Properties.Tags[0]", nullptr));
  EXPECT_EQ("", ApplyJsonOverride(&r, "DeletionPolicy", "Retain"));
  EXPECT_EQ(Json::parse(R"({"Type":"AWS::DMS::ReplicationTask",
      "Properties":{"MigrationType":"full-load-and-cdc","Tags":[{"Key":"b","Value":"3"}],
                    "New":{"Deep":1}},"DeletionPolicy":"Retain"})"),
            r);
}

TEST(JsonOverrideTest, PathsThatDoNotFitAreErrors) {
  Json r = Resource();
  EXPECT_EQ("[5] is not an item of a list there",
            ApplyJsonOverride(&r, "Properties.Tags[5].Value", "x"));
  EXPECT_EQ("\"Deep\" is below a value that is not an object",
            ApplyJsonOverride(&r, "Properties.MigrationType.Deep", 1));
  EXPECT_EQ("a path of names and [index] items (an empty name at character 12)",
            ApplyJsonOverride(&r, "Properties..X", 1));
  EXPECT_EQ("a list index of digits inside []", CheckOverridePath("A[x]"));
  EXPECT_EQ("a name after the last '.'", CheckOverridePath("A."));
  EXPECT_EQ("", CheckOverridePath("Properties.Tags[0][1].Value"));
  EXPECT_EQ(Resource()["Properties"]["Tags"], r["Properties"]["Tags"]);
}

TEST(JsonOverrideTest, ResourceAppliesOverridesAfterRendering) {
  App app;
  auto& stack = New<Stack>(app, "S");
  auto& resource = New<CfnResource>(stack, "Task", "AWS::DMS::ReplicationTask",
                                    Value::Map({{"MigrationType", "cdc"}}));
  resource.AddOverride("Properties.MigrationType", "full-load");
  resource.AddOverride("Metadata.Note", "x");
  Json t = testing::SynthTemplate(app);
  EXPECT_EQ("full-load", t["Resources"]["Task"]["Properties"]["MigrationType"]);
  EXPECT_EQ("x", t["Resources"]["Task"]["Metadata"]["Note"]);
}

TEST(JsonOverrideTest, AnOverrideThatDoesNotFitIsASynthesisError) {
  App app;
  auto& stack = New<Stack>(app, "S");
  New<CfnResource>(stack, "Task", "AWS::DMS::ReplicationTask")
      .AddOverride("Properties.Tags[3]", "x");
  std::vector<std::string> errors = testing::SynthErrors(app);
  ASSERT_EQ(1u, errors.size());
  EXPECT_NE(std::string::npos,
            errors[0].find("override Properties.Tags[3]: [3] is not an item of a list there"))
      << errors[0];
}

}  // namespace
}  // namespace cdkpp::internal
