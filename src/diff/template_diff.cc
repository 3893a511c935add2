// The entry point: a handler per template section, walked over the sorted
// union of section names, then the security summary. Computing only; the
// formats live in format_*.cc.
#include "cdkpp/diff/template_diff.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "cdkpp/template/language_extensions.h"
#include "diff/diff_internal.h"
#include "diff/same_resources.h"

namespace cdkpp::diff {
namespace {

enum class SectionShape {
  kScalar,   // one value (Description, AWSTemplateFormatVersion, Transform)
  kEntries,  // named entries (Parameters, Outputs, ...)
};

struct SectionHandler {
  std::string_view name;
  SectionShape shape;
  // The CDK-generated entry ignored unless --strict, or "".
  std::string_view cdk_noise;
};

// CloudFormation's own section order; Resources is handled apart.
constexpr std::array<SectionHandler, 9> kSections = {{
    {"AWSTemplateFormatVersion", SectionShape::kScalar, ""},
    {"Description", SectionShape::kScalar, ""},
    {"Metadata", SectionShape::kEntries, ""},
    {"Parameters", SectionShape::kEntries, "BootstrapVersion"},
    {"Rules", SectionShape::kEntries, "CheckBootstrapVersion"},
    {"Mappings", SectionShape::kEntries, ""},
    {"Conditions", SectionShape::kEntries, "CDKMetadataAvailable"},
    {"Transform", SectionShape::kScalar, ""},
    {"Outputs", SectionShape::kEntries, ""},
}};

const Json& Section(const Json& t, std::string_view name) {
  static const Json kNull;  // immutable sentinel, not state
  if (!t.is_object()) return kNull;
  auto it = t.find(std::string(name));
  return it == t.end() ? kNull : *it;
}

void DiffScalarSection(std::string_view name, const Json& a, const Json& b, SectionDiff* out) {
  if (ValuesEquivalent(a, b)) return;
  EntryDiff e;
  e.kind = a.is_null()   ? ChangeKind::kAdded
           : b.is_null() ? ChangeKind::kRemoved
                         : ChangeKind::kModified;
  e.old_value = a;
  e.new_value = b;
  if (e.kind == ChangeKind::kModified) e.changes = DiffValues(a, b);
  out->entries.push_back(std::move(e));
}

void DiffEntriesSection(const SectionHandler& h, const Json& a, const Json& b, bool strict,
                        SectionDiff* out) {
  ForEachKeyInUnion(a, b, [&](std::string_view key, const Json* ia, const Json* ib) {
    if (!strict && !h.cdk_noise.empty() && key == h.cdk_noise) return;
    EntryDiff e;
    e.name = std::string(key);
    if (!ia) {
      e.kind = ChangeKind::kAdded;
      e.new_value = *ib;
    } else if (!ib) {
      e.kind = ChangeKind::kRemoved;
      e.old_value = *ia;
    } else {
      if (ValuesEquivalent(*ia, *ib)) return;
      e.kind = ChangeKind::kModified;
      e.old_value = *ia;
      e.new_value = *ib;
      e.changes = DiffValues(*ia, *ib);
    }
    out->entries.push_back(std::move(e));
  });
}

// `replaced`: logical ids of replaced resources, whose Ref/GetAtt values
// change, so the outputs that read them change too.
void DiffSection(const SectionHandler& h, const Json& a, const Json& b, bool strict,
                 const std::set<std::string>* replaced, std::vector<SectionDiff>* out) {
  SectionDiff section;
  section.name = std::string(h.name);
  // A section that is an object on both sides but declared scalar (or
  // unknown) is still best shown entry by entry.
  bool entries = h.shape == SectionShape::kEntries ||
                 (a.is_object() && b.is_object() && h.name != "Transform");
  if (entries && (a.is_object() || a.is_null()) && (b.is_object() || b.is_null())) {
    DiffEntriesSection(h, a, b, strict, &section);
  } else {
    DiffScalarSection(h.name, a, b, &section);
  }
  if (h.name == "Outputs" && replaced) NoteReplacedInputs(b, *replaced, &section);
  if (h.name == "Outputs") NoteExportChanges(&section);
  if (!section.entries.empty()) out->push_back(std::move(section));
}

}  // namespace

const char* ChangeKindName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kAdded:
      return "added";
    case ChangeKind::kRemoved:
      return "removed";
    case ChangeKind::kModified:
      return "modified";
  }
  return "modified";
}

