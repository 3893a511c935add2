// CDKPP-CFN-001 (template shape) and CDKPP-CFN-008 (logical ids).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "util/suggest.h"
#include "validate/json_walk.h"
#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

constexpr std::array<std::string_view, 10> kSections = {"AWSTemplateFormatVersion",
                                                        "Description",
                                                        "Metadata",
                                                        "Parameters",
                                                        "Rules",
                                                        "Mappings",
                                                        "Conditions",
                                                        "Transform",
                                                        "Resources",
                                                        "Outputs"};

constexpr std::array<std::string_view, 9> kResourceAttributes = {
    "Type",           "Properties",          "DependsOn",      "Condition",   "Metadata",
    "DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy"};

constexpr std::array<std::string_view, 4> kDeletionPolicies = {"Delete", "Retain", "Snapshot",
                                                               "RetainExceptOnCreate"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// SAM's IgnoreGlobals names the Globals a resource does not inherit: "*" or
// keys of the Globals section of its type (Globals.Function for
// AWS::Serverless::Function). SAM rejects anything else, and ignores the
// attribute on a type Globals does not configure.
void CheckIgnoreGlobals(const ResourceView& r, const Json* globals, Reporter& out) {
  constexpr std::string_view kSam = "AWS::Serverless::";
  if (globals == nullptr) return;  // not SAM, or no Globals: the common case
  const Json* ignore = Get(r.resource, "IgnoreGlobals");
  if (ignore == nullptr || r.type.rfind(kSam, 0) != 0) return;
  std::string section_name = r.type.substr(kSam.size());
  const Json* section = Get(globals, section_name);
  if (section == nullptr || !section->is_object()) return;
  if (ignore->is_string() && ignore->get_ref<const std::string&>() == "*") return;
  std::string where = "Globals." + section_name;
  if (!ignore->is_array()) {
    out.Report(r, "IgnoreGlobals", "IgnoreGlobals must be \"*\" or a list of " + where + " keys");
    return;
  }
  std::vector<std::string> keys;
  for (auto it = section->begin(); it != section->end(); ++it) keys.push_back(it.key());
  for (std::size_t i = 0; i < ignore->size(); ++i) {
    const Json& item = (*ignore)[i];
    if (item.is_string() && section->contains(item.get_ref<const std::string&>())) continue;
    std::string text = item.is_string() ? item.get<std::string>() : SerializeCompact(item);
    out.Report(r, "IgnoreGlobals[" + std::to_string(i) + "]",
               "IgnoreGlobals item \"" + text + "\" is not a key of " + where +
                   cdkpp::internal::DidYouMean(text, keys));
  }
}

// `serverless`: the template declares the SAM transform, whose resources may
// carry IgnoreGlobals; SAM removes it.
void CheckResourceEntry(const ResourceView& r, bool serverless, Reporter& out) {
  if (!r.resource->is_object()) {
    out.Report(r, "", "resource must be an object with a Type");
    return;
  }
  const Json* type = Get(r.resource, "Type");
  if (type == nullptr) {
    out.Report(r, "Type", "resource has no Type");
  } else if (!type->is_string()) {
    out.Report(r, "Type", "Type must be a string");
  }
  const Json* props = Get(r.resource, "Properties");
  if (props != nullptr && !props->is_object()) {
    out.Report(r, "Properties", "Properties must be an object");
  }
  for (const auto& [key, value] : *Members(*r.resource)) {
    if (!Contains(kResourceAttributes, key) &&
        !(key == "Version" && r.type.rfind("Custom::", 0) == 0) &&
        !(key == "IgnoreGlobals" && serverless)) {
      out.Report(r, key, "unknown resource attribute \"" + key + "\"");
    }
  }
  for (const char* policy : {"DeletionPolicy", "UpdateReplacePolicy"}) {
    const Json* value = Get(r.resource, policy);
    if (value == nullptr || !value->is_string()) continue;
    const std::string& name = value->get_ref<const std::string&>();
    if (!Contains(kDeletionPolicies, name)) {
      out.Report(r, policy,
                 std::string(policy) + " \"" + name +
                     "\" is not one of Delete, Retain, Snapshot, RetainExceptOnCreate");
    }
  }
}

// "2010-09-09" is the only template format version there is (a YAML date
// or a number is not the string CloudFormation compares with).
void CheckFormatVersion(const Json& root, Reporter& out) {
  auto version = root.find("AWSTemplateFormatVersion");
  if (version == root.end()) return;
  if (version->is_string() && version->get_ref<const std::string&>() == "2010-09-09") return;
  out.ReportElement("", "AWSTemplateFormatVersion",
                    "AWSTemplateFormatVersion " + SerializeCompact(*version) +
                        " is not \"2010-09-09\", the only template format version");
}

// A transform is a macro name or {Name, Parameters}; Transform holds one or a
// list of them.
bool IsTransformDeclaration(const Json& t) {
  if (t.is_string()) return true;
  if (!t.is_object()) return false;
  auto name = t.find("Name");
  if (name == t.end() || !name->is_string()) return false;
  for (auto it = t.begin(); it != t.end(); ++it) {
    if (it.key() != "Name" && it.key() != "Parameters") return false;
  }
  return true;
}

void CheckTransformShape(const Json& root, Reporter& out) {
  auto transform = root.find("Transform");
  if (transform == root.end()) return;
  bool ok = transform->is_array()
                ? std::all_of(transform->begin(), transform->end(), IsTransformDeclaration)
                : IsTransformDeclaration(*transform);
  if (ok) return;
  out.ReportElement("", "Transform",
                    "Transform must be a macro name, an object with Name (and Parameters), or a "
                    "list of them; got " +
                        SerializeCompact(*transform));
}

}  // namespace

