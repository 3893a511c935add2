#include "cdkpp/core/cfn_parameter.h"
#include "core/resolve_context.h"

namespace cdkpp {

CfnParameter::CfnParameter(Construct& scope, std::string id, CfnParameterProps props)
    : CfnElement(scope, std::move(id)), props_(std::move(props)) {}

Json CfnParameter::Render(const internal::ResolveContext& ctx) const {
  Json out = Json::object();
  out["Type"] = props_.type;
  if (props_.default_value) out["Default"] = props_.default_value->Resolve(ctx);
  if (!props_.allowed_values.empty()) out["AllowedValues"] = props_.allowed_values;
  if (!props_.description.empty()) out["Description"] = props_.description;
  if (props_.no_echo) out["NoEcho"] = true;
  return out;
}

}  // namespace cdkpp
