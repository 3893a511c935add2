#ifndef CDKPP_PIPELINE_CHECK_SYNTHESIS_H_
#define CDKPP_PIPELINE_CHECK_SYNTHESIS_H_

// The validate-before-writing policy: a synthesized template is written only
// when `cdkpp validate` would find no unsuppressed error in it. The CLI and
// library users (examples/dms_to_kinesis) apply the same policy through this
// one call and only decide how to print its verdict.

#include <vector>

#include "cdkpp/core/app.h"
#include "cdkpp/pipeline/synth.h"
#include "cdkpp/validate/finding.h"
#include "cdkpp/validate/format_findings.h"

namespace cdkpp {

/// One stack whose template has unsuppressed findings.
struct StackCheck {
  /// Every finding of the stack's template, suppressed ones included (so a
  /// summary can count them), in ValidateTemplate's order.
  validate::TemplateReport report;
  /// True when an unsuppressed finding is an error.
  bool has_errors = false;
};

/// The policy's verdict on one synthesis.
struct SynthesisCheck {
  /// The stacks with at least one unsuppressed finding, in assembly order;
  /// stacks whose findings are all suppressed are left out.
  std::vector<StackCheck> stacks;

  /// True when no stack has an unsuppressed error: the assembly may be
  /// written (warnings and infos do not block).
  bool may_write() const;
};

/// Checks every template of a config-driven synthesis with the config's
/// suppressions; findings point at the config key that caused them.
SynthesisCheck CheckSynthesis(const ConfigSynthesis& synthesis);

/// Checks every template of an assembly built through the C++ API, with
/// `suppressions` (each needs a reason) applied to every stack. Reports are
/// named by stack; findings carry no source location.
SynthesisCheck CheckSynthesis(const CloudAssembly& assembly,
                              const std::vector<validate::Suppression>& suppressions);

}  // namespace cdkpp

#endif  // CDKPP_PIPELINE_CHECK_SYNTHESIS_H_