void CheckStructure(const RuleContext& ctx, Reporter& out) {
  const Json& root = ctx.root();
  if (!root.is_object()) {
    out.ReportElement("", "", "template must be a JSON or YAML object");
    return;
  }
  for (auto it = root.begin(); it != root.end(); ++it) {
    // SAM's Globals section is consumed by its transform.
    if (!Contains(kSections, it.key()) && !(ctx.serverless() && it.key() == "Globals")) {
      out.ReportElement("", it.key(), "unknown top-level section \"" + it.key() + "\"");
    }
  }
  CheckFormatVersion(root, out);
  CheckTransformShape(root, out);
  auto resources = root.find("Resources");
  if (resources == root.end()) {
    out.ReportElement("", "Resources", "template has no Resources section");
  } else if (!resources->is_object()) {
    out.ReportElement("", "Resources", "Resources must be an object");
  }
  const Json* globals = ctx.serverless() ? ctx.Section("Globals") : nullptr;
  for (const auto& r : ctx.resources()) {
    CheckResourceEntry(r, ctx.serverless(), out);
    CheckIgnoreGlobals(r, globals, out);
  }

  for (const char* section : {"Parameters", "Outputs", "Mappings", "Conditions"}) {
    auto it = root.find(section);
    if (it != root.end() && !it->is_object()) {
      out.ReportElement("", section, std::string(section) + " must be an object");
    }
  }
  if (const Json* outputs = ctx.Section("Outputs")) {
    for (auto it = outputs->begin(); it != outputs->end(); ++it) {
      if (!it->is_object() || !it->contains("Value")) {
        out.ReportElement(it.key(), "Value", "output has no Value");
      }
    }
  }
  if (const Json* params = ctx.Section("Parameters")) {
    for (auto it = params->begin(); it != params->end(); ++it) {
      if (!it->is_object() || !it->contains("Type")) {
        out.ReportElement(it.key(), "Type", "parameter has no Type");
      }
    }
  }
}

void CheckLogicalIds(const RuleContext& ctx, Reporter& out) {
  for (const char* section : {"Resources", "Outputs", "Parameters", "Mappings", "Conditions"}) {
    const Json* elements = ctx.Section(section);
    if (elements == nullptr) continue;
    for (auto it = elements->begin(); it != elements->end(); ++it) {
      const std::string& id = it.key();
      // A-Za-z0-9 spelled out: std::isalnum is a call per character (and
      // the program never leaves the "C" locale, where the two agree).
      bool alnum = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      });
      // Conditions are names, not logical ids: any string is accepted.
      if (!alnum && std::string_view(section) != "Conditions") {
        out.ReportElement(
            id, "",
            std::string(section) + " logical id \"" + id + "\" must be alphanumeric (A-Za-z0-9)");
      }
      // A Ref cannot tell a parameter from a resource of the same name
      // (outputs are not Ref targets: cfn-lint accepts those).
      if (std::string_view(section) == "Parameters" && ctx.Find(id) != nullptr) {
        out.ReportElement(id, "",
                          "Parameters logical id \"" + id +
                              "\" is also a resource's logical id; logical ids must be unique");
      }
      if (id.size() > 255) {
        out.ReportElement(id, "",
                          std::string(section) + " logical id is " + std::to_string(id.size()) +
                              " characters (limit 255)");
      }
    }
  }
}

// "The only required section is the Resources section, which must declare at
// least one resource" (CloudFormation User Guide, template-guide.html), yet
// cfn-lint accepts `Resources: {}` and its own fixtures use it for templates
// that only exercise other sections: a warning, not a shape error. When an
// Fn::ForEach loop could not be expanded, the resources are unknown, and
// CDKPP-CFN-020 already says so.
void CheckResourcesDeclared(const RuleContext& ctx, Reporter& out) {
  const Json* resources = ctx.Section("Resources");
  if (resources == nullptr || !resources->is_object() || !resources->empty()) return;
  if (!ctx.transform_notes().empty()) return;
  out.ReportElement("", "Resources",
                    "Resources declares no resource; CloudFormation creates no stack from this "
                    "template");
}

}  // namespace cdkpp::validate::internal