const char* ImpactName(Impact impact) {
  switch (impact) {
    case Impact::kNone:
      return "none";
    case Impact::kCreate:
      return "create";
    case Impact::kUpdate:
      return "update";
    case Impact::kMayReplace:
      return "may-be-replaced";
    case Impact::kReplace:
      return "replace";
    case Impact::kOrphan:
      return "orphan";
    case Impact::kDestroy:
      return "destroy";
  }
  return "none";
}

bool TemplateDiff::HasReplacement() const {
  return std::any_of(resources.begin(), resources.end(), [](const ResourceDiff& r) {
    return r.impact == Impact::kReplace || r.impact == Impact::kMayReplace;
  });
}

int TemplateDiff::CountImpact(Impact impact) const {
  return static_cast<int>(
      std::count_if(resources.begin(), resources.end(),
                    [impact](const ResourceDiff& r) { return r.impact == impact; }));
}

namespace {

// DiffTemplates of two templates, or of a TemplatePair when same_ids (its
// same_resources) is given.
TemplateDiff Diff(const Json& old_input, const Json& new_input,
                  const std::vector<std::string>& same_ids, const DiffOptions& options) {
  // A LanguageExtensions template is compared as CloudFormation deploys it:
  // loops expanded (a loop that cannot be expanded is compared as written).
  std::optional<Json> old_expanded =
      ExpandLanguageExtensions(old_input, UnexpandedLoops::kKeep, nullptr);
  std::optional<Json> new_expanded =
      ExpandLanguageExtensions(new_input, UnexpandedLoops::kKeep, nullptr);
  const Json& old_template = old_expanded ? *old_expanded : old_input;
  const Json& new_template = new_expanded ? *new_expanded : new_input;
  TemplateDiff diff;
  // Resources first: the Outputs section notes the outputs of replaced ones.
  const Json& old_resources = Section(old_template, "Resources");
  const Json& new_resources = Section(new_template, "Resources");
  // The changed resources of each side, for the IAM and security group
  // passes: resources whose text did not change hold the same statements and
  // rules on both sides.
  ResourceList old_changed, new_changed;
  SameResources same(same_ids, old_resources);
  diff.resources =
      DiffResources(old_resources, new_resources, same, options, &old_changed, &new_changed);
  PropagateReplacement(new_resources, same, options.schemas, &diff.resources);
  std::set<std::string> replaced;
  for (const ResourceDiff& r : diff.resources) {
    if (r.kind == ChangeKind::kModified &&
        (r.impact == Impact::kReplace || r.impact == Impact::kMayReplace)) {
      replaced.insert(r.logical_id);
    }
  }

  for (const SectionHandler& h : kSections) {
    DiffSection(h, Section(old_template, h.name), Section(new_template, h.name), options.strict,
                &replaced, &diff.sections);
  }
  // Sections CloudFormation does not define (or a tool's extensions): by name.
  std::vector<std::string> unknown;
  for (const Json* t : {&old_template, &new_template}) {
    if (!t->is_object()) continue;
    for (auto it = t->begin(); it != t->end(); ++it) {
      bool known = it.key() == "Resources" ||
                   std::any_of(kSections.begin(), kSections.end(),
                               [&](const SectionHandler& h) { return h.name == it.key(); });
      if (!known) unknown.push_back(it.key());
    }
  }
  std::sort(unknown.begin(), unknown.end());
  unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
  for (const std::string& name : unknown) {
    SectionHandler h{name, SectionShape::kScalar, ""};
    DiffSection(h, Section(old_template, name), Section(new_template, name), options.strict,
                nullptr, &diff.sections);
  }

  DiffIamOf(old_changed, new_changed, &diff.security);
  DiffSecurityGroupsOf(old_changed, new_changed, &diff.security);
  return diff;
}

}  // namespace

TemplateDiff DiffTemplates(const Json& old_template, const Json& new_template,
                           const DiffOptions& options) {
  return Diff(old_template, new_template, {}, options);
}

TemplateDiff DiffTemplates(const TemplatePair& templates, const DiffOptions& options) {
  return Diff(templates.old_template, templates.new_template, templates.same_resources, options);
}

}  // namespace cdkpp::diff
