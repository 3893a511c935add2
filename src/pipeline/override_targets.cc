#include "pipeline/override_targets.h"

#include "cdkpp/constructs/pipeline_stack.h"

namespace cdkpp::internal {

Diagnostics CheckOverrideTargets(const PipelineConfig& config, App& app) {
  Diagnostics out;
  for (const StackConfig& stack_config : config.stacks) {
    PipelineStack* stack = nullptr;
    for (const auto& child : app.children()) {
      if (child->id() == stack_config.name) stack = dynamic_cast<PipelineStack*>(child.get());
    }
    if (stack == nullptr) continue;
    const auto& overrides = stack_config.props.overrides;
    for (size_t i = 0; i < overrides.size(); ++i) {
      if (stack->FindResource(overrides[i].resource) != nullptr) continue;
      Diagnostic d = Error(stack_config.key_path + ".overrides[" + std::to_string(i) + "].resource",
                           "expected a construct path below the stack (e.g. Replication/Task) "
                           "or a logical id of one of its resources, got \"" +
                               overrides[i].resource + "\"");
      d.code = "config.value";
      d.location = config.LocationOf(d.key_path);
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace cdkpp::internal
