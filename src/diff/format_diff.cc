#include "cdkpp/diff/format_diff.h"

#include "util/utf8.h"
#include "diff/format_internal.h"

namespace cdkpp::diff {
namespace {

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += sep;
    out += v[i];
  }
  return out;
}

}  // namespace

std::string RenderValue(const Json& value) {
  return SerializeCompact(value);
}

std::string FormatDiff(const TemplateDiff& diff, const FormatOptions& options) {
  switch (options.format) {
    case DiffFormat::kJson:
      return FormatJson(diff, options);
    case DiffFormat::kMarkdown:
      return internal::ReplaceInvalidUtf8(FormatMarkdown(diff, options));
    case DiffFormat::kText:
      break;
  }
  return internal::ReplaceInvalidUtf8(FormatText(diff, options));
}

std::string SummaryLine(const TemplateDiff& diff) {
  std::string out = std::to_string(diff.CountImpact(Impact::kCreate)) + " to add, " +
                    std::to_string(diff.CountImpact(Impact::kUpdate)) + " to update, " +
                    std::to_string(diff.CountImpact(Impact::kReplace)) + " to replace, " +
                    std::to_string(diff.CountImpact(Impact::kMayReplace)) + " may be replaced, " +
                    std::to_string(diff.CountImpact(Impact::kDestroy)) + " to destroy, " +
                    std::to_string(diff.CountImpact(Impact::kOrphan)) + " to orphan";
  if (!diff.security.empty()) {
    out += diff.security.permissions_broadened ? "; security changes (permissions broadened)"
                                               : "; security changes";
  }
  return out;
}

std::string DescribeStatement(const IamStatement& s) {
  std::string out = s.effect + " " + (s.not_action ? "NOT " : "") +
                    (s.actions.empty() ? "(no action)" : Join(s.actions, ", "));
  if (!s.resources.empty() || s.not_resource) {
    out += std::string(" on ") + (s.not_resource ? "NOT " : "") + Join(s.resources, ", ");
  }
  if (!s.principals.empty()) out += " for " + Join(s.principals, ", ");
  if (!s.condition.is_null()) out += " when " + RenderValue(s.condition);
  return out;
}

std::string DescribeRule(const SecurityGroupRule& r) {
  std::string out = r.direction + " " + r.protocol;
  if (r.ports != "all" || r.protocol != "all") out += " port " + r.ports;
  out += (r.direction == "ingress" ? " from " : " to ") + r.peer;
  if (r.OpenToWorld()) out += " (open to the world)";
  return out;
}

}  // namespace cdkpp::diff
