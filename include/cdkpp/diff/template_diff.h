#ifndef CDKPP_DIFF_TEMPLATE_DIFF_H_
#define CDKPP_DIFF_TEMPLATE_DIFF_H_

#include <string>
#include <vector>

#include "cdkpp/core/json.h"
#include "cdkpp/diff/security_changes.h"
#include "cdkpp/schema/resource_schemas.h"
#include "cdkpp/template/load_template.h"

namespace cdkpp::diff {

/// What a change does to a deployed resource, from harmless to severe.
/// The order matters: a resource's impact is the max over its changes.
enum class Impact {
  kNone,        ///< nothing happens to the physical resource (e.g. metadata only)
  kCreate,      ///< a new resource is created
  kUpdate,      ///< updated in place
  kMayReplace,  ///< may be replaced (unknown type, or an input that may change)
  kReplace,     ///< replaced: a create-only property or the type changed
  kOrphan,      ///< removed from the stack but kept (DeletionPolicy Retain)
  kDestroy,     ///< deleted
};

/// "none", "create", "update", "may-be-replaced", "replace", "orphan", "destroy".
const char* ImpactName(Impact impact);

/// One node of a value tree diff. A leaf (no children) carries the old and/or
/// new value; an inner node (both sides objects, or arrays of equal length)
/// carries its changed children only.
struct ValueDiff {
  /// Object key, or "[i]" for an array element.
  std::string key;
  ChangeKind kind = ChangeKind::kModified;
  Json old_value;  ///< null when kind == kAdded (and on inner nodes)
  Json new_value;  ///< null when kind == kRemoved (and on inner nodes)
  /// True if old and new were strings holding JSON, parsed and diffed
  /// structurally (DMS TableMappings, policy documents given as strings...).
  bool json_string = false;
  /// Set on a resource's top-level property diffs: what this change does.
  Impact impact = Impact::kNone;
  std::vector<ValueDiff> children;

  bool leaf() const { return children.empty(); }
};

/// Compares two JSON values: object key order, number-vs-string spelling
/// ("5" vs 5, as CloudFormation sees all scalars as strings) never differ;
/// strings holding JSON objects/arrays are compared structurally. Returns
/// the changed children of the root (empty if equal). A root of different
/// kinds (e.g. scalar vs object) yields one leaf with an empty key.
std::vector<ValueDiff> DiffValues(const Json& old_value, const Json& new_value);

/// True if DiffValues would find no change.
bool ValuesEquivalent(const Json& a, const Json& b);

/// A changed entry of a non-resource section: a parameter, an output, a
/// condition, a mapping, or the whole value of a scalar section (name "").
struct EntryDiff {
  std::string name;
  ChangeKind kind = ChangeKind::kModified;
  Json old_value, new_value;       ///< the whole entry on each side (null if absent)
  std::vector<ValueDiff> changes;  ///< for kModified: the tree of changes
  /// What else changes, e.g. "value changes: reads Stream, which is replaced"
  /// for an output whose text is unchanged (then `changes` is empty).
  std::vector<std::string> notes;
};

/// All changes in one top-level section other than Resources.
struct SectionDiff {
  std::string name;  ///< "Parameters", "Description", "Outputs", ...
  std::vector<EntryDiff> entries;
};

/// One added, removed or modified resource.
struct ResourceDiff {
  std::string logical_id;
  ChangeKind kind = ChangeKind::kModified;
  std::string old_type, new_type;  ///< "" on the side where it is absent
  /// The construct path from `aws:cdk:path` metadata (new side, else old), or "".
  std::string construct_path;
  Impact impact = Impact::kNone;
  /// Why the impact is what it is, human readable, e.g.
  /// "Name is create-only", "type changed", "ShardArn refers to Stream (replaced)".
  std::vector<std::string> reasons;
  /// True if the resource's template text is unchanged and it is listed only
  /// because a resource it references is replaced.
  bool indirect = false;
  /// Changes under "Properties" (top-level property names as keys).
  std::vector<ValueDiff> properties;
  /// Changes to the other resource attributes (DependsOn, DeletionPolicy,
  /// Condition, Metadata, UpdatePolicy...); Type changes are in old/new_type.
  std::vector<ValueDiff> attributes;
};

/// The complete difference between two templates. Data only: rendering is in
/// cdkpp/diff/format_diff.h.
struct TemplateDiff {
  /// Sections with changes, in CloudFormation's section order
  /// (AWSTemplateFormatVersion, Description, Metadata, Parameters, Rules,
  /// Mappings, Conditions, Transform), then Outputs, then unknown sections by name.
  /// Resources are in `resources`, not here.
  std::vector<SectionDiff> sections;
  /// Sorted by logical id.
  std::vector<ResourceDiff> resources;
  SecurityChanges security;

  bool empty() const { return sections.empty() && resources.empty() && security.empty(); }
  /// True if some resource is replaced or may be replaced.
  bool HasReplacement() const;
  /// Number of resources with exactly this impact.
  int CountImpact(Impact impact) const;
};

struct DiffOptions {
  /// Show everything, including CDK noise (AWS::CDK::Metadata, aws:cdk:path
  /// metadata, the BootstrapVersion parameter and CheckBootstrapVersion rule).
  bool strict = false;
  /// Where create-only properties are looked up. nullptr: every property
  /// change of a known-looking type is "may be replaced".
  const ResourceSchemas* schemas = nullptr;
};

/// Compares two templates (parsed JSON objects). Deterministic: the result
/// depends only on the inputs, never on hash order. A template declaring the
/// AWS::LanguageExtensions transform is compared as CloudFormation expands it
/// (cdkpp/template/language_extensions.h); a loop whose collection is only
/// known at deploy time is compared as written.
TemplateDiff DiffTemplates(const Json& old_template, const Json& new_template,
                           const DiffOptions& options);

/// DiffTemplates of the two templates LoadTemplatePair read: the same
/// result, without looking into the resources whose text is the same in both.
TemplateDiff DiffTemplates(const TemplatePair& templates, const DiffOptions& options);

}  // namespace cdkpp::diff

#endif  // CDKPP_DIFF_TEMPLATE_DIFF_H_
