#ifndef CDKPP_SCHEMA_RESOURCE_SCHEMAS_H_
#define CDKPP_SCHEMA_RESOURCE_SCHEMAS_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdkpp/core/cfn_resource.h"  // TagFormat: one enum for the schema and the L1 layer
#include "cdkpp/core/json.h"

namespace cdkpp {

/// What the CloudFormation resource provider schema says about one property
/// (or one nested property, or the items of an array). $refs are resolved;
/// nesting is kept two levels below the top-level properties.
struct PropertySchema {
  /// JSON schema types: "string", "integer", "number", "boolean", "array",
  /// "object". Empty when the schema does not say. Several when it allows several.
  std::vector<std::string> types;
  /// Allowed values (JSON array) or null when unconstrained.
  Json enum_values;
  std::string pattern;  ///< ECMAScript regex, "" if none.
  std::optional<long long> min_length, max_length;
  std::optional<double> minimum, maximum;
  std::optional<long long> min_items, max_items;
  /// For objects: required nested properties, and the nested properties.
  std::vector<std::string> required;
  std::map<std::string, PropertySchema> properties;
  /// For arrays: the item schema, or null.
  std::shared_ptr<const PropertySchema> items;

  /// True if `type` is one of types (a schema without types allows anything).
  bool Allows(std::string_view type) const;
};

/// The facts cdkpp uses about one resource type.
struct ResourceSchema {
  std::string type_name;
  /// Property paths whose change replaces the resource: "Name", "A/B",
  /// "A/*/B" ("*" = any array index), without the "/properties/" prefix.
  std::vector<std::string> create_only_properties;
  /// Read-only property paths, same form (set by CloudFormation, not by you).
  std::vector<std::string> read_only_properties;
  /// Fn::GetAtt-able attribute names ("Arn", "Endpoint.Address"), sorted.
  std::vector<std::string> attributes;
  /// Required top-level properties, sorted.
  std::vector<std::string> required;
  /// Every top-level property, by name.
  std::map<std::string, PropertySchema> properties;
  bool taggable = false;
  /// kList ([{"Key": k, "Value": v}]) or kMap ({"k": "v"}); kNone if not taggable.
  TagFormat tag_format = TagFormat::kNone;
  std::string tag_property;  ///< "Tags" usually; "" if not taggable.

  /// True if changing the property at `path` (top-level name, or names and
  /// array indexes joined by '/': "StreamEncryption/KeyId", "Rules/0/Id")
  /// replaces the resource: some create-only path equals it or is a prefix of
  /// it ("*" matching any one component).
  bool IsCreateOnly(std::string_view path) const;
  /// True if `name` is an attribute that Fn::GetAtt may read.
  bool HasAttribute(std::string_view name) const;
  /// The top-level property, or nullptr.
  const PropertySchema* FindProperty(std::string_view name) const;
};

/// A read-only catalogue of resource schemas over a compact data file (one
/// "TYPE\tJSON\n" line per type, sorted by type; see docs/schema-data.md).
/// Types are parsed lazily, on first lookup, and cached here: a template that
/// uses 20 types parses 20 lines, not 1,500. Not thread-safe (the cache
/// mutates under const). The data must outlive this object.
class ResourceSchemas {
 public:
  /// Over the data embedded in the binary at build time (data/cfn_schemas.tsv).
  ResourceSchemas();
  /// Over caller-provided data (tests). REQUIRES: lines sorted by type name.
  explicit ResourceSchemas(std::string_view data);
  ResourceSchemas(const ResourceSchemas&) = delete;
  ResourceSchemas& operator=(const ResourceSchemas&) = delete;

  /// The schema of `type_name` ("AWS::Kinesis::Stream"), or nullptr when the
  /// data has no such type (custom resources, third-party or misspelt types).
  const ResourceSchema* Find(std::string_view type_name) const;

  /// Number of types in the data (counts lines; O(size of data)).
  std::size_t TypeCount() const;

 private:
  std::string_view data_;
  mutable std::map<std::string, std::unique_ptr<ResourceSchema>, std::less<>> cache_;
};

/// Splits a schema property path "A/B/*/C" into its components (views into path).
std::vector<std::string_view> SplitSchemaPath(std::string_view path);

}  // namespace cdkpp

#endif  // CDKPP_SCHEMA_RESOURCE_SCHEMAS_H_
