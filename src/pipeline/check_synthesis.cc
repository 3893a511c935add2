#include "cdkpp/pipeline/check_synthesis.h"

#include <algorithm>
#include <utility>

#include "cdkpp/pipeline/validate_config.h"
#include "cdkpp/validate/validate.h"

namespace cdkpp {
namespace {

// Keeps the reports that have something to say, and notes which block.
SynthesisCheck Verdict(std::vector<validate::TemplateReport> reports) {
  SynthesisCheck check;
  for (validate::TemplateReport& report : reports) {
    bool open = std::any_of(report.findings.begin(), report.findings.end(),
                            [](const validate::Finding& f) { return !f.suppressed; });
    if (!open) continue;
    bool errors = validate::HasUnsuppressedErrors(report.findings);
    check.stacks.push_back({std::move(report), errors});
  }
  return check;
}

}  // namespace

bool SynthesisCheck::may_write() const {
  return std::none_of(stacks.begin(), stacks.end(),
                      [](const StackCheck& stack) { return stack.has_errors; });
}

SynthesisCheck CheckSynthesis(const ConfigSynthesis& synthesis) {
  return Verdict(validate::ValidateSynthesis(synthesis));
}

SynthesisCheck CheckSynthesis(const CloudAssembly& assembly,
                              const std::vector<validate::Suppression>& suppressions) {
  std::vector<validate::TemplateReport> reports;
  for (const StackArtifact& artifact : assembly.stacks) {
    validate::ValidateOptions options;
    options.suppressions = suppressions;
    options.template_bytes = artifact.template_text.size();
    reports.push_back(
        {artifact.stack_name, validate::ValidateTemplate(artifact.template_json, options)});
  }
  return Verdict(std::move(reports));
}

}  // namespace cdkpp
