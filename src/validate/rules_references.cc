// CDKPP-CFN-002..006: intrinsics and attributes that name something the
// template does not declare. CloudFormation rejects these at create time
// ("Unresolved resource dependencies", "Template format error").
#include "util/suggest.h"
#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// Reports against the resource when the reference sits in one, else against
// the output/condition, with the section in the path.
void ReportAt(const ElementReference& e, Reporter& out, std::string message) {
  if (e.resource != nullptr) {
    out.Report(*e.resource, e.ref.path, std::move(message));
  } else {
    out.ReportElement(e.element, std::string(e.section) + "." + e.ref.path, std::move(message));
  }
}

// "; did you mean \"X\"?" for the closest declared name, else "".
std::string DidYouMean(const RuleContext& ctx, const std::string& word, bool parameters) {
  if (word.size() < 3) return "";  // "A" for "P" would be noise
  std::vector<std::string> names;
  for (const auto& r : ctx.resources()) names.push_back(r.logical_id);
  if (const Json* params = parameters ? ctx.Section("Parameters") : nullptr) {
    for (auto it = params->begin(); it != params->end(); ++it) names.push_back(it.key());
  }
  return cdkpp::internal::DidYouMean(word, names);
}

}  // namespace

void CheckRefTargets(const RuleContext& ctx, Reporter& out) {
  for (const auto& e : ctx.references()) {
    if (e.ref.kind != Reference::Kind::kRef) continue;
    const std::string& t = e.ref.target;
    if (IsPseudoParameter(t) || ctx.HasParameter(t) || e.target != nullptr) continue;
    ReportAt(e, out,
             "Ref to \"" + t + "\", which is not a parameter, resource or pseudo parameter" +
                 DidYouMean(ctx, t, true));
  }
}

void CheckGetAttTargets(const RuleContext& ctx, Reporter& out) {
  for (const auto& e : ctx.references()) {
    if (e.ref.kind != Reference::Kind::kGetAtt) continue;
    if (e.ref.target.empty() || e.target != nullptr) continue;
    ReportAt(e, out,
             "Fn::GetAtt of \"" + e.ref.target + "\", which is not a resource" +
                 DidYouMean(ctx, e.ref.target, false));
  }
}

void CheckDependsOnTargets(const RuleContext& ctx, Reporter& out) {
  for (const auto& r : ctx.resources()) {
    const Json* deps = Get(r.resource, "DependsOn");
    if (deps == nullptr) continue;
    auto check = [&](const Json& d, std::string path) {
      if (!d.is_string()) {
        out.Report(r, std::move(path), "DependsOn entries must be logical id strings");
      } else if (ctx.Find(d.get<std::string>()) == nullptr) {
        out.Report(r, std::move(path),
                   "DependsOn \"" + d.get<std::string>() + "\", which is not a resource" +
                       DidYouMean(ctx, d.get<std::string>(), false));
      }
    };
    if (deps->is_array()) {
      for (std::size_t i = 0; i < deps->size(); ++i) check((*deps)[i], IndexPath("DependsOn", i));
    } else {
      check(*deps, "DependsOn");
    }
  }
}

void CheckConditionNames(const RuleContext& ctx, Reporter& out) {
  for (const auto& r : ctx.resources()) {
    auto name = AsString(Get(r.resource, "Condition"));
    if (name && !ctx.HasCondition(*name)) {
      out.Report(r, "Condition", "Condition \"" + *name + "\" is not declared in Conditions");
    }
  }
  if (const Json* outputs = ctx.Section("Outputs")) {
    for (auto it = outputs->begin(); it != outputs->end(); ++it) {
      auto name = AsString(Get(&it.value(), "Condition"));
      if (name && !ctx.HasCondition(*name)) {
        out.ReportElement(it.key(), "Outputs.Condition",
                          "Condition \"" + *name + "\" is not declared in Conditions");
      }
    }
  }
  for (const auto& e : ctx.references()) {
    if (e.ref.kind != Reference::Kind::kCondition || ctx.HasCondition(e.ref.target)) continue;
    ReportAt(e, out, "condition \"" + e.ref.target + "\" is not declared in Conditions");
  }
}

void CheckSubVariables(const RuleContext& ctx, Reporter& out) {
  for (const auto& e : ctx.references()) {
    if (e.ref.kind != Reference::Kind::kSub) continue;
    const std::string& t = e.ref.target;
    bool ok = e.ref.attribute.empty()
                  ? IsPseudoParameter(t) || ctx.HasParameter(t) || e.target != nullptr
                  : e.target != nullptr;
    if (ok) continue;
    std::string var = e.ref.attribute.empty() ? t : t + "." + e.ref.attribute;
    ReportAt(e, out, "Fn::Sub variable ${" + var + "} names no parameter, resource or variable");
  }
}

}  // namespace cdkpp::validate::internal
