#include "cdkpp/core/cfn_resource.h"

#include <algorithm>

#include "cdkpp/core/cfn_condition.h"
#include "cdkpp/core/stack.h"
#include "core/json_override.h"
#include "core/resolve_context.h"

namespace cdkpp {
namespace {

const char* PolicyName(RemovalPolicy policy) {
  switch (policy) {
    case RemovalPolicy::kDestroy:
      return "Delete";
    case RemovalPolicy::kRetain:
      return "Retain";
    case RemovalPolicy::kSnapshot:
      return "Snapshot";
  }
  return "Delete";
}

// Stack tags merged under the resource's own tags (its own win), sorted by key
// as CDK's TagManager renders them.
Json MergeTags(Json own, const std::map<std::string, std::string>& stack_tags,
               TagFormat format) {
  std::map<std::string, Json> merged;
  for (const auto& [key, value] : stack_tags) merged[key] = value;
  // A list entry without a string Key (an intrinsic, say) cannot be merged by
  // key: it is kept as written, after the merged ones.
  Json unmerged = Json::array();
  if (format == TagFormat::kList && own.is_array()) {
    for (auto& tag : own) {
      auto key = tag.find("Key");  // end() for a non-object
      if (key == tag.end() || !key->is_string()) {
        unmerged.push_back(std::move(tag));
        continue;
      }
      auto value = tag.find("Value");
      merged[key->get<std::string>()] = value != tag.end() ? std::move(*value) : Json();
    }
  } else if (format == TagFormat::kMap && own.is_object()) {
    for (auto& [key, value] : own.items()) merged[key] = std::move(value);
  }
  if (format == TagFormat::kMap) {
    Json out = Json::object();
    auto& entries = out.get_ref<Json::object_t&>();
    entries.reserve(merged.size());
    for (auto& [key, value] : merged) entries.emplace_back(key, std::move(value));
    return out;
  }
  Json out = Json::array();
  out.get_ref<Json::array_t&>().reserve(merged.size() + unmerged.size());
  for (auto& [key, value] : merged) {
    Json tag = Json::object();
    auto& fields = tag.get_ref<Json::object_t&>();
    fields.reserve(2);
    fields.emplace_back("Key", key);
    fields.emplace_back("Value", std::move(value));
    out.push_back(std::move(tag));
  }
  for (auto& tag : unmerged) out.push_back(std::move(tag));
  return out;
}

}  // namespace

CfnResource::CfnResource(Construct& scope, std::string id, std::string type, Value properties,
                         TagFormat tag_format)
    : CfnElement(scope, std::move(id)),
      type_(std::move(type)),
      properties_(properties.is_null() ? Value(ValueMap{}) : std::move(properties)),
      tag_format_(tag_format) {}

void CfnResource::AddDependency(const CfnResource& other) {
  if (&other == this) return;
  if (std::find(depends_on_.begin(), depends_on_.end(), &other) == depends_on_.end()) {
    depends_on_.push_back(&other);
  }
}

void CfnResource::ApplyRemovalPolicy(RemovalPolicy policy) { removal_policy_ = policy; }

void CfnResource::AddOverride(std::string path, Json value) {
  overrides_.emplace_back(std::move(path), std::move(value));
}

Json CfnResource::Render(const internal::ResolveContext& ctx) const {
  Json out = Json::object();
  // At most 8 keys; reserved so that growing never copies the properties.
  out.get_ref<Json::object_t&>().reserve(8);
  out["Type"] = type_;
  Json properties = properties_.Resolve(ctx);
  if (tag_format_ != TagFormat::kNone) {
    const auto& stack_tags = ctx.stack().props().tags;
    auto found = properties.find("Tags");  // end() for a non-object
    Json own = found != properties.end() ? std::move(*found) : Json();
    if (!stack_tags.empty() || !own.is_null()) {
      properties["Tags"] = MergeTags(std::move(own), stack_tags, tag_format_);
    }
  }
  if (!properties.empty()) out["Properties"] = std::move(properties);

  if (!depends_on_.empty()) {
    // Sorted by construct path to ensure determinism, as CDK's renderDependsOn.
    std::vector<std::pair<std::string, const CfnResource*>> sorted;
    sorted.reserve(depends_on_.size());
    for (const CfnResource* dep : depends_on_) sorted.emplace_back(dep->path(), dep);
    std::sort(sorted.begin(), sorted.end());
    Json depends = Json::array();
    for (const auto& [dep_path, dep] : sorted) depends.push_back(ctx.LogicalIdOf(*dep));
    out["DependsOn"] = std::move(depends);
  }
  if (condition_ != nullptr) out["Condition"] = ctx.LogicalIdOf(*condition_);
  if (removal_policy_) {
    out["UpdateReplacePolicy"] = PolicyName(*removal_policy_);
    out["DeletionPolicy"] = PolicyName(*removal_policy_);
  }
  Json metadata = metadata_.is_null() ? Json::object() : metadata_.Resolve(ctx);
  metadata["aws:cdk:path"] = path();
  out["Metadata"] = std::move(metadata);
  for (const auto& [override_path, value] : overrides_) {
    std::string problem = internal::ApplyJsonOverride(&out, override_path, value);
    if (!problem.empty()) ctx.AddError("override " + override_path + ": " + problem);
  }
  return out;
}

}  // namespace cdkpp
