// A replaced resource gets a new physical id and new attributes, so every
// resource that reads it through Ref, Fn::GetAtt or Fn::Sub changes too, even
// if its own template text did not. This pass finds those resources.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diff/diff_internal.h"
#include "util/sub_variables.h"

namespace cdkpp::diff {
namespace {

struct Reference {
  std::string property_path;  // "StreamArn", "KinesisSettings/StreamArn"
  std::string target;         // logical id read
};

// A reference at `path`, or with no path when path is null.
void AddReference(const std::string* path, std::string target, std::vector<Reference>* out) {
  out->push_back({path ? *path : std::string(), std::move(target)});
}

void AddSubReferences(const std::string& text, const std::string* path,
                      std::vector<Reference>* out) {
  for (const std::string& name : internal::SubVariables(text)) {
    AddReference(path, name.substr(0, name.find('.')), out);
  }
}

// Walks a property value; `path` stops growing at the first intrinsic so that
// it names the property, not the function's arguments. One path buffer for
// the whole walk, grown and cut back: a string per visited node was most of
// the pass. A null path: the targets only, without their paths.
void CollectReferences(const Json& v, std::string* path, bool in_intrinsic,
                       std::vector<Reference>* out) {
  // On the containers themselves (get_ptr, front, string_view compares):
  // every property node of the new template is visited, and nlohmann's
  // checked iterators and const char* compares were most of the walk.
  if (const auto* object = v.get_ptr<const Json::object_t*>()) {
    if (object->size() == 1) {
      std::string_view fn = object->front().first;
      const Json& arg = object->front().second;
      const auto* args = arg.get_ptr<const Json::array_t*>();
      const auto* text = arg.get_ptr<const std::string*>();
      if (fn == "Ref"sv && text) {
        AddReference(path, *text, out);
        return;
      }
      if (fn == "Fn::GetAtt"sv) {
        if (args && !args->empty() && args->front().is_string()) {
          AddReference(path, args->front().get_ref<const std::string&>(), out);
        } else if (text) {
          AddReference(path, text->substr(0, text->find('.')), out);
        }
        return;
      }
      if (fn == "Fn::Sub"sv) {
        if (text) AddSubReferences(*text, path, out);
        if (args && !args->empty()) {
          if (args->front().is_string()) {
            AddSubReferences(args->front().get_ref<const std::string&>(), path, out);
          }
          if (args->size() > 1) CollectReferences((*args)[1], path, true, out);
        }
        return;
      }
      if (fn.starts_with("Fn::"sv)) {
        CollectReferences(arg, path, true, out);
        return;
      }
    }
    bool grow = path && !in_intrinsic;
    std::size_t length = path ? path->size() : 0;
    for (const auto& [key, value] : *object) {
      if (grow) path->append("/").append(key);
      CollectReferences(value, path, in_intrinsic, out);
      if (grow) path->resize(length);
    }
  } else if (const auto* array = v.get_ptr<const Json::array_t*>()) {
    bool grow = path && !in_intrinsic;
    std::size_t length = path ? path->size() : 0;
    for (std::size_t i = 0; i < array->size(); ++i) {
      if (grow) path->append("/").append(std::to_string(i));
      CollectReferences((*array)[i], path, in_intrinsic, out);
      if (grow) path->resize(length);
    }
  }
}

// The references of a resource's properties; without their paths when
// with_paths is false.
std::vector<Reference> ReferencesOf(const Json& resource, bool with_paths) {
  std::vector<Reference> out;
  auto props = resource.find("Properties"sv);
  if (props == resource.end() || !props->is_object()) return out;
  std::string path;
  for (const auto& [key, value] : *props->get_ptr<const Json::object_t*>()) {
    if (with_paths) path = key;
    CollectReferences(value, with_paths ? &path : nullptr, false, &out);
  }
  return out;
}

// A resource of the new template that reads others. Its references with
// their property paths are made only once one of its targets is replaced:
// most resources read none, and the paths were most of the pass.
struct Reader {
  const std::string* id;
  const Json* resource;
  std::vector<Reference> targets;  // without paths
  std::optional<std::vector<Reference>> references;

