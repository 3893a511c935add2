// IAM statement and managed policy changes, for the security summary.
// Statements are normalized (sorted lists, rendered intrinsics) and compared
// as sets per holder: an edited statement shows as one removed, one added.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdkpp/diff/security_changes.h"
#include "diff/diff_internal.h"
#include "diff/json_string_properties.h"
#include "util/wildcard.h"

namespace cdkpp::diff {
namespace {

std::vector<std::string> RenderedList(const Json& v) {
  std::vector<std::string> out;
  if (v.is_array()) {
    for (const auto& item : v) out.push_back(RenderIntrinsic(item));
  } else if (!v.is_null()) {
    out.push_back(RenderIntrinsic(v));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> Principals(const Json& p, const std::string& prefix) {
  std::vector<std::string> out;
  if (p.is_string()) {
    out.push_back(prefix + (p.get<std::string>() == "*" ? "AWS:*" : p.get<std::string>()));
  } else if (p.is_object()) {
    for (auto it = p.begin(); it != p.end(); ++it) {
      for (const std::string& v : RenderedList(*it)) out.push_back(prefix + it.key() + ":" + v);
    }
  }
  return out;
}

IamStatement Normalize(const Json& s, const std::string& holder) {
  IamStatement st;
  st.holder = holder;
  // A missing Effect reads as Allow (the broader reading); any other value is
  // shown as written, so a malformed one is reported, not dropped.
  auto effect = s.find("Effect"sv);
  st.effect = effect == s.end() ? "Allow" : RenderIntrinsic(*effect);
  if (s.contains("NotAction"sv)) {
    st.not_action = true;
    st.actions = RenderedList(s["NotAction"sv]);
  } else if (s.contains("Action"sv)) {
    st.actions = RenderedList(s["Action"sv]);
  }
  if (s.contains("NotResource"sv)) {
    st.not_resource = true;
    st.resources = RenderedList(s["NotResource"sv]);
  } else if (s.contains("Resource"sv)) {
    st.resources = RenderedList(s["Resource"sv]);
  }
  if (s.contains("Principal"sv)) st.principals = Principals(s["Principal"sv], "");
  if (s.contains("NotPrincipal"sv)) {
    for (std::string& p : Principals(s["NotPrincipal"sv], "NOT ")) st.principals.push_back(p);
  }
  std::sort(st.principals.begin(), st.principals.end());
  if (s.contains("Condition"sv)) st.condition = s["Condition"sv];
  return st;
}

void AddDocument(const Json& doc_value, const std::string& holder, std::vector<IamStatement>* out) {
  const Json* doc = &doc_value;
  std::optional<Json> parsed = ParseJsonString(doc_value);  // documents given as strings
  if (parsed) doc = &*parsed;
  if (!doc->is_object()) return;
  auto statements = doc->find("Statement"sv);
  if (statements == doc->end()) return;
  if (statements->is_object()) {
    out->push_back(Normalize(*statements, holder));
  } else if (statements->is_array()) {
    for (const auto& s : *statements) {
      if (s.is_object()) out->push_back(Normalize(s, holder));
    }
  }
}

// Every property that holds a policy document, on any resource type: role
// trust policies, identity policies, and resource policies (bucket, queue,
// topic, key, secret, log group...).
// string_view: a lookup compares sizes before bytes, with no strlen per member.
constexpr std::string_view kDocumentProperties[] = {"AssumeRolePolicyDocument", "PolicyDocument",
                                                    "KeyPolicy", "ResourcePolicy"};

// Where a standalone policy is attached, as part of its holder's name: the
// same statements attached to one more role grant more, so they must not
// compare equal. "" for policies without attachments (resource policies).
std::string Attachments(const Json& props) {
  std::vector<std::string> targets;
  for (std::string_view key : {"Roles"sv, "Users"sv, "Groups"sv}) {
    auto it = props.find(key);
    if (it == props.end()) continue;
    for (const std::string& t : RenderedList(*it)) targets.push_back(t);
  }
  if (targets.empty()) return "";
  std::sort(targets.begin(), targets.end());
  std::string out = " (on ";
  for (std::size_t i = 0; i < targets.size(); ++i) out += (i ? ", " : "") + targets[i];
  return out + ")";
}

struct Extracted {
  std::vector<IamStatement> statements;
  std::vector<std::pair<std::string, std::string>> managed;  // (holder, arn)
};

Extracted ExtractStatements(const ResourceList& resources) {
  Extracted out;
  for (const auto& [id_view, resource_ptr] : resources) {
    const std::string id(id_view);
    const Json& resource = *resource_ptr;
    if (!resource.is_object()) continue;
    auto props = resource.find("Properties"sv);
    if (props == resource.end() || !props->is_object()) continue;
    for (std::string_view name : kDocumentProperties) {
      auto doc = props->find(name);
      if (doc == props->end()) continue;
      std::string holder = name == "AssumeRolePolicyDocument"
                               ? id + " (trust)"
                               : id + Attachments(*props);
      AddDocument(*doc, holder, &out.statements);
    }
    auto policies = props->find("Policies"sv);
    if (policies != props->end() && policies->is_array()) {
      for (const auto& p : *policies) {
        if (!p.is_object() || !p.contains("PolicyDocument"sv)) continue;
        std::string holder = id + " (" + RenderIntrinsic(p.value("PolicyName", Json(""))) + ")";
        AddDocument(p["PolicyDocument"sv], holder, &out.statements);
      }
    }
    auto managed = props->find("ManagedPolicyArns"sv);
    if (managed != props->end()) {
      for (const std::string& arn : RenderedList(*managed)) out.managed.emplace_back(id, arn);
    }
  }
  return out;
}

// IAM wildcards: '*' any run, '?' any one character. Actions compare
// case-insensitively ("S3:GetObject" is "s3:getobject"), resources exactly.
bool GlobMatch(std::string_view pattern, std::string_view text, bool fold_case) {
  return cdkpp::internal::WildcardMatch(pattern, text, {'*', '?', fold_case});
}

// True if every item of `small` matches some pattern of `big`.
bool Includes(const std::vector<std::string>& big, const std::vector<std::string>& small,
              bool fold_case) {
  return std::all_of(small.begin(), small.end(), [&](const std::string& item) {
    return std::any_of(big.begin(), big.end(), [&](const std::string& pattern) {
      return GlobMatch(pattern, item, fold_case);
    });
  });
}

// True if `removed` allowed at least everything `added` allows, so replacing
// one by the other narrows or keeps access.
bool Covers(const IamStatement& removed, const IamStatement& added) {
  return removed.holder == added.holder && removed.effect == "Allow" && added.effect == "Allow" &&
         !removed.not_action && !added.not_action && !removed.not_resource && !added.not_resource &&
         Includes(removed.actions, added.actions, /*fold_case=*/true) &&
         Includes(removed.resources, added.resources, /*fold_case=*/false) &&
         removed.principals == added.principals &&
         ValuesEquivalent(removed.condition, added.condition);
}

}  // namespace

std::string IamStatement::Key() const {
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += x + ",";
    return s;
  };
  return holder + "|" + effect + "|" + (not_action ? "!" : "") + join(actions) + "|" +
         (not_resource ? "!" : "") + join(resources) + "|" + join(principals) + "|" +
         (condition.is_null() ? "" : SerializeCanonical(condition));
}

void DiffIam(const Json& old_resources, const Json& new_resources, SecurityChanges* out,
             const std::set<std::string>* only) {
  DiffIamOf(ListResources(old_resources, only), ListResources(new_resources, only), out);
}

void DiffIamOf(const ResourceList& old_resources, const ResourceList& new_resources,
               SecurityChanges* out) {
  Extracted a = ExtractStatements(old_resources);
  Extracted b = ExtractStatements(new_resources);
  // Multiset difference by canonical key.
  std::multimap<std::string, const IamStatement*> old_by_key, new_by_key;
  for (const auto& s : a.statements) old_by_key.emplace(s.Key(), &s);
  for (const auto& s : b.statements) new_by_key.emplace(s.Key(), &s);
  std::vector<IamStatementChange> removed, added;
  for (auto it = old_by_key.begin(); it != old_by_key.end(); ++it) {
    auto match = new_by_key.find(it->first);
    if (match != new_by_key.end()) {
      new_by_key.erase(match);
    } else {
      removed.push_back({ChangeKind::kRemoved, *it->second});
    }
  }
  for (const auto& [key, s] : new_by_key) added.push_back({ChangeKind::kAdded, *s});

  for (const auto& change : added) {
    if (change.statement.effect != "Allow") continue;
    bool covered = std::any_of(removed.begin(), removed.end(), [&](const IamStatementChange& r) {
      return Covers(r.statement, change.statement);
    });
    if (!covered) out->permissions_broadened = true;
  }
  for (const auto& change : removed) {
    if (change.statement.effect == "Deny") out->permissions_broadened = true;
  }
  for (auto& c : removed) out->statements.push_back(std::move(c));
  for (auto& c : added) out->statements.push_back(std::move(c));
  std::stable_sort(out->statements.begin(), out->statements.end(),
                   [](const IamStatementChange& x, const IamStatementChange& y) {
                     if (x.statement.holder != y.statement.holder) {
                       return x.statement.holder < y.statement.holder;
                     }
                     if (x.kind != y.kind) return x.kind == ChangeKind::kRemoved;
                     return x.statement.Key() < y.statement.Key();
                   });

  std::sort(a.managed.begin(), a.managed.end());
  std::sort(b.managed.begin(), b.managed.end());
  std::vector<std::pair<std::string, std::string>> gone, fresh;
  std::set_difference(a.managed.begin(), a.managed.end(), b.managed.begin(), b.managed.end(),
                      std::back_inserter(gone));
  std::set_difference(b.managed.begin(), b.managed.end(), a.managed.begin(), a.managed.end(),
                      std::back_inserter(fresh));
  for (auto& [holder, arn] : gone)
    out->managed_policies.push_back({ChangeKind::kRemoved, holder, arn});
  for (auto& [holder, arn] : fresh) {
    out->managed_policies.push_back({ChangeKind::kAdded, holder, arn});
    out->permissions_broadened = true;
  }
  std::stable_sort(out->managed_policies.begin(), out->managed_policies.end(),
                   [](const ManagedPolicyChange& x, const ManagedPolicyChange& y) {
                     return std::tie(x.holder, x.policy_arn) < std::tie(y.holder, y.policy_arn);
                   });
}

}  // namespace cdkpp::diff
