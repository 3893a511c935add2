// The Resources section: added, removed and modified resources, with CDK
// noise removed unless --strict.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "diff/diff_internal.h"

namespace cdkpp::diff {
namespace {

constexpr std::string_view kCdkPathKey = "aws:cdk:path";
constexpr const char* kCdkMetadataType = "AWS::CDK::Metadata";

// CDK writes its own bookkeeping under aws:cdk:* and aws:asset:* (paths,
// asset hashes); they change with the machine, not with the infrastructure.
bool IsCdkMetadataKey(const std::string& key) {
  return key.rfind("aws:cdk:", 0) == 0 || key.rfind("aws:asset:", 0) == 0;
}

// Everything but Type and Properties, normalized so that only meaningful
// differences remain: DependsOn as a sorted set, CDK metadata dropped.
Json OtherAttributes(const Json& resource, bool strict) {
  Json out = Json::object();
  if (!resource.is_object()) return out;
  for (auto it = resource.begin(); it != resource.end(); ++it) {
    const std::string& key = it.key();
    if (key == "Type"sv || key == "Properties"sv) continue;
    if (key == "DependsOn"sv) {
      // A DependsOn order carries no meaning; a single name equals a list of one.
      std::vector<std::string> names;
      if (it->is_string()) names.push_back(it->get<std::string>());
      if (it->is_array()) {
        for (const auto& n : *it) names.push_back(n.is_string() ? n.get<std::string>() : SerializeCompact(n));
      }
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
      if (!names.empty()) out[key] = names;
      continue;
    }
    if (key == "Metadata"sv && !strict && it->is_object()) {
      Json md = Json::object();
      for (auto m = it->begin(); m != it->end(); ++m) {
        if (!IsCdkMetadataKey(m.key())) md[m.key()] = *m;
      }
      if (!md.empty()) out[key] = std::move(md);
      continue;
    }
    out[key] = *it;
  }
  return out;
}

// The resource's Type as written: a string as is, any other value as compact
// JSON (so `"Type": 5` reads as a change of type, not as no type), "" when
// missing.
std::string TypeOf(const Json& resource) {
  if (!resource.is_object()) return "";
  auto it = resource.find("Type"sv);
  if (it == resource.end()) return "";
  return it->is_string() ? it->get<std::string>() : SerializeCompact(*it);
}

const Json& PropertiesOf(const Json& resource) {
  static const Json kEmpty = Json::object();  // immutable sentinel
  if (!resource.is_object()) return kEmpty;
  auto it = resource.find("Properties"sv);
  return (it == resource.end() || !it->is_object()) ? kEmpty : *it;
}

Impact RemovalImpact(const Json& resource, std::vector<std::string>* reasons) {
  std::string policy = StringMember(resource, "DeletionPolicy");
  if (policy == "Retain" || policy == "RetainExceptOnCreate") {
    reasons->push_back("DeletionPolicy " + policy +
                       ": removed from the stack, kept in the account");
    return Impact::kOrphan;
  }
  if (policy == "Snapshot")
    reasons->push_back("DeletionPolicy Snapshot: a snapshot is taken first");
  return Impact::kDestroy;
}

void DiffModified(const Json& a, const Json& b, const DiffOptions& options, ResourceDiff* rd) {
  if (!a.is_object() || !b.is_object()) {
    // Not a resource definition (a Fn::ForEach loop whose collection is only
    // known at deploy time): what it creates is unknown, so the change is
    // shown as written and may replace what it stands for.
    rd->attributes = DiffValues(a, b);
    rd->impact = Impact::kMayReplace;
    rd->reasons.push_back("not a resource definition; compared as written");
    return;
  }
  rd->properties = DiffValues(PropertiesOf(a), PropertiesOf(b));
  rd->attributes =
      DiffValues(OtherAttributes(a, options.strict), OtherAttributes(b, options.strict));
  ApplyReplacementRules(options.schemas, rd);
  // On replacement CloudFormation applies the new UpdateReplacePolicy to the
  // old physical resource: worth saying when data survives or is snapshotted.
  if (rd->impact == Impact::kReplace || rd->impact == Impact::kMayReplace) {
    std::string policy = StringMember(b, "UpdateReplacePolicy");
    if (policy == "Retain") {
      rd->reasons.push_back(
          "UpdateReplacePolicy Retain: the old resource is kept, outside the stack");
    } else if (policy == "Snapshot") {
      rd->reasons.push_back(
          "UpdateReplacePolicy Snapshot: the old resource is snapshotted, then deleted");
    }
  }
}

}  // namespace

std::string StringMember(const Json& obj, std::string_view key) {
  if (!obj.is_object()) return "";
  auto it = obj.find(key);
  return (it != obj.end() && it->is_string()) ? it->get<std::string>() : "";
}

std::string ConstructPath(const Json& resource) {
  if (!resource.is_object()) return "";
  auto md = resource.find("Metadata"sv);
  return md == resource.end() ? "" : StringMember(*md, kCdkPathKey);
}

ResourceList ListResources(const Json& resources, const std::set<std::string>* only) {
  ResourceList slots;
  if (!resources.is_object()) return slots;
  if (!only) {
    slots.reserve(resources.size());
    for (auto it = resources.begin(); it != resources.end(); ++it) slots.emplace_back(it.key(), &*it);
    return slots;
  }
  std::unordered_map<std::string_view, std::size_t> slot_of;  // id -> its place in only
  slot_of.reserve(only->size());
  slots.reserve(only->size());
  for (const std::string& id : *only) {
    slot_of.emplace(id, slots.size());
    slots.emplace_back(id, nullptr);
  }
  for (auto it = resources.begin(); it != resources.end(); ++it) {
    auto found = slot_of.find(it.key());
    if (found != slot_of.end() && slots[found->second].second == nullptr) {
      slots[found->second].second = &*it;
    }
  }
  std::erase_if(slots, [](const auto& slot) { return slot.second == nullptr; });
  return slots;
}

std::vector<ResourceDiff> DiffResources(const Json& old_resources, const Json& new_resources,
                                        const SameResources& same, const DiffOptions& options,
                                        ResourceList* old_changed, ResourceList* new_changed) {
  std::vector<ResourceDiff> out;
  // Resources of the same text on both sides (most of them) are left out
  // before the sort.
  ForEachKeptKeyInUnion(
      old_resources, new_resources,
      [&](std::string_view id, const Json&) { return !same.Holds(id); },
      [&](std::string_view id, const Json* a, const Json* b) {
        // Identical resources next: nothing to name or show.
        if (a && b && ValuesEquivalent(*a, *b)) return;
        ResourceDiff rd;
        rd.logical_id = std::string(id);
        if (a) rd.old_type = TypeOf(*a);
        if (b) rd.new_type = TypeOf(*b);
        if (!options.strict &&
            (rd.old_type == kCdkMetadataType || rd.new_type == kCdkMetadataType)) {
          return;
        }
        rd.construct_path = ConstructPath(b ? *b : *a);
        if (rd.construct_path.empty() && a && b) rd.construct_path = ConstructPath(*a);
        if (!a) {
          rd.kind = ChangeKind::kAdded;
          rd.impact = Impact::kCreate;
        } else if (!b) {
          rd.kind = ChangeKind::kRemoved;
          rd.impact = RemovalImpact(*a, &rd.reasons);
        } else {
          rd.kind = ChangeKind::kModified;
          DiffModified(*a, *b, options, &rd);
          if (rd.properties.empty() && rd.attributes.empty() && rd.old_type == rd.new_type) return;
        }
        out.push_back(std::move(rd));
        if (a && old_changed) old_changed->emplace_back(id, a);
        if (b && new_changed) new_changed->emplace_back(id, b);
      });
  return out;
}

}  // namespace cdkpp::diff
