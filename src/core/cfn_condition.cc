#include "cdkpp/core/cfn_condition.h"
#include "core/resolve_context.h"

namespace cdkpp {

CfnCondition::CfnCondition(Construct& scope, std::string id, Value expression)
    : CfnElement(scope, std::move(id)), expression_(std::move(expression)) {}

Json CfnCondition::Render(const internal::ResolveContext& ctx) const { return expression_.Resolve(ctx); }

}  // namespace cdkpp
