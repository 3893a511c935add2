#include "cdkpp/pipeline/validate_config.h"

#include <array>
#include <string_view>

namespace cdkpp::validate {
namespace {

struct SectionOf {
  std::string_view construct_id;
  std::string_view section;
};
constexpr std::array<SectionOf, 5> kSections = {{{"VPC", "vpc"},
                                                 {"Database", "database"},
                                                 {"Replication", "replication"},
                                                 {"Stream", "stream"},
                                                 {"Monitoring", "monitoring"}}};

// The config key that decides each security rule, as "section.key".
struct RuleKey {
  std::string_view rule;
  std::string_view key;
};
constexpr std::array<RuleKey, 14> kRuleKeys = {{
    {"CDKPP-SEC-001", "vpc.flowLogs"},
    {"CDKPP-SEC-002", "database.allowedCidrs"},
    {"CDKPP-SEC-003", "database.publiclyAccessible"},
    {"CDKPP-SEC-004", "database.storageEncrypted"},
    {"CDKPP-SEC-005", "database.deletionProtection"},
    {"CDKPP-SEC-006", "database.backupRetentionDays"},
    {"CDKPP-SEC-007", "database.multiAz"},
    {"CDKPP-SEC-008", "database.port"},
    {"CDKPP-SEC-010", "stream.encryption"},
    {"CDKPP-SEC-011", "database.secretRotationDays"},
    {"CDKPP-SEC-016", "replication"},
    {"CDKPP-SEC-017", "monitoring.logRetentionDays"},
    {"CDKPP-SEC-018", "monitoring.logKmsEncryption"},
    {"CDKPP-SEC-019", "monitoring.alarmEmail"},
}};

// "Stack/Database/Instance/Resource" -> "Database".
std::string_view ConstructId(std::string_view cdk_path) {
  auto first = cdk_path.find('/');
  if (first == std::string_view::npos) return {};
  std::string_view rest = cdk_path.substr(first + 1);
  return rest.substr(0, rest.find('/'));
}

}  // namespace

std::string ConfigKeyFor(const StackConfig& stack, const std::string& rule_id,
                         const std::string& cdk_path) {
  // A security rule is decided by one config key wherever the resource sits
  // (the DMS log group lives in Replication but monitoring.logKmsEncryption
  // encrypts it); LocationOf falls back to the section when the key is unset.
  for (const auto& rk : kRuleKeys) {
    if (rk.rule == rule_id) return stack.key_path + "." + std::string(rk.key);
  }
  std::string_view id = ConstructId(cdk_path);
  for (const auto& s : kSections) {
    if (s.construct_id == id) return stack.key_path + "." + std::string(s.section);
  }
  return stack.key_path;
}

ValidateOptions OptionsForStack(const PipelineConfig& config, const StackConfig& stack) {
  ValidateOptions options;
  for (const auto& s : stack.suppressions) {
    options.suppressions.push_back({s.rule, s.reason, s.resource, s.location});
  }
  const PipelineConfig* cfg = &config;
  const StackConfig* st = &stack;
  options.locate = [cfg, st](const LocateQuery& q) {
    return cfg->LocationOf(ConfigKeyFor(*st, q.finding->rule_id, q.cdk_path));
  };
  return options;
}

std::vector<TemplateReport> ValidateSynthesis(const ConfigSynthesis& synthesis,
                                              const ResourceSchemas* schemas, bool schema_checks) {
  std::vector<TemplateReport> reports;
  for (const StackArtifact& artifact : synthesis.assembly.stacks) {
    const StackConfig* stack = nullptr;
    for (const auto& s : synthesis.config.stacks) {
      if (s.name == artifact.stack_name) stack = &s;
    }
    ValidateOptions options;
    if (stack != nullptr) options = OptionsForStack(synthesis.config, *stack);
    options.schemas = schemas;
    options.schema_checks = schema_checks;
    options.template_bytes = artifact.template_text.size();
    reports.push_back({artifact.stack_name + " (" + synthesis.config.file + ")",
                       ValidateTemplate(artifact.template_json, options)});
  }
  return reports;
}

}  // namespace cdkpp::validate
