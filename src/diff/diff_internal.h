#ifndef CDKPP_SRC_DIFF_DIFF_INTERNAL_H_
#define CDKPP_SRC_DIFF_DIFF_INTERNAL_H_

// Pieces of the template diff shared between its source files. Not public.

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdkpp/core/json.h"
#include "cdkpp/diff/security_changes.h"
#include "cdkpp/diff/template_diff.h"
#include "diff/same_resources.h"

namespace cdkpp::diff {

// Member names are looked up as "Name"sv: ordered_json's find then compares
// sizes before bytes, where a const char* costs a strlen and a compare call
// per member visited.
using namespace std::string_view_literals;

/// a < b as strings, faster for keys that differ in their first 16 bytes
/// (logical ids, property names): those compare as two words, without a
/// call to memcmp. Sorting the 500 ids of a Resources section is most of
/// ForEachKeyInUnion's cost.
inline bool KeyLess(std::string_view a, std::string_view b) {
  if constexpr (std::endian::native == std::endian::little) {
    for (std::size_t at = 0; at + 8 <= a.size() && at + 8 <= b.size() && at < 16; at += 8) {
      std::uint64_t x;
      std::uint64_t y;
      std::memcpy(&x, a.data() + at, 8);
      std::memcpy(&y, b.data() + at, 8);
      // Byte-swapped, the first differing byte is the most significant.
      if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y);
    }
  }
  return a < b;
}

/// Calls fn(key, old_or_null, new_or_null) for each key of the sorted union of
/// two objects' keys (a non-object counts as empty), leaving out the members
/// for which keep(key, value) is false. O(n log n): ordered_json's find is a
/// linear scan, too slow for 500 resources.
template <typename Keep, typename Fn>
void ForEachKeptKeyInUnion(const Json& a, const Json& b, Keep&& keep, Fn&& fn) {
  using KeyedMember = std::pair<std::string_view, const Json*>;
  auto sorted = [&keep](const Json& j) {
    std::vector<KeyedMember> v;
    if (!j.is_object()) return v;
    v.reserve(j.size());
    for (const auto& [key, value] : j.get_ref<const Json::object_t&>()) {
      if (keep(key, value)) v.emplace_back(key, &value);
    }
    std::sort(v.begin(), v.end(),
              [](const KeyedMember& x, const KeyedMember& y) { return KeyLess(x.first, y.first); });
    return v;
  };
  std::vector<KeyedMember> va = sorted(a), vb = sorted(b);
  std::size_t i = 0, k = 0;
  while (i < va.size() || k < vb.size()) {
    if (k == vb.size() || (i < va.size() && va[i].first < vb[k].first)) {
      fn(va[i].first, va[i].second, nullptr);
      ++i;
    } else if (i == va.size() || vb[k].first < va[i].first) {
      fn(vb[k].first, nullptr, vb[k].second);
      ++k;
    } else {
      fn(va[i].first, va[i].second, vb[k].second);
      ++i;
      ++k;
    }
  }
}

/// ForEachKeptKeyInUnion of every member.
template <typename Fn>
void ForEachKeyInUnion(const Json& a, const Json& b, Fn&& fn) {
  ForEachKeptKeyInUnion(
      a, b, [](std::string_view, const Json&) { return true; }, std::forward<Fn>(fn));
}

/// Resources of one template as (logical id, resource).
using ResourceList = std::vector<std::pair<std::string_view, const Json*>>;

/// The resources of a "Resources" object in file order, or, when `only` is
/// not null, those whose ids it holds, in the order of `only` (of an id
/// written twice, the first). Nothing when `resources` is not an object.
/// One pass over the resources with a hash of `only`: ordered_json's find
/// is a linear scan (resource_diff.cc).
ResourceList ListResources(const Json& resources, const std::set<std::string>* only);

/// DiffIam and DiffSecurityGroups (security_changes.h) on resources already
/// listed: the diff lists the changed ones once for both passes
/// (iam/iam_changes.cc, network/security_group_changes.cc).
void DiffIamOf(const ResourceList& old_resources, const ResourceList& new_resources,
               SecurityChanges* out);
void DiffSecurityGroupsOf(const ResourceList& old_resources, const ResourceList& new_resources,
                          SecurityChanges* out);

/// The string at obj[key], or "" when obj is not an object or the member is
/// missing or not a string: templates are input, any member can be any type
/// (resource_diff.cc).
std::string StringMember(const Json& obj, std::string_view key);

/// A resource's Metadata "aws:cdk:path", or "" (resource_diff.cc).
std::string ConstructPath(const Json& resource);

/// Renders an intrinsic-bearing value as text the way people read it:
/// {"Ref": "X"} -> "${X}", {"Fn::GetAtt": ["X", "Arn"]} -> "${X.Arn}",
/// Fn::Join concatenated, Fn::Sub as its template string; plain strings as is;
/// anything else as compact JSON.
std::string RenderIntrinsic(const Json& value);

/// The changes to the "Resources" section; sorted by logical id.
/// When the lists are given, they receive the changed resources of each
/// side in the same order (what ListResources gives for the changed ids of
/// a template that writes each id once), for the IAM and security group
/// passes. Defined in resource_diff.cc.
/// Resources in `same` are left out without a look.
std::vector<ResourceDiff> DiffResources(const Json& old_resources, const Json& new_resources,
                                        const SameResources& same, const DiffOptions& options,
                                        ResourceList* old_changed = nullptr,
                                        ResourceList* new_changed = nullptr);

/// Sets each top-level property diff's impact and the resource impact from the
/// schema's create-only properties (replacement_rules.cc).
void ApplyReplacementRules(const ResourceSchemas* schemas, ResourceDiff* resource);

/// Flags resources whose Ref/GetAtt/Sub inputs point at replaced resources
/// (replacement_propagation.cc). `diffs` stays sorted by logical id.
/// The new template's resources in `same` are read from the old one's.
void PropagateReplacement(const Json& new_resources, const SameResources& same,
                          const ResourceSchemas* schemas, std::vector<ResourceDiff>* diffs);

/// Logical ids that `value` reads through Ref, Fn::GetAtt or Fn::Sub, in
/// order of appearance (replacement_propagation.cc).
std::vector<std::string> ReferencedResources(const Json& value);

/// Adds a note to each output of `new_outputs` whose value reads a replaced
/// resource (its value changes on deploy), creating a modified entry when
/// the output's text did not change. Keeps entries sorted by name
/// (output_notes.cc).
void NoteReplacedInputs(const Json& new_outputs, const std::set<std::string>& replaced,
                        SectionDiff* outputs);
/// Notes on every changed output that the old template exports: the export
/// vanishes (output removed, or its export renamed or dropped) or changes its
/// value, which CloudFormation refuses while another stack imports it.
/// Run after NoteReplacedInputs (an unchanged text may still change value).
void NoteExportChanges(SectionDiff* outputs);

/// True if CloudFormation treats changes to this type as custom logic
/// (Custom::*, AWS::CloudFormation::CustomResource): updated, never assumed replaced.
bool IsCustomResourceType(const std::string& type);

}  // namespace cdkpp::diff

#endif  // CDKPP_SRC_DIFF_DIFF_INTERNAL_H_
