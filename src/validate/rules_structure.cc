// CDKPP-CFN-001 (template shape) and CDKPP-CFN-008 (logical ids).
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

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

void CheckResourceEntry(const ResourceView& r, Reporter& out) {
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
  for (auto it = r.resource->begin(); it != r.resource->end(); ++it) {
    if (!Contains(kResourceAttributes, it.key()) &&
        !(it.key() == "Version" && r.type.rfind("Custom::", 0) == 0)) {
      out.Report(r, it.key(), "unknown resource attribute \"" + it.key() + "\"");
    }
  }
  for (const char* policy : {"DeletionPolicy", "UpdateReplacePolicy"}) {
    auto value = AsString(Get(r.resource, policy));
    if (value && !Contains(kDeletionPolicies, *value)) {
      out.Report(r, policy,
                 std::string(policy) + " \"" + *value +
                     "\" is not one of Delete, Retain, Snapshot, RetainExceptOnCreate");
    }
  }
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
  auto resources = root.find("Resources");
  if (resources == root.end()) {
    out.ReportElement("", "Resources", "template has no Resources section");
  } else if (!resources->is_object()) {
    out.ReportElement("", "Resources", "Resources must be an object");
  } else if (resources->empty()) {
    out.ReportElement("", "Resources", "Resources must declare at least one resource");
  }
  for (const auto& r : ctx.resources()) CheckResourceEntry(r, out);

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
      bool alnum = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0;
      });
      // Conditions are names, not logical ids: any string is accepted.
      if (!alnum && std::string_view(section) != "Conditions") {
        out.ReportElement(
            id, "",
            std::string(section) + " logical id \"" + id + "\" must be alphanumeric (A-Za-z0-9)");
      }
      // Resources, parameters and outputs share one namespace: a Ref could
      // not tell them apart.
      if (std::string_view(section) != "Resources" && std::string_view(section) != "Mappings" &&
          std::string_view(section) != "Conditions" && ctx.Find(id) != nullptr) {
        out.ReportElement(id, "",
                          std::string(section) + " logical id \"" + id +
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

}  // namespace cdkpp::validate::internal
