#ifndef CDKPP_CORE_CFN_OUTPUT_H_
#define CDKPP_CORE_CFN_OUTPUT_H_

#include <optional>
#include <string>

#include "cdkpp/core/cfn_element.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

class CfnCondition;

struct CfnOutputProps {
  Value value;
  std::string description;
  /// When set, the output is exported under this name (Fn::ImportValue-able).
  std::optional<Value> export_name;
  const CfnCondition* condition = nullptr;
};

/// A stack output.
class CfnOutput : public CfnElement {
 public:
  CfnOutput(Construct& scope, std::string id, CfnOutputProps props);
  const char* TemplateSection() const override { return "Outputs"; }
  Json Render(const internal::ResolveContext& ctx) const override;

 private:
  CfnOutputProps props_;
};

}  // namespace cdkpp

#endif  // CDKPP_CORE_CFN_OUTPUT_H_
