#include "core/resolve_context.h"

#include "cdkpp/core/cfn_element.h"
#include "cdkpp/core/stack.h"

namespace cdkpp::internal {

std::string ResolveContext::LogicalIdOf(const CfnElement& element) const {
  if (ids_ != nullptr) {
    auto it = ids_->find(&element);
    if (it != ids_->end()) return it->second;
  }
  if (ids_ != nullptr || element.stack() != &stack_) {
    AddError("\"" + element.path() + "\" is not in stack \"" + stack_.stack_name() +
             "\": export it with an output and use ImportValue");
    return "";
  }
  return element.LogicalId();
}

void ResolveContext::AddError(const std::string& message) const {
  Diagnostic d;
  d.code = "resolve";
  d.message = "While synthesizing " + (where_node_ ? where_node_->path() : where_) + ": " + message;
  diagnostics_->push_back(std::move(d));
}

}  // namespace cdkpp::internal
