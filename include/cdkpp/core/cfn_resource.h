#ifndef CDKPP_CORE_CFN_RESOURCE_H_
#define CDKPP_CORE_CFN_RESOURCE_H_

#include <string>
#include <vector>

#include "cdkpp/core/cfn_element.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

class CfnCondition;

/// What happens to the physical resource when it leaves the stack or is replaced.
/// Sets both DeletionPolicy and UpdateReplacePolicy, as CDK's applyRemovalPolicy.
enum class RemovalPolicy { kDestroy, kRetain, kSnapshot };

/// How a resource type spells its Tags property: a [{Key, Value}] list, a
/// {key: value} map, or not taggable at all.
enum class TagFormat { kNone, kList, kMap };

/// One CloudFormation resource (the L1 layer): a type, properties, and the
/// resource attributes (DependsOn, policies, Condition, Metadata).
class CfnResource : public CfnElement {
 public:
  /// properties: a map Value (or null for none). tag_format: whether stack
  /// tags apply to this type and how they are written.
  CfnResource(Construct& scope, std::string id, std::string type, Value properties = {},
              TagFormat tag_format = TagFormat::kNone);

  const std::string& type() const { return type_; }
  /// The properties, editable until synthesis (an escape hatch, as CDK's).
  Value& properties() { return properties_; }
  const Value& properties() const { return properties_; }

  /// Makes this resource wait for other (rendered as DependsOn, sorted by
  /// construct path for determinism, duplicates dropped).
  void AddDependency(const CfnResource& other);
  void ApplyRemovalPolicy(RemovalPolicy policy);
  /// The resource exists only when condition is true.
  void SetCondition(const CfnCondition& condition) { condition_ = &condition; }
  /// Adds a Metadata entry besides aws:cdk:path.
  void AddMetadata(const std::string& key, Value value) { metadata_.Set(key, std::move(value)); }
  /// The escape hatch of last resort, as CDK's addOverride: after rendering,
  /// sets value at path in the resource's JSON ("Properties.MigrationType",
  /// "Properties.Tags[0].Value"; dotted, [i] for list items), creating
  /// objects on the way; a null value deletes. Applied in the order added. A
  /// path that does not fit the rendered JSON is a synthesis error.
  void AddOverride(std::string path, Json value);
  TagFormat tag_format() const { return tag_format_; }

  const char* TemplateSection() const override { return "Resources"; }
  Json Render(const internal::ResolveContext& ctx) const override;

 private:
  std::string type_;
  Value properties_;
  TagFormat tag_format_;
  std::vector<const CfnResource*> depends_on_;
  std::optional<RemovalPolicy> removal_policy_;
  const CfnCondition* condition_ = nullptr;
  Value metadata_;
  std::vector<std::pair<std::string, Json>> overrides_;
};

}  // namespace cdkpp

#endif  // CDKPP_CORE_CFN_RESOURCE_H_
