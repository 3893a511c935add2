// The machine format. Its schema is documented in docs/diff-json-schema.md and
// versioned by "schemaVersion": add fields freely, never rename or remove.
#include <string>
#include <vector>

#include "util/numbers.h"
#include "diff/format_internal.h"

namespace cdkpp::diff {
namespace {

// Array elements appear as "[3]" in the tree; in JSON paths they are numbers.
Json PathComponent(const std::string& key) {
  if (key.size() >= 3 && key.front() == '[' && key.back() == ']') {
    std::optional<long long> index = internal::ParseInt64(std::string_view(key).substr(1, key.size() - 2));
    if (index && *index >= 0) return *index;
  }
  return key;
}

void Flatten(const std::vector<ValueDiff>& diffs, Json* path, const Json* json_string_path,
             Impact top_impact, bool top, Json* out) {
  for (const ValueDiff& d : diffs) {
    path->push_back(PathComponent(d.key));
    Impact impact = top ? d.impact : top_impact;
    Json jsp = json_string_path ? *json_string_path : Json();
    if (d.json_string) jsp = *path;
    if (d.leaf() && !d.json_string) {
      Json c = Json::object();
      c["path"] = *path;
      c["change"] = ChangeKindName(d.kind);
      if (d.kind != ChangeKind::kAdded) c["old"] = d.old_value;
      if (d.kind != ChangeKind::kRemoved) c["new"] = d.new_value;
      if (impact != Impact::kNone) c["impact"] = ImpactName(impact);
      if (!jsp.is_null()) c["jsonStringPath"] = jsp;
      out->push_back(std::move(c));
    } else {
      Flatten(d.children, path, jsp.is_null() ? nullptr : &jsp, impact, false, out);
    }
    path->erase(path->end() - 1);
  }
}

Json Changes(const std::vector<ValueDiff>& diffs, const std::string& prefix) {
  Json out = Json::array();
  Json path = Json::array();
  if (!prefix.empty()) path.push_back(prefix);
  Flatten(diffs, &path, nullptr, Impact::kNone, true, &out);
  return out;
}

Json Security(const SecurityChanges& s) {
  Json out = Json::object();
  out["permissionsBroadened"] = s.permissions_broadened;
  Json statements = Json::array();
  for (const auto& c : s.statements) {
    const IamStatement& st = c.statement;
    statements.push_back({{"change", ChangeKindName(c.kind)},
                          {"holder", st.holder},
                          {"effect", st.effect},
                          {"notAction", st.not_action},
                          {"actions", st.actions},
                          {"notResource", st.not_resource},
                          {"resources", st.resources},
                          {"principals", st.principals},
                          {"condition", st.condition}});
  }
  out["iamStatements"] = std::move(statements);
  Json managed = Json::array();
  for (const auto& c : s.managed_policies) {
    managed.push_back(
        {{"change", ChangeKindName(c.kind)}, {"holder", c.holder}, {"policyArn", c.policy_arn}});
  }
  out["managedPolicies"] = std::move(managed);
  Json rules = Json::array();
  for (const auto& c : s.security_group_rules) {
    rules.push_back({{"change", ChangeKindName(c.kind)},
                     {"group", c.rule.group},
                     {"direction", c.rule.direction},
                     {"protocol", c.rule.protocol},
                     {"ports", c.rule.ports},
                     {"peer", c.rule.peer},
                     {"description", c.rule.description},
                     {"openToWorld", c.rule.OpenToWorld()}});
  }
  out["securityGroupRules"] = std::move(rules);
  return out;
}

}  // namespace

std::string FormatJson(const TemplateDiff& diff, const FormatOptions& options) {
  Json out = Json::object();
  out["schemaVersion"] = 1;
  out["title"] = options.title;
  out["hasDifferences"] = !diff.empty();
  out["summary"] = {{"create", diff.CountImpact(Impact::kCreate)},
                    {"update", diff.CountImpact(Impact::kUpdate)},
                    {"replace", diff.CountImpact(Impact::kReplace)},
                    {"mayBeReplaced", diff.CountImpact(Impact::kMayReplace)},
                    {"destroy", diff.CountImpact(Impact::kDestroy)},
                    {"orphan", diff.CountImpact(Impact::kOrphan)},
                    {"noChange", diff.CountImpact(Impact::kNone)},
                    {"securityChanges", !diff.security.empty()},
                    {"permissionsBroadened", diff.security.permissions_broadened}};
  Json sections = Json::array();
  for (const SectionDiff& s : diff.sections) {
    Json entries = Json::array();
    for (const EntryDiff& e : s.entries) {
      Json j = {{"name", e.name}, {"change", ChangeKindName(e.kind)}};
      if (e.kind != ChangeKind::kAdded) j["old"] = e.old_value;
      if (e.kind != ChangeKind::kRemoved) j["new"] = e.new_value;
      j["changes"] = Changes(e.changes, "");
      j["notes"] = e.notes;
      entries.push_back(std::move(j));
    }
    sections.push_back({{"name", s.name}, {"entries", std::move(entries)}});
  }
  out["sections"] = std::move(sections);
  Json resources = Json::array();
  for (const ResourceDiff& r : diff.resources) {
    Json changes = Changes(r.properties, "Properties");
    for (auto& c : Changes(r.attributes, "")) changes.push_back(std::move(c));
    resources.push_back({{"logicalId", r.logical_id},
                         {"change", ChangeKindName(r.kind)},
                         {"type", r.new_type.empty() ? r.old_type : r.new_type},
                         {"oldType", r.old_type},
                         {"newType", r.new_type},
                         {"constructPath", r.construct_path},
                         {"impact", ImpactName(r.impact)},
                         {"indirect", r.indirect},
                         {"reasons", r.reasons},
                         {"changes", std::move(changes)}});
  }
  out["resources"] = std::move(resources);
  out["security"] = Security(diff.security);
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace cdkpp::diff
