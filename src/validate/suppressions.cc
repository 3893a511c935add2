#include "validate/suppressions.h"

#include "validate/literal.h"

namespace cdkpp::validate::internal {
namespace {

const RuleInfo& SupRule(const char* id) { return *FindRule(id); }

Finding SupFinding(const char* rule_id, const Suppression& s, std::string message) {
  const RuleInfo& rule = SupRule(rule_id);
  Finding f;
  f.code = rule.id;
  f.severity = rule.severity;
  f.logical_id = "";
  f.key_path = "suppressions";
  f.message = std::move(message);
  f.fix = rule.fix;
  f.location = s.location;
  return f;
}

std::string Describe(const Suppression& s) {
  return "suppression of " + s.rule + (s.resource.empty() ? "" : " on " + s.resource);
}

// "Stack/Database/Instance/Resource" matches resource "Database",
// "Database/Instance", the whole path, or the logical id.
bool Matches(const Suppression& s, const Finding& f, const RuleContext& ctx) {
  if (s.rule != f.code) return false;
  if (s.resource.empty() || s.resource == f.logical_id) return true;
  const ResourceView* r = f.logical_id.empty() ? nullptr : ctx.Find(f.logical_id);
  if (r == nullptr) return false;
  std::string path = CdkPath(*r);
  if (path.empty()) return false;
  auto starts = [](const std::string& p, const std::string& prefix) {
    return p == prefix || (p.size() > prefix.size() && p.compare(0, prefix.size(), prefix) == 0 &&
                           p[prefix.size()] == '/');
  };
  auto slash = path.find('/');
  std::string below_stack = slash == std::string::npos ? "" : path.substr(slash + 1);
  return starts(path, s.resource) || (!below_stack.empty() && starts(below_stack, s.resource));
}

void ReadList(const Json* list, const std::string& resource, std::vector<Suppression>* out) {
  if (list == nullptr || !list->is_array()) return;
  for (const auto& item : *list) {
    Suppression s;
    s.rule = AsString(Get(&item, "rule")).value_or("");
    s.reason = AsString(Get(&item, "reason")).value_or("");
    s.resource = resource.empty() ? AsString(Get(&item, "resource")).value_or("") : resource;
    out->push_back(std::move(s));
  }
}

}  // namespace

std::string CdkPath(const ResourceView& resource) {
  return AsString(Get(Get(resource.resource, "Metadata"), "aws:cdk:path")).value_or("");
}

std::vector<Suppression> TemplateSuppressions(const RuleContext& ctx) {
  std::vector<Suppression> out;
  ReadList(Get(Get(Get(&ctx.root(), "Metadata"), "cdkpp"), "suppressions"), "", &out);
  for (const auto& r : ctx.resources()) {
    ReadList(Get(Get(Get(r.resource, "Metadata"), "cdkpp"), "suppressions"), r.logical_id, &out);
  }
  return out;
}

void ApplySuppressions(const RuleContext& ctx, const std::vector<Suppression>& suppressions,
                       std::vector<Finding>* findings) {
  std::vector<Finding> extra;
  for (const Suppression& s : suppressions) {
    const RuleInfo* rule = FindRule(s.rule);
    if (rule == nullptr || s.rule.rfind("CDKPP-SUP-", 0) == 0) {
      extra.push_back(SupFinding(
          "CDKPP-SUP-002", s, Describe(s) + ": no such rule (CDKPP-SUP-* cannot be suppressed)"));
      continue;
    }
    // A reason is what makes an exception reviewable; without one the
    // suppression is refused and the findings it aimed at stay live.
    bool blank = s.reason.find_first_not_of(" \t\r\n") == std::string::npos;
    if (blank) {
      extra.push_back(SupFinding("CDKPP-SUP-001", s, Describe(s) + " has no reason"));
      continue;
    }
    bool used = false;
    for (Finding& f : *findings) {
      if (!Matches(s, f, ctx)) continue;
      used = true;
      if (f.suppressed) continue;  // the first matching suppression's reason wins
      f.suppressed = true;
      f.suppression_reason = s.reason;
    }
    if (!used) extra.push_back(SupFinding("CDKPP-SUP-003", s, Describe(s) + " matched no finding"));
  }
  for (auto& f : extra) findings->push_back(std::move(f));
}

}  // namespace cdkpp::validate::internal
