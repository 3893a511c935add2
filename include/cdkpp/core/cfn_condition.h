#ifndef CDKPP_CORE_CFN_CONDITION_H_
#define CDKPP_CORE_CFN_CONDITION_H_

#include <string>

#include "cdkpp/core/cfn_element.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

/// A named condition, e.g. New<CfnCondition>(stack, "IsProd", Equals(Ref(p), "prod")).
/// Resources and outputs refer to it with SetCondition / props.condition.
class CfnCondition : public CfnElement {
 public:
  CfnCondition(Construct& scope, std::string id, Value expression);
  const char* TemplateSection() const override { return "Conditions"; }
  Json Render(const internal::ResolveContext& ctx) const override;

 private:
  Value expression_;
};

}  // namespace cdkpp

#endif  // CDKPP_CORE_CFN_CONDITION_H_
