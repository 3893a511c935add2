#include "cdkpp/core/stack.h"

#include <cctype>
#include <map>
#include <string_view>

#include "cdkpp/core/cfn_element.h"
#include "core/json_writer.h"
#include "core/resolve_context.h"
#include "util/cfn_limits.h"
#include "util/utf8.h"

namespace cdkpp {

std::string CheckStackName(const std::string& name) {
  if (name.empty() || name.size() > 128) return "a stack name has 1 to 128 characters";
  if (!std::isalpha(static_cast<unsigned char>(name[0]))) {
    return "a stack name starts with a letter";
  }
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
      return "a stack name has only letters, digits and hyphens";
    }
  }
  return "";
}

Diagnostics StackProps::Validate() const {
  Diagnostics out;
  if (description.size() > internal::kMaxDescriptionBytes) {
    Diagnostic d =
        Error("description", "expected at most " + std::to_string(internal::kMaxDescriptionBytes) +
                                 " bytes, got " + std::to_string(description.size()));
    d.code = "config.value";
    out.push_back(std::move(d));
  }
  internal::CheckUtf8(&out, "description", description);
  for (const auto& [key, value] : tags) {
    internal::CheckUtf8(&out, "tags", key);
    internal::CheckUtf8(&out, "tags." + key, value);
  }
  return out;
}

Stack::Stack(Construct& scope, std::string id, StackProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  if (std::string problem = CheckStackName(this->id()); !problem.empty()) {
    AddError("invalid stack name \"" + this->id() + "\": " + problem);
  }
  for (auto& d : props_.Validate()) AddError(d.message, d.key_path);
}

void Stack::AddTransform(const std::string& name) {
  for (const auto& t : transforms_) {
    if (t == name) return;
  }
  transforms_.push_back(name);
}

void Stack::AddDependency(const Stack& other) {
  for (const auto& d : dependencies_) {
    if (d == other.stack_name()) return;
  }
  dependencies_.push_back(other.stack_name());
}

Json Stack::BuildTemplate(Diagnostics* diagnostics) const {
  std::vector<const CfnElement*> elements;
  Walk([this, &elements](const Construct& node) {
    auto* element = dynamic_cast<const CfnElement*>(&node);
    if (element != nullptr && element->stack() == this) elements.push_back(element);
  });

  // Ids are computed once: every Ref and GetAtt looks them up.
  internal::ResolveContext::LogicalIds ids;
  ids.reserve(elements.size());
  // Two paths may hash to one id only if someone overrode an id; say which.
  std::map<std::string, const CfnElement*> by_id;
  for (const CfnElement* element : elements) {
    std::string id = element->LogicalId();
    auto [it, inserted] = by_id.emplace(id, element);
    if (!inserted) {
      diagnostics->push_back(Error(
          element->path(), "logical id \"" + id + "\" is already used by " + it->second->path()));
    }
    ids.emplace(element, std::move(id));
  }

  Json template_json = Json::object();
  template_json.get_ref<Json::object_t&>().reserve(6);  // every section, no regrowth
  if (!props_.description.empty()) template_json["Description"] = props_.description;
  if (transforms_.size() == 1) template_json["Transform"] = transforms_[0];
  if (transforms_.size() > 1) template_json["Transform"] = transforms_;
  for (std::string_view section : {"Parameters", "Conditions", "Resources", "Outputs"}) {
    Json entries = Json::object();
    auto& entry_list = entries.get_ref<Json::object_t&>();
    // Reserved up front: growing an ordered_json object copies every entry
    // (its pairs have const keys, so the vector cannot move them).
    entry_list.reserve(elements.size());
    for (const CfnElement* element : elements) {
      if (element->TemplateSection() != section) continue;
      internal::ResolveContext ctx(*this, diagnostics, *element, &ids);
      // Appended, not looked up by key: ids are unique here (a clash is an
      // error above, and then the template is never used).
      entry_list.emplace_back(ids.at(element), element->Render(ctx));
    }
    if (!entries.empty()) template_json[section] = std::move(entries);
  }
  return template_json;
}

Result<Json> Stack::SynthesizeTemplate() const {
  Diagnostics diagnostics;
  Json template_json = BuildTemplate(&diagnostics);
  // The last guard before serializing: a construct outside this library may
  // put any bytes into a property, and CloudFormation reads UTF-8 only.
  CheckTemplateUtf8(template_json, &diagnostics);
  if (HasErrors(diagnostics)) return diagnostics;
  return template_json;
}

Result<SynthesizedTemplate> Stack::Synthesize() const {
  Diagnostics diagnostics;
  SynthesizedTemplate out;
  out.json = BuildTemplate(&diagnostics);
  // The writer checks UTF-8 as it goes: the tree is walked a second time
  // only to name the bad string (or to report it beside other errors).
  if (HasErrors(diagnostics) || !internal::SerializeTemplateTo(out.json, &out.text)) {
    CheckTemplateUtf8(out.json, &diagnostics);
    if (HasErrors(diagnostics)) return diagnostics;
    out.text = SerializeTemplate(out.json);
  }
  return out;
}

void Stack::CheckTemplateUtf8(const Json& template_json, Diagnostics* diagnostics) const {
  if (std::optional<std::string> bad = internal::FindNonUtf8Text(template_json)) {
    diagnostics->push_back(Error(path(), "the template's " + *bad + " is not valid UTF-8"));
  }
}

}  // namespace cdkpp
