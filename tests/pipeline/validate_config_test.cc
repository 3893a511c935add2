// Config-driven validation: findings point at the config key that caused
// them, config suppressions apply, and the shipped configs behave as
// promised (production: no findings; seed: only suppressed ones).
#include "cdkpp/pipeline/validate_config.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cdkpp/io/file_system.h"

namespace cdkpp::validate {
namespace {

using Strings = std::vector<std::string>;

Strings Describe(const std::vector<Finding>& findings) {
  Strings out;
  for (const auto& f : findings) {
    out.push_back(f.code + " @" + f.location.ToString() +
                  (f.suppressed ? " suppressed: " + f.suppression_reason : ""));
  }
  return out;
}

std::vector<TemplateReport> ValidateConfigFile(const FileSystem& fs, const std::string& path) {
  auto synthesis = SynthesizeConfigWithSource(path, fs, "");
  EXPECT_TRUE(synthesis.ok());
  if (!synthesis.ok()) {
    for (const auto& d : synthesis.diagnostics()) ADD_FAILURE() << d.ToString();
    return {};
  }
  return ValidateSynthesis(*synthesis);
}

constexpr const char* kConfig =
    "stacks:\n"                              // 1
    "  - name: Test\n"                       // 2
    "    database:\n"                        // 3
    "      publiclyAccessible: true\n"       // 4
    "      allowedCidrs: [\"0.0.0.0/0\"]\n"  // 5
    "    suppressions:\n"                    // 6
    "      - rule: CDKPP-SEC-002\n"          // 7
    "        resource: Database\n"           // 8
    "        reason: lab only\n";            // 9

TEST(ValidateConfig, FindingsPointAtTheConfigKey) {
  InMemoryFileSystem fs;
  fs.Put("c.yaml", kConfig);
  auto reports = ValidateConfigFile(fs, "c.yaml");
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].name, "Test (c.yaml)");
  Strings errors;
  for (const auto& f : reports[0].findings) {
    if (f.severity == Severity::kError) errors.push_back(Describe({f})[0]);
  }
  EXPECT_EQ(errors, (Strings{"CDKPP-SEC-002 @c.yaml:5:7 suppressed: lab only",
                             "CDKPP-SEC-003 @c.yaml:4:7"}));
  EXPECT_TRUE(HasUnsuppressedErrors(reports[0].findings));
}

TEST(ValidateConfig, ConfigFindingsNameTheKeyTemplateFindingsTheProperty) {
  InMemoryFileSystem fs;
  fs.Put("c.yaml", kConfig);
  auto reports = ValidateConfigFile(fs, "c.yaml");
  ASSERT_EQ(reports.size(), 1u);
  std::string config_fix;
  for (const auto& f : reports[0].findings) {
    if (f.code == "CDKPP-SEC-003") config_fix = f.fix;
  }
  EXPECT_EQ(config_fix,
            "Set database.publiclyAccessible: false (the instance moves to the private subnets)");
  // The rule itself, as any template's finding shows it, speaks CloudFormation.
  const RuleInfo* rule = FindRule("CDKPP-SEC-003");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(std::string(rule->fix),
            "Set PubliclyAccessible: false and place the instance in private subnets");
  for (const RuleInfo& r : RuleCatalog()) {
    for (const char* key : {"database.", "monitoring.", "stream.", "vpc.", "replication."}) {
      EXPECT_EQ(std::string(r.fix).find(key), std::string::npos) << r.id << ": " << r.fix;
    }
  }
}

TEST(ValidateConfig, ConfigKeyFor) {
  StackConfig stack;
  stack.key_path = "stacks[1]";
  EXPECT_EQ(ConfigKeyFor(stack, "CDKPP-SEC-003", "S/Database/Resource"),
            "stacks[1].database.publiclyAccessible");
  EXPECT_EQ(ConfigKeyFor(stack, "CDKPP-SEC-018", "S/Replication/LogGroup"),
            "stacks[1].monitoring.logKmsEncryption");
  EXPECT_EQ(ConfigKeyFor(stack, "CDKPP-SEC-013", "S/Replication/Role/Resource"),
            "stacks[1].replication");
  EXPECT_EQ(ConfigKeyFor(stack, "CDKPP-CFN-014", ""), "stacks[1]");
}

// A network stack's flow-log group takes the fix SEC-018 names there:
// monitoring.logKmsEncryption gives the stack its own log key.
TEST(ValidateConfig, ANetworkStackEncryptsItsFlowLogGroupWithTheFixSec018Names) {
  const std::string network =
      "stacks:\n"                                   // 1
      "  - name: Net\n"                             // 2
      "    kind: network\n"                         // 3
      "    vpc: {flowLogs: true}\n";                // 4
  InMemoryFileSystem fs;
  fs.Put("plain.yaml", network);
  fs.Put("encrypted.yaml", network + "    monitoring: {logKmsEncryption: true}\n");
  auto plain = ValidateConfigFile(fs, "plain.yaml");
  ASSERT_EQ(plain.size(), 1u);
  std::string fix;
  for (const auto& f : plain[0].findings) {
    if (f.code == "CDKPP-SEC-018") fix = f.fix;
  }
  EXPECT_EQ(fix.rfind("Set monitoring.logKmsEncryption: true", 0), 0u) << fix;
  auto encrypted = ValidateConfigFile(fs, "encrypted.yaml");
  ASSERT_EQ(encrypted.size(), 1u);
  EXPECT_EQ(Describe(encrypted[0].findings), Strings{});
}

TEST(ValidateConfig, SeedExamplePassesWithReasonedSuppressions) {
  RealFileSystem fs;
  auto reports = ValidateConfigFile(fs, std::string(CDKPP_SOURCE_DIR) + "/examples/pipeline.yaml");
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(CountAtOrAbove(reports[0].findings, Severity::kInfo), 0) << FormatText(reports, false);
  int suppressed = 0;
  for (const auto& f : reports[0].findings) {
    EXPECT_TRUE(f.suppressed);
    EXPECT_NE(f.suppression_reason, "");
    suppressed += f.suppressed;
  }
  // The seed is public and cheap on purpose: these exceptions are its design.
  EXPECT_GE(suppressed, 5);
}

TEST(ValidateConfig, ProductionTemplatePassesEveryRuleWithoutSuppressions) {
  RealFileSystem fs;
  auto reports =
      ValidateConfigFile(fs, std::string(CDKPP_SOURCE_DIR) + "/templates/production/cdkpp.yaml");
  ASSERT_EQ(reports.size(), 1u);
  Strings remaining;
  for (const auto& f : reports[0].findings) {
    EXPECT_FALSE(f.suppressed) << "production must need no suppressions";
    remaining.push_back(f.code + " " + f.logical_id + ": " + f.message);
  }
  EXPECT_EQ(remaining, Strings{});
}

}  // namespace
}  // namespace cdkpp::validate