  bool ReadsAnyOf(const std::set<std::string>& replaced) const {
    return std::any_of(targets.begin(), targets.end(), [&](const Reference& r) {
      return r.target != *id && replaced.count(r.target);
    });
  }
};

bool IsReplaced(const ResourceDiff& d) {
  return d.kind == ChangeKind::kModified &&
         (d.impact == Impact::kReplace || d.impact == Impact::kMayReplace);
}

}  // namespace

std::vector<std::string> ReferencedResources(const Json& value) {
  std::vector<Reference> refs;
  CollectReferences(value, nullptr, false, &refs);
  std::vector<std::string> out;
  for (Reference& r : refs) out.push_back(std::move(r.target));
  return out;
}

void PropagateReplacement(const Json& new_resources, const SameResources& same,
                          const ResourceSchemas* schemas, std::vector<ResourceDiff>* diffs) {
  if (!new_resources.is_object()) return;
  std::map<std::string, std::size_t> index;
  std::set<std::string> replaced;
  for (std::size_t i = 0; i < diffs->size(); ++i) {
    index[(*diffs)[i].logical_id] = i;
    if (IsReplaced((*diffs)[i])) replaced.insert((*diffs)[i].logical_id);
  }
  if (replaced.empty()) return;

  // Targets are gathered once; the fixpoint loop then only consults them.
  std::vector<Reader> readers;
  for (const auto& [id, value] : new_resources.get_ref<const Json::object_t&>()) {
    const Json& resource = same.Resolve(id, value);
    if (!resource.is_object()) continue;
    std::vector<Reference> targets = ReferencesOf(resource, /*with_paths=*/false);
    if (!targets.empty()) readers.push_back({&id, &resource, std::move(targets), std::nullopt});
  }
  std::set<std::pair<std::string, std::string>> done;  // (resource, property path + target)
  bool changed = true;
  while (changed) {
    changed = false;
    for (Reader& reader : readers) {
      const std::string& id = *reader.id;
      auto existing = index.find(id);
      if (existing != index.end() && (*diffs)[existing->second].kind != ChangeKind::kModified) {
        continue;  // added resources are created anyway
      }
      if (!reader.ReadsAnyOf(replaced)) continue;
      if (!reader.references) reader.references = ReferencesOf(*reader.resource, true);
      for (const Reference& ref : *reader.references) {
        if (!replaced.count(ref.target) || ref.target == id) continue;
        if (!done.insert({id, ref.property_path + "\n" + ref.target}).second) continue;
        const Json& resource = *reader.resource;
        std::string type = StringMember(resource, "Type");
        const ResourceSchema* schema = schemas ? schemas->Find(type) : nullptr;
        Impact impact = Impact::kUpdate;
        if (!IsCustomResourceType(type) && (!schema || schema->IsCreateOnly(ref.property_path))) {
          impact = Impact::kMayReplace;
        }
        if (existing == index.end()) {
          ResourceDiff rd;
          rd.logical_id = id;
          rd.kind = ChangeKind::kModified;
          rd.old_type = rd.new_type = type;
          rd.indirect = true;
          rd.construct_path = ConstructPath(resource);
          diffs->push_back(std::move(rd));
          existing = index.emplace(id, diffs->size() - 1).first;
        }
        ResourceDiff& rd = (*diffs)[existing->second];
        rd.impact = std::max(rd.impact, impact);
        rd.reasons.push_back(ref.property_path + " uses " + ref.target +
                             (impact == Impact::kMayReplace
                                  ? ", which is replaced; the new value may replace this resource"
                                  : ", which is replaced; updated with the new value"));
        if (IsReplaced(rd) && replaced.insert(id).second) changed = true;
      }
    }
  }
  std::sort(diffs->begin(), diffs->end(), [](const ResourceDiff& a, const ResourceDiff& b) {
    return a.logical_id < b.logical_id;
  });
}

}  // namespace cdkpp::diff
