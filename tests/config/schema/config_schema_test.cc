// The config schema tables against the code and the docs that depend on
// them: the props' own Validate(), the README, and the member mapping.
#include "config/schema/config_schema.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "cdkpp/config/config_schema.h"
#include "config/schema/defaults.h"
#include "config/schema/rule_text.h"
#include "config/schema_reader.h"
#include "support/test_inputs.h"

namespace cdkpp::config::schema {
namespace {

// Every table reachable from the top level, each once, with its path prefix.
void Collect(const SectionSpec& spec, std::vector<const SectionSpec*>* out) {
  for (const SectionSpec* seen : *out) {
    if (seen == &spec) return;
  }
  out->push_back(&spec);
  for (const KeySpec& key : spec.keys) {
    if (key.section != nullptr) Collect(*key.section, out);
  }
}

std::vector<const SectionSpec*> AllTables() {
  std::vector<const SectionSpec*> out;
  Collect(RootSection(), &out);
  return out;
}

TEST(ConfigSchemaTest, EveryIntegerKeyStatesItsRange) {
  // A range keeps every value in an int and tells the user the limits.
  for (const SectionSpec* spec : AllTables()) {
    for (const KeySpec& key : spec->keys) {
      if (key.kind != Kind::kInteger) continue;
      EXPECT_TRUE(key.rule.min.has_value() || !key.rule.one_of.empty())
          << spec->name << "." << key.key;
    }
  }
}

TEST(ConfigSchemaTest, EveryDefaultSatisfiesItsRule) {
  for (const SectionSpec* spec : AllTables()) {
    std::shared_ptr<void> defaults = spec->make_default();
    for (const KeySpec& key : spec->keys) {
      if (key.kind == Kind::kSection || key.kind == Kind::kSectionList || key.required) continue;
      if (key.layer) continue;  // no member: merged into the stack entries
      Json value = key.access.load(defaults.get());
      if (value.is_null()) {
        EXPECT_TRUE(key.nullable) << spec->name << "." << key.key;
      } else if (key.kind == Kind::kStringList) {
        for (const Json& item : value) EXPECT_TRUE(Satisfies(key, item)) << key.key;
      } else if (key.kind != Kind::kEnum) {
        EXPECT_TRUE(Satisfies(key, value)) << spec->name << "." << key.key << " = " << value;
      }
    }
  }
}

TEST(ConfigSchemaTest, EveryPatternCompiles) {
  // The tables match with SmallRegex; a pattern outside its subset would
  // refuse every value.
  int patterns = 0;
  for (const SectionSpec* spec : AllTables()) {
    for (const KeySpec& key : spec->keys) {
      if (key.rule.pattern.empty()) continue;
      ++patterns;
      EXPECT_TRUE(internal::SmallRegex::Compile(key.rule.pattern).has_value())
          << spec->name << "." << key.key << ": " << key.rule.pattern;
    }
  }
  EXPECT_GE(patterns, 10);
}

TEST(ConfigSchemaTest, EveryKeyMapsBackFromItsMember) {
  // Props Validate() findings name members; each must lead back to its key.
  for (const SectionSpec* spec : AllTables()) {
    for (const KeySpec& key : spec->keys) {
      if (key.kind == Kind::kSection || key.layer) continue;
      EXPECT_EQ(key.key, ConfigPathOfMember(*spec, key.member)) << spec->name << "." << key.key;
    }
  }
  EXPECT_EQ("tables[1].schema",
            ConfigPathOfMember(ReplicationSection(), "replication.tables[1].schema"));
  EXPECT_EQ("alarms[0].periodSeconds",
            ConfigPathOfMember(MonitoringSection(), "monitoring.extra_alarms[0].period_seconds"));
  EXPECT_EQ("", ConfigPathOfMember(VpcSection(), "vpc.log_kms_key"));
}

// The table's integer limits and the props' Validate() (the C++ API's check)
// must agree: just outside the table's range, Validate() names the member;
// at the limits, it does not.
TEST(ConfigSchemaTest, IntegerRangesAgreeWithPropsValidate) {
  auto findings_on = [](const SectionSpec& spec, const KeySpec& key, int64_t value) {
    std::shared_ptr<void> props = spec.make_default();
    key.access.store(props.get(), value);
    int count = 0;
    for (const Diagnostic& d : spec.validate(props.get())) {
      count += spec.validate_prefix + d.key_path == key.member;
    }
    return count;
  };
  int checked = 0;
  for (const SectionSpec* spec : AllTables()) {
    if (!spec->validate) continue;
    for (const KeySpec& key : spec->keys) {
      if (key.kind != Kind::kInteger) continue;
      SCOPED_TRACE(spec->name + "." + key.key);
      const Rule& rule = key.rule;
      std::vector<int64_t> inside = rule.one_of;
      std::vector<int64_t> outside;
      if (rule.min) {
        inside.push_back(*rule.min);
        outside.push_back(*rule.min - 1);
      }
      if (rule.max) {
        inside.push_back(*rule.max);
        outside.push_back(*rule.max + 1);
      }
      if (!rule.one_of.empty()) {
        // The first value above the smallest allowed one that is not allowed.
        int64_t v = rule.one_of.front() + 1;
        while (std::find(rule.one_of.begin(), rule.one_of.end(), v) != rule.one_of.end()) ++v;
        outside.push_back(v);
      }
      if (rule.multiple_of) inside.push_back(*rule.multiple_of * 3);
      for (int64_t v : outside) EXPECT_EQ(1, findings_on(*spec, key, v)) << v;
      // Limits that depend on other keys: the table states the widest,
      // Validate() the one of this config (natGateways <= maxAzs; every
      // subnet of subnetCidrMask must fit in the VPC's /16).
      if (key.key == "natGateways") inside = {0};
      if (key.key == "subnetCidrMask") inside = {28};
      for (int64_t v : inside) EXPECT_EQ(0, findings_on(*spec, key, v)) << v;
      ++checked;
    }
  }
  EXPECT_GE(checked, 15);
}

TEST(ConfigReferenceTest, ReadmeHoldsTheGeneratedReference) {
  const std::string begin =
      "<!-- BEGIN config-reference: generated by scripts/update-readme.sh; do not edit -->\n";
  const std::string end = "<!-- END config-reference -->\n";
  std::string readme = testing::ReadSourceFile("README.md");
  std::size_t from = readme.find(begin);
  std::size_t to = readme.find(end);
  ASSERT_NE(std::string::npos, from);
  ASSERT_NE(std::string::npos, to);
  from += begin.size();
  EXPECT_EQ("\n" + ConfigReferenceMarkdown() + "\n", readme.substr(from, to - from))
      << "README.md is stale: run scripts/update-readme.sh";
}

TEST(ConfigJsonSchemaTest, IsDraft07WithEveryKey) {
  Json schema = Json::parse(ConfigJsonSchema());
  EXPECT_EQ("http://json-schema.org/draft-07/schema#", schema["$schema"]);
  const Json& stack = schema["properties"]["stacks"]["items"];
  EXPECT_EQ(false, stack["additionalProperties"]);
  EXPECT_EQ(Json::array({"name"}), stack["required"]);
  const Json& retention = stack["properties"]["stream"]["properties"]["retentionHours"];
  EXPECT_EQ("integer", retention["type"]);
  EXPECT_EQ(24, retention["minimum"]);
  EXPECT_EQ(8760, retention["maximum"]);
  EXPECT_EQ(24, retention["default"]);
  const Json& mode = stack["properties"]["stream"]["properties"]["mode"];
  EXPECT_EQ(Json::array({"provisioned", "on-demand", "PROVISIONED", "ON_DEMAND"}), mode["enum"]);
  EXPECT_EQ("provisioned", mode["default"]);
  EXPECT_EQ(ConfigJsonSchema(), ConfigJsonSchema());
}

}  // namespace
}  // namespace cdkpp::config::schema
