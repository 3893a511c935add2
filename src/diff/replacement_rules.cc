// Which property changes replace a resource. The knowledge comes from the
// provider schemas' createOnlyProperties (data/cfn_schemas.tsv), never from a
// hand-kept list.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "diff/diff_internal.h"

namespace cdkpp::diff {
namespace {

// True if one path is a prefix of the other ("*" matching any component).
// Both directions matter: changing "A/B" replaces when "A" is create-only, and
// adding the whole object "A" replaces when "A/B" is create-only.
bool PathsOverlap(std::string_view changed, std::string_view create_only) {
  std::vector<std::string_view> a = SplitSchemaPath(changed), b = SplitSchemaPath(create_only);
  std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i] && b[i] != "*") return false;
  }
  return true;
}

// "[3]" -> "3": schema paths index arrays without brackets.
std::string Component(const std::string& key) {
  if (key.size() >= 2 && key.front() == '[' && key.back() == ']') {
    return key.substr(1, key.size() - 2);
  }
  return key;
}

// Collects the create-only path touched by `node` or below it, if any.
bool FindCreateOnly(const ResourceSchema& schema, const ValueDiff& node, const std::string& path,
                    std::string* hit) {
  // Inside a JSON string CloudFormation sees one string: its own path decides.
  if (node.leaf() || node.json_string) {
    for (std::string_view c : schema.create_only_properties()) {
      if (PathsOverlap(path, c)) {
        *hit = std::string(c);
        return true;
      }
    }
    return false;
  }
  for (const ValueDiff& child : node.children) {
    if (FindCreateOnly(schema, child, path + "/" + Component(child.key), hit)) return true;
  }
  return false;
}

}  // namespace

void ApplyReplacementRules(const ResourceSchemas* schemas, ResourceDiff* rd) {
  if (rd->old_type != rd->new_type) {
    rd->impact = Impact::kReplace;
    rd->reasons.push_back("type changed from " + rd->old_type + " to " + rd->new_type);
    for (ValueDiff& p : rd->properties) p.impact = Impact::kReplace;
    return;
  }
  const std::string& type = rd->new_type;
  const ResourceSchema* schema = schemas ? schemas->Find(type) : nullptr;
  bool custom = IsCustomResourceType(type);
  Impact impact = Impact::kNone;
  bool unknown_noted = false;
  for (ValueDiff& p : rd->properties) {
    if (custom) {
      p.impact = Impact::kUpdate;
    } else if (!schema) {
      p.impact = Impact::kMayReplace;
      if (!unknown_noted) {
        rd->reasons.push_back("no schema for " + type +
                              ": whether a change replaces it is unknown");
        unknown_noted = true;
      }
    } else {
      std::string hit;
      if (FindCreateOnly(*schema, p, p.key, &hit)) {
        p.impact = Impact::kReplace;
        rd->reasons.push_back(hit + " is create-only: changing it replaces the resource");
      } else {
        p.impact = Impact::kUpdate;
      }
    }
    impact = std::max(impact, p.impact);
  }
  for (ValueDiff& a : rd->attributes) {
    if (a.key == "Condition") {
      a.impact = Impact::kMayReplace;
      rd->reasons.push_back("Condition changed: the resource may be created or deleted");
    }
    impact = std::max(impact, a.impact);
  }
  rd->impact = impact;
}

}  // namespace cdkpp::diff
