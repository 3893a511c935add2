#include "cdkpp/core/cfn_element.h"

#include "core/logical_id.h"
#include "cdkpp/core/stack.h"

namespace cdkpp {

CfnElement::CfnElement(Construct& scope, std::string id) : Construct(scope, std::move(id)) {}

Stack* CfnElement::stack() const {
  for (Construct* node = scope(); node != nullptr; node = node->scope()) {
    if (auto* stack = dynamic_cast<Stack*>(node)) return stack;
  }
  return nullptr;
}

std::string CfnElement::LogicalId() const {
  if (override_) return *override_;
  const Stack* owner = stack();
  std::vector<std::string> components = PathComponents();
  // Ids are relative to the stack, as CDK's allocateLogicalId.
  size_t depth = owner ? owner->PathComponents().size() : 0;
  return internal::MakeLogicalId({components.begin() + static_cast<long>(depth), components.end()});
}

}  // namespace cdkpp
