#ifndef CDKPP_PIPELINE_VALIDATE_CONFIG_H_
#define CDKPP_PIPELINE_VALIDATE_CONFIG_H_

// Validation of config-driven synthesis: each finding points at the config
// key that caused it, and the config's `suppressions:` apply.

#include <string>
#include <vector>

#include "cdkpp/config/load_config.h"
#include "cdkpp/pipeline/synth.h"
#include "cdkpp/validate/format_findings.h"
#include "cdkpp/validate/validate.h"

namespace cdkpp::validate {

/// The config key path a finding of `rule_id` on construct path `cdk_path`
/// ("Stack/Database/Instance/Resource") comes from, below the stack's key
/// path: "stacks[0].database.publiclyAccessible" when the rule is decided by
/// one config key, else the construct's section ("stacks[0].database"), else
/// the stack ("stacks[0]"). Sections: VPC -> vpc, Database -> database,
/// Replication -> replication, Stream -> stream, Monitoring -> monitoring.
std::string ConfigKeyFor(const StackConfig& stack, const std::string& rule_id,
                         const std::string& cdk_path);

/// Options for validating `stack`'s template: its suppressions, and a
/// locator through ConfigKeyFor and config.LocationOf.
/// REQUIRES: config and stack outlive the returned options (the locator
/// refers to them).
ValidateOptions OptionsForStack(const PipelineConfig& config, const StackConfig& stack);

/// Validates every synthesized stack with OptionsForStack; one report per
/// stack, named "<Stack> (<config file>)", in assembly order. template_bytes
/// is the exact size synth writes. `schemas` may be null (embedded data).
/// Every rule runs, the schema checks included: `cdkpp synth` (through
/// CheckSynthesis) and `cdkpp validate -c` report the same findings.
std::vector<TemplateReport> ValidateSynthesis(const ConfigSynthesis& synthesis,
                                              const ResourceSchemas* schemas = nullptr);

}  // namespace cdkpp::validate

#endif  // CDKPP_PIPELINE_VALIDATE_CONFIG_H_
