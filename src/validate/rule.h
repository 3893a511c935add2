#ifndef CDKPP_SRC_VALIDATE_RULE_H_
#define CDKPP_SRC_VALIDATE_RULE_H_

// The rule engine's private interface: what a rule sees (RuleContext), how it
// reports (Reporter), and the table entry that binds an id to a check.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cdkpp/core/json.h"
#include "cdkpp/schema/resource_schemas.h"
#include "cdkpp/validate/validate.h"
#include "validate/references.h"

namespace cdkpp::validate::internal {

/// One entry of the template's Resources section.
struct ResourceView {
  std::string logical_id;
  std::string type;        // "" when Type is missing or not a string
  const Json* resource;    // the whole entry (never null)
  const Json* properties;  // Properties object, or nullptr
  std::size_t index;       // position in Resources, for sorting
  /// The schema of `type` (nullptr when the catalogue has none), looked up
  /// once per distinct type: several rules need it for every resource.
  const ResourceSchema* schema = nullptr;
};

/// A reference made by a template element (resource, output, condition).
struct ElementReference {
  const char* section;           // "Resources", "Outputs" or "Conditions"
  std::string element;           // the element's logical id or name
  const ResourceView* resource;  // set when section is Resources
  Reference ref;                 // ref.path is relative to the element
  /// The resource ref.target names, or nullptr; looked up once here, as
  /// several rules need it (never set for condition references).
  const ResourceView* target = nullptr;
};

/// A read-only view of one template, built once and shared by all rules.
class RuleContext {
 public:
  /// REQUIRES: root and schemas outlive the context.
  RuleContext(const Json& root, std::size_t template_bytes, const ResourceSchemas& schemas);
  RuleContext(const RuleContext&) = delete;
  RuleContext& operator=(const RuleContext&) = delete;

  const Json& root() const { return root_; }
  /// The named top-level section if it is an object, else nullptr.
  const Json* Section(const char* name) const;
  const std::vector<ResourceView>& resources() const { return resources_; }
  /// Resources of exactly `type`, in template order.
  std::vector<const ResourceView*> OfType(std::string_view type) const;
  /// The resource with that logical id, or nullptr. O(1): rules call it
  /// per reference and per finding, so a linear search made validate
  /// quadratic.
  const ResourceView* Find(std::string_view logical_id) const;
  /// Whether Parameters (Conditions) declares name, in O(log n); the
  /// template's own objects keep file order and search linearly.
  bool HasParameter(std::string_view name) const { return Has(parameters_, name); }
  bool HasCondition(std::string_view name) const { return Has(conditions_, name); }
  std::size_t template_bytes() const { return template_bytes_; }
  const ResourceSchemas& schemas() const { return schemas_; }
  /// Every intrinsic reference in Resources, Outputs and Conditions, found
  /// once when the context is built (several rules share it).
  const std::vector<ElementReference>& references() const { return references_; }
  /// How many dynamic references ({{resolve:...}}) the template's strings
  /// hold, counted in one walk over every value with the next fact.
  std::size_t dynamic_references() const { return dynamic_references_; }
  /// Whether any value of the template is an Fn::FindInMap call: when none
  /// is, the FindInMap rule has nothing to walk for.
  bool uses_find_in_map() const { return uses_find_in_map_; }
  /// Whether the template declares the AWS::Serverless-2016-10-31 (SAM)
  /// transform, which adds resources the rules cannot see.
  bool serverless() const { return serverless_; }
  /// What applying AWS::LanguageExtensions left unexpanded (CDKPP-CFN-020).
  const std::vector<std::string>& transform_notes() const { return transform_notes_; }
  void set_transform_notes(std::vector<std::string> notes) { transform_notes_ = std::move(notes); }

 private:
  const Json& root_;
  std::size_t template_bytes_;
  const ResourceSchemas& schemas_;
  static bool Has(const std::vector<std::string_view>& sorted, std::string_view name);
  // Sets each resource's schema.
  void FindSchemas();
  // Appends a reference with its target resource looked up.
  void AddReference(const char* section, const std::string& element, const ResourceView* resource,
                    Reference ref);
  // Adds the facts about value and everything under it.
  void ScanValues(const Json& value);
  // Sorted names of a section's members (views into root_).
  std::vector<std::string_view> SortedNames(const char* section) const;

  std::vector<ResourceView> resources_;
  // By logical id (views into resources_): rules and the finding sort look
  // ids up thousands of times; a hash is cheaper than sorting and searching.
  std::unordered_map<std::string_view, const ResourceView*> by_id_;
  std::vector<std::string_view> parameters_;
  std::vector<std::string_view> conditions_;
  std::vector<ElementReference> references_;
  bool serverless_ = false;
  std::size_t dynamic_references_ = 0;
  bool uses_find_in_map_ = false;
  std::vector<std::string> transform_notes_;
};

/// Collects findings for the rule being run; the engine fills rule id,
/// severity and fix from the rule's catalog entry.
class Reporter {
 public:
  explicit Reporter(std::vector<Finding>* out) : out_(out) {}
  void set_rule(const RuleInfo* rule) { rule_ = rule; }

  /// A finding about a resource.
  void Report(const ResourceView& resource, std::string property_path, std::string message);
  /// A finding about a non-resource element (output, parameter) or the whole
  /// template (logical_id empty).
  void ReportElement(std::string logical_id, std::string property_path, std::string message);
  /// A resource finding under another rule of the same group, for checks
  /// that find several kinds of problem in one walk (the schema walk).
  /// REQUIRES: rule_id is in the rule table.
  void ReportAs(const char* rule_id, const ResourceView& resource, std::string property_path,
                std::string message);

 private:
  std::vector<Finding>* out_;
  const RuleInfo* rule_ = nullptr;
};

using CheckFn = void (*)(const RuleContext&, Reporter&);

enum class RuleGroup { kTemplate, kSchema, kSecurity, kSuppression };

struct Rule {
  RuleInfo info;
  RuleGroup group;
  CheckFn check;  // nullptr for rules the engine applies itself (suppressions)
};

/// The rule table, in id order (rule_table.cc).
const std::vector<Rule>& Rules();

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_RULE_H_
