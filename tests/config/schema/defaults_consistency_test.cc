// The configs that promise to spell out every key with its default (the
// example and `cdkpp init`'s default template) or with a non-default value
// (the every-key test config), checked against the schema tables.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cdkpp/config/load_config.h"
#include "config/schema/config_schema.h"
#include "config/schema/defaults.h"
#include "input/yaml_document.h"
#include "support/test_inputs.h"

namespace cdkpp::config::schema {
namespace {

enum class Expect { kDefault, kNotDefault };

// Appends one line per key of spec that node lacks or whose value (read into
// loaded) is not as expected compared with defaults. Nested sections are
// walked; the stack's name and suppressions are the file's own. A section
// absent by default (`existing`) replaces its siblings instead of adding to
// them, so no one config can spell it out: examples/ show those one by one.
// `kind` and `vpc.fromStack` likewise change what the entry is (a network
// stack; a pipeline without VPC keys of its own): examples/environments.yaml
// shows them.
// The value of key in a mapping node, or nullptr.
const input::YamlNode* Member(const input::YamlNode& mapping, const std::string& key) {
  for (const auto& [k, v] : mapping.members) {
    if (k->value == key) return v.get();
  }
  return nullptr;
}

void Check(const SectionSpec& spec, const input::YamlNode& node, const void* loaded,
           const void* defaults, const std::string& path, Expect expect,
           std::vector<std::string>* problems) {
  for (const KeySpec& key : spec.keys) {
    // createServiceRoles is the former spelling of serviceRoles, which excludes it.
    if (key.required || key.key == "suppressions" || key.key == "createServiceRoles") continue;
    if (key.key == "kind" || key.key == "fromStack") continue;
    if (key.kind == Kind::kSection && key.access.peek(defaults) == nullptr) continue;
    std::string where = path + key.key;
    const input::YamlNode* value_node = Member(node, key.key);
    if (value_node == nullptr) {
      problems->push_back(where + ": missing");
    } else if (key.kind == Kind::kSection) {
      Check(*key.section, *value_node, key.access.peek(loaded), key.access.peek(defaults),
            where + ".", expect, problems);
    } else {
      Json value = ValueOf(key, loaded);
      Json fallback = ValueOf(key, defaults);
      // The seed's public test database is the one place the example and the
      // default template leave the (private) defaults, on purpose.
      bool seed_posture = expect == Expect::kDefault && (where == "database.publiclyAccessible" ||
                                                         where == "database.allowedCidrs");
      bool want_default = expect == Expect::kDefault && !seed_posture;
      if ((value == fallback) != want_default) {
        problems->push_back(where + ": " + value.dump() + " (default " + fallback.dump() + ")");
      }
    }
  }
}

std::vector<std::string> Problems(const std::string& file, Expect expect) {
  std::string text = testing::ReadSourceFile(file);
  Result<PipelineConfig> config = ParsePipelineConfig(file, text);
  if (!config.ok()) return {config.diagnostics()[0].ToString()};
  std::shared_ptr<void> defaults = StackSection().make_default();
  std::vector<std::string> problems;
  input::YamlLoad loaded = input::LoadYamlDocument(text);
  const input::YamlNode* stacks = Member(*loaded.root, "stacks");
  Check(StackSection(), *stacks->items.at(0), &config->stacks[0], defaults.get(), "", expect,
        &problems);
  return problems;
}

TEST(DefaultsConsistencyTest, ExampleSpellsOutEveryKeyWithItsDefault) {
  EXPECT_EQ(std::vector<std::string>{}, Problems("examples/pipeline.yaml", Expect::kDefault));
}

TEST(DefaultsConsistencyTest, InitTemplateSpellsOutEveryKeyWithItsDefault) {
  EXPECT_EQ(std::vector<std::string>{}, Problems("templates/default/cdkpp.yaml", Expect::kDefault));
}

TEST(DefaultsConsistencyTest, EveryKeyConfigSetsEveryKeyToAnotherValue) {
  // Its first stack is on-demand, which takes no shard count (stacks[1] sets
  // one), and has an alarm e-mail, which needs the default alarm topic.
  EXPECT_EQ((std::vector<std::string>{"stream.shardCount: missing",
                                      "monitoring.alarmTopic: true (default true)"}),
            Problems("tests/testdata/config/every_key.yaml", Expect::kNotDefault));
}

}  // namespace
}  // namespace cdkpp::config::schema
