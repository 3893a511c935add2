#include "cdkpp/pipeline/validate_config.h"

#include <array>
#include <string_view>

#include "util/parallel_for.h"

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

// The config key that decides each security rule, as "section.key", and the
// fix in config words. The rule table's own fixes speak CloudFormation, for
// any template; a config-driven finding tells the user which key to edit.
struct RuleKey {
  std::string_view rule;
  std::string_view key;
  std::string_view fix;  ///< "" = the rule table's fix
};
constexpr std::array<RuleKey, 15> kRuleKeys = {{
    {"CDKPP-SEC-001", "vpc.flowLogs",
     "Set vpc.flowLogs: true (adds an AWS::EC2::FlowLog for the VPC)"},
    {"CDKPP-SEC-002", "database.allowedCidrs",
     "List only the client networks in database.allowedCidrs (a private CIDR), or none"},
    {"CDKPP-SEC-003", "database.publiclyAccessible",
     "Set database.publiclyAccessible: false (the instance moves to the private subnets)"},
    {"CDKPP-SEC-004", "database.storageEncrypted",
     "Set database.storageEncrypted: true (StorageEncrypted; cannot change after creation)"},
    {"CDKPP-SEC-005", "database.deletionProtection", "Set database.deletionProtection: true"},
    {"CDKPP-SEC-006", "database.backupRetentionDays",
     "Set database.backupRetentionDays to 7 or more"},
    {"CDKPP-SEC-007", "database.multiAz", "Set database.multiAz: true"},
    {"CDKPP-SEC-008", "database.port", "Set database.port to a non-default port (e.g. 3307)"},
    {"CDKPP-SEC-010", "stream.encryption",
     "Set stream.encryption: kms (StreamEncryption EncryptionType KMS)"},
    {"CDKPP-SEC-011", "database.secretRotationDays",
     "Set database.secretRotationDays (e.g. 30): adds an AWS::SecretsManager::RotationSchedule"},
    {"CDKPP-SEC-016", "replication", ""},
    {"CDKPP-SEC-017", "monitoring.logRetentionDays",
     "Set RetentionInDays (monitoring.logRetentionDays)"},
    {"CDKPP-SEC-018", "monitoring.logKmsEncryption",
     "Set monitoring.logKmsEncryption: true (KmsKeyId of a key whose policy allows "
     "logs.<region>.amazonaws.com)"},
    {"CDKPP-SEC-019", "monitoring.alarmEmail",
     "Set monitoring.alarmEmail (adds an SNS topic as the alarm action)"},
    {"CDKPP-SEC-020", "vpc.endpoints",
     "Set vpc.endpoints: true (interface endpoints for the services), or vpc.natGateways: 1"},
}};

// The config-words fix of rule_id, or "" when the rule table's applies.
std::string_view ConfigFixFor(const std::string& rule_id) {
  for (const auto& rk : kRuleKeys) {
    if (rk.rule == rule_id) return rk.fix;
  }
  return {};
}

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
    return cfg->LocationOf(ConfigKeyFor(*st, q.finding->code, q.cdk_path));
  };
  return options;
}

namespace {

TemplateReport ValidateArtifact(const ConfigSynthesis& synthesis, const StackArtifact& artifact,
                                const ResourceSchemas* schemas) {
  const StackConfig* stack = nullptr;
  for (const auto& s : synthesis.config.stacks) {
    if (s.name == artifact.stack_name) stack = &s;
  }
  ValidateOptions options;
  if (stack != nullptr) options = OptionsForStack(synthesis.config, *stack);
  options.schemas = schemas;
  options.template_bytes = artifact.template_text.size();
  std::vector<Finding> findings = ValidateTemplate(artifact.template_json, options);
  for (Finding& f : findings) {
    if (std::string_view fix = ConfigFixFor(f.code); !fix.empty()) f.fix = std::string(fix);
  }
  return {artifact.stack_name + " (" + synthesis.config.file + ")", std::move(findings)};
}

}  // namespace

std::vector<TemplateReport> ValidateSynthesis(const ConfigSynthesis& synthesis,
                                              const ResourceSchemas* schemas) {
  // The rules only read the template, the config and the schema tables, so
  // the stacks are checked side by side; the reports keep the stacks' order.
  const std::vector<StackArtifact>& artifacts = synthesis.assembly.stacks;
  std::vector<TemplateReport> reports(artifacts.size());
  internal::ParallelFor(artifacts.size(), [&](std::size_t i) {
    reports[i] = ValidateArtifact(synthesis, artifacts[i], schemas);
  });
  return reports;
}

}  // namespace cdkpp::validate
