#ifndef CDKPP_CORE_CFN_PARAMETER_H_
#define CDKPP_CORE_CFN_PARAMETER_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/core/cfn_element.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

struct CfnParameterProps {
  std::string type = "String";
  std::optional<Value> default_value;
  std::string description;
  std::vector<std::string> allowed_values;
  /// NoEcho: the value is masked in the console and API output.
  bool no_echo = false;
};

/// A stack parameter; use Ref(parameter) for its value.
class CfnParameter : public CfnElement {
 public:
  CfnParameter(Construct& scope, std::string id, CfnParameterProps props);
  const char* TemplateSection() const override { return "Parameters"; }
  Json Render(const internal::ResolveContext& ctx) const override;

 private:
  CfnParameterProps props_;
};

}  // namespace cdkpp

#endif  // CDKPP_CORE_CFN_PARAMETER_H_
