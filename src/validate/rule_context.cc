#include <algorithm>
#include <string_view>
#include <utility>

#include "cdkpp/template/language_extensions.h"
#include "validate/json_walk.h"
#include "validate/literal.h"
#include "validate/rule.h"

namespace cdkpp::validate::internal {

RuleContext::RuleContext(const Json& root, std::size_t template_bytes,
                         const ResourceSchemas& schemas)
    : root_(root), template_bytes_(template_bytes), schemas_(schemas) {
  const Json* resources = Section("Resources");
  std::size_t index = 0;
  const Json no_resources = Json::object();
  if (resources == nullptr) resources = &no_resources;
  resources_.reserve(resources->size());
  for (auto it = resources->begin(); it != resources->end(); ++it, ++index) {
    const Json& entry = it.value();
    ResourceView view{it.key(), "", &entry, nullptr, index};
    const Json* type = Get(&entry, "Type");
    if (type != nullptr && type->is_string()) view.type = type->get_ref<const std::string&>();
    const Json* props = Get(&entry, "Properties");
    if (props != nullptr && props->is_object()) view.properties = props;
    resources_.push_back(std::move(view));
  }
  FindSchemas();
  by_id_.reserve(resources_.size());
  for (const auto& r : resources_) by_id_.emplace(r.logical_id, &r);
  serverless_ = HasTransform(root_, "AWS::Serverless-2016-10-31");
  ScanValues(root_);
  parameters_ = SortedNames("Parameters");
  conditions_ = SortedNames("Conditions");
  // Collected after resources_ is complete, so the ResourceView pointers
  // stay valid.
  std::vector<Reference> refs;
  for (const auto& r : resources_) {
    refs.clear();
    CollectReferences(*r.resource, "", &refs);
    for (auto& ref : refs) AddReference("Resources", r.logical_id, &r, std::move(ref));
  }
  for (const char* section : {"Outputs", "Conditions"}) {
    const Json* elements = Section(section);
    if (elements == nullptr) continue;
    for (auto it = elements->begin(); it != elements->end(); ++it) {
      refs.clear();
      CollectReferences(it.value(), "", &refs);
      for (auto& ref : refs) AddReference(section, it.key(), nullptr, std::move(ref));
    }
  }
}

// Templates repeat a few types many times: each distinct type is looked up
// in the catalogue once.
void RuleContext::FindSchemas() {
  std::vector<std::pair<std::string_view, const ResourceSchema*>> seen;
  for (ResourceView& r : resources_) {
    if (r.type.empty()) continue;
    auto it = std::find_if(seen.begin(), seen.end(),
                           [&](const auto& entry) { return entry.first == r.type; });
    if (it == seen.end()) {
      seen.emplace_back(r.type, schemas_.Find(r.type));
      it = seen.end() - 1;
    }
    r.schema = it->second;
  }
}

void RuleContext::AddReference(const char* section, const std::string& element,
                               const ResourceView* resource, Reference ref) {
  const ResourceView* target = ref.kind == Reference::Kind::kCondition ? nullptr : Find(ref.target);
  references_.push_back({section, element, resource, std::move(ref), target});
}

void RuleContext::ScanValues(const Json& value) {
  if (const std::string* text = value.get_ptr<const std::string*>()) {
    constexpr std::string_view kResolve = "{{resolve:";
    const std::string_view s = *text;
    for (std::size_t pos = s.find(kResolve); pos != std::string_view::npos;
         pos = s.find(kResolve, pos + 1)) {
      ++dynamic_references_;
    }
  } else if (const Json::object_t* members = Members(value)) {
    if (members->size() == 1 && members->front().first == std::string_view("Fn::FindInMap")) {
      uses_find_in_map_ = true;
    }
    for (const auto& member : *members) ScanValues(member.second);
  } else if (const Json::array_t* items = Items(value)) {
    for (const Json& item : *items) ScanValues(item);
  }
}

const Json* RuleContext::Section(const char* name) const {
  if (!root_.is_object()) return nullptr;
  auto it = root_.find(name);
  if (it == root_.end() || !it->is_object()) return nullptr;
  return &*it;
}

std::vector<const ResourceView*> RuleContext::OfType(std::string_view type) const {
  std::vector<const ResourceView*> out;
  for (const auto& r : resources_) {
    if (r.type == type) out.push_back(&r);
  }
  return out;
}

const ResourceView* RuleContext::Find(std::string_view logical_id) const {
  auto it = by_id_.find(logical_id);
  return it != by_id_.end() ? it->second : nullptr;
}

std::vector<std::string_view> RuleContext::SortedNames(const char* section) const {
  std::vector<std::string_view> names;
  if (const Json* s = Section(section)) {
    for (auto it = s->begin(); it != s->end(); ++it) names.push_back(it.key());
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool RuleContext::Has(const std::vector<std::string_view>& sorted, std::string_view name) {
  return std::binary_search(sorted.begin(), sorted.end(), name);
}

void Reporter::Report(const ResourceView& resource, std::string property_path,
                      std::string message) {
  Finding f;
  f.code = rule_->id;
  f.severity = rule_->severity;
  f.logical_id = resource.logical_id;
  f.resource_type = resource.type;
  f.key_path = std::move(property_path);
  f.message = std::move(message);
  f.fix = rule_->fix;
  out_->push_back(std::move(f));
}

void Reporter::ReportAs(const char* rule_id, const ResourceView& resource,
                        std::string property_path, std::string message) {
  const RuleInfo* saved = rule_;
  rule_ = FindRule(rule_id);
  Report(resource, std::move(property_path), std::move(message));
  rule_ = saved;
}

void Reporter::ReportElement(std::string logical_id, std::string property_path,
                             std::string message) {
  Finding f;
  f.code = rule_->id;
  f.severity = rule_->severity;
  f.logical_id = std::move(logical_id);
  f.key_path = std::move(property_path);
  f.message = std::move(message);
  f.fix = rule_->fix;
  out_->push_back(std::move(f));
}

}  // namespace cdkpp::validate::internal
