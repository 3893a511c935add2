#include "cdkpp/validate/validate.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>

#include "cdkpp/schema/resource_schemas.h"
#include "cdkpp/template/language_extensions.h"
#include "validate/rule.h"
#include "validate/rules.h"
#include "validate/suppressions.h"

namespace cdkpp::validate {
namespace {

using internal::RuleGroup;

bool Enabled(RuleGroup group, const ValidateOptions& options) {
  switch (group) {
    case RuleGroup::kSchema:
      return options.schema_checks;
    case RuleGroup::kSecurity:
      return options.security_checks;
    default:
      return true;
  }
}

// Template-wide findings first, then resources in template order, then other
// elements (outputs, parameters) by name; within one element by rule id,
// path and message, so the list never depends on rule execution order.
// Each finding's rank is looked up once, and an order of indices is sorted:
// a report holds hundreds of findings, each costly to move.
void SortFindings(const internal::RuleContext& ctx, std::vector<Finding>* findings) {
  std::vector<std::size_t> rank(findings->size(), 0);
  for (std::size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (f.logical_id.empty()) continue;
    const internal::ResourceView* r = ctx.Find(f.logical_id);
    rank[i] = r != nullptr ? r->index + 1 : std::numeric_limits<std::size_t>::max();
  }
  std::vector<std::size_t> order(findings->size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // The index last: equal findings keep the order the rules gave them.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Finding& x = (*findings)[a];
    const Finding& y = (*findings)[b];
    return std::tie(rank[a], x.logical_id, x.code, x.key_path, x.message, a) <
           std::tie(rank[b], y.logical_id, y.code, y.key_path, y.message, b);
  });
  std::vector<Finding> sorted;
  sorted.reserve(findings->size());
  for (std::size_t i : order) sorted.push_back(std::move((*findings)[i]));
  *findings = std::move(sorted);
}

}  // namespace

std::vector<Finding> ValidateTemplate(const Json& template_json, const ValidateOptions& options) {
  std::size_t bytes = options.template_bytes != 0 ? options.template_bytes
                                                  : SerializeTemplate(template_json).size();
  // The embedded catalogue is only a view over static bytes: cheap to build
  // when the caller brings none.
  std::optional<ResourceSchemas> own_schemas;
  if (options.schemas == nullptr) own_schemas.emplace();
  const ResourceSchemas& schemas = options.schemas ? *options.schemas : *own_schemas;
  // The rules check what CloudFormation deploys: AWS::LanguageExtensions
  // is applied first.
  std::vector<std::string> transform_notes;
  std::optional<Json> expanded =
      ExpandLanguageExtensions(template_json, UnexpandedLoops::kDrop, &transform_notes);
  internal::RuleContext ctx(expanded ? *expanded : template_json, bytes, schemas);
  ctx.set_transform_notes(std::move(transform_notes));
  std::vector<Finding> findings;
  internal::Reporter reporter(&findings);
  for (const auto& rule : internal::Rules()) {
    if (rule.check == nullptr || !Enabled(rule.group, options)) continue;
    if (ctx.serverless() && internal::SkippedUnderServerless(rule.info.id)) continue;
    reporter.set_rule(&rule.info);
    rule.check(ctx, reporter);
  }

  std::vector<Suppression> suppressions = options.suppressions;
  for (auto& s : internal::TemplateSuppressions(ctx)) suppressions.push_back(std::move(s));
  internal::ApplySuppressions(ctx, suppressions, &findings);

  if (options.locate) {
    for (Finding& f : findings) {
      if (f.location.known()) continue;
      const internal::ResourceView* r = f.logical_id.empty() ? nullptr : ctx.Find(f.logical_id);
      LocateQuery query{&f, r != nullptr ? internal::CdkPath(*r) : ""};
      f.location = options.locate(query);
    }
  }
  SortFindings(ctx, &findings);
  return findings;
}

std::shared_ptr<const ResourceSchemas> EmbeddedSchemas() {
  return std::make_shared<const ResourceSchemas>();
}

const std::vector<RuleInfo>& RuleCatalog() {
  static const std::vector<RuleInfo> kCatalog = [] {
    std::vector<RuleInfo> out;
    for (const auto& rule : internal::Rules()) out.push_back(rule.info);
    std::sort(out.begin(), out.end(),
              [](const RuleInfo& a, const RuleInfo& b) { return std::string(a.id) < b.id; });
    return out;
  }();
  return kCatalog;
}

const RuleInfo* FindRule(const std::string& id) {
  for (const auto& rule : internal::Rules()) {
    if (id == rule.info.id) return &rule.info;
  }
  return nullptr;
}

}  // namespace cdkpp::validate
