#include "cdkpp/core/cfn_output.h"

#include "cdkpp/core/cfn_condition.h"
#include "core/resolve_context.h"

namespace cdkpp {

CfnOutput::CfnOutput(Construct& scope, std::string id, CfnOutputProps props)
    : CfnElement(scope, std::move(id)), props_(std::move(props)) {}

Json CfnOutput::Render(const internal::ResolveContext& ctx) const {
  Json out = Json::object();
  if (!props_.description.empty()) out["Description"] = props_.description;
  out["Value"] = props_.value.Resolve(ctx);
  if (props_.export_name) out["Export"] = {{"Name", props_.export_name->Resolve(ctx)}};
  if (props_.condition != nullptr) out["Condition"] = ctx.LogicalIdOf(*props_.condition);
  return out;
}

}  // namespace cdkpp
