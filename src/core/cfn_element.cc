#include "cdkpp/core/cfn_element.h"

#include <algorithm>

#include "cdkpp/core/stack.h"
#include "core/logical_id.h"

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
  // Ids are relative to the stack, as CDK's allocateLogicalId: the path
  // components below it (below the root when there is no stack).
  const Stack* owner = stack();
  std::vector<std::string> components;
  for (const Construct* node = this; node != owner && node->scope() != nullptr;
       node = node->scope()) {
    components.push_back(node->id());
  }
  std::reverse(components.begin(), components.end());
  return internal::MakeLogicalId(components);
}

}  // namespace cdkpp
