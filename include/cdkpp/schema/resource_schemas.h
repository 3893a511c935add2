#ifndef CDKPP_SCHEMA_RESOURCE_SCHEMAS_H_
#define CDKPP_SCHEMA_RESOURCE_SCHEMAS_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "cdkpp/core/cfn_resource.h"  // TagFormat: one enum for the schema and the L1 layer

namespace cdkpp {

// The schemas are compiled into the binary as read-only tables (generated at
// build time from data/cfn_schemas.tsv, docs/schema-data.md). The types below
// are views into them: copying one is copying a few integers, and nothing here
// allocates or parses.

/// A list of strings in the tables (property names, paths), in data order.
class SchemaStringList {
 public:
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;
    explicit Iterator(const std::uint32_t* id) : id_(id) {}
    std::string_view operator*() const;
    Iterator& operator++() {
      ++id_;
      return *this;
    }
    bool operator==(const Iterator& other) const { return id_ == other.id_; }

   private:
    const std::uint32_t* id_;
  };

  constexpr SchemaStringList(std::uint32_t begin, std::uint32_t count)
      : begin_(begin), count_(count) {}
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  std::string_view operator[](std::size_t i) const;
  Iterator begin() const;
  Iterator end() const;
  bool Contains(std::string_view s) const;
  /// A copy, for APIs that take strings (suggestions, messages).
  std::vector<std::string_view> ToVector() const { return {begin(), end()}; }

 private:
  std::uint32_t begin_, count_;  // a run of kStringIds
};

/// One allowed value of an enum: the schemas' enums hold strings and integers.
struct SchemaEnumValue {
  std::uint32_t text_id;
  bool is_string;
  /// The string, or the integer in decimal (as JSON writes it).
  std::string_view text() const;
};

class PropertySchema;

/// The properties of an object (or of a resource type), sorted by name.
class SchemaPropertyList {
 public:
  constexpr SchemaPropertyList(std::uint32_t begin, std::uint32_t count)
      : begin_(begin), count_(count) {}
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  const PropertySchema* begin() const;
  const PropertySchema* end() const;
  /// The property called `name`, or nullptr (binary search).
  const PropertySchema* Find(std::string_view name) const;
  /// The names, for "did you mean" suggestions.
  std::vector<std::string_view> Names() const;

 private:
  std::uint32_t begin_, count_;  // a run of kProperties
};

/// What the CloudFormation resource provider schema says about one property
/// (or one nested property, or the items of an array). $refs are resolved;
/// nesting is kept six levels below the top-level properties (a recursive
/// definition stops at its first repetition). A row of the
/// generated tables: the fields are the table layout, read the accessors.
class PropertySchema {
 public:
  /// Indexes into the bounds, in the generator's order.
  enum Bound { kMinLength, kMaxLength, kMinimum, kMaximum, kMinItems, kMaxItems, kBoundCount };
  enum TypeBit : std::uint8_t {
    kString = 1,
    kInteger = 2,
    kNumber = 4,
    kBoolean = 8,
    kArray = 16,
    kObject = 32
  };

  constexpr PropertySchema(std::uint32_t name, std::uint32_t pattern, std::uint8_t types,
                           std::uint32_t enum_begin, std::uint32_t enum_count,
                           std::uint32_t required_begin, std::uint32_t required_count,
                           std::uint32_t children_begin, std::uint32_t children_count,
                           std::uint32_t items, const std::uint16_t (&bounds)[kBoundCount])
      : name_(name),
        pattern_(pattern),
        enum_begin_(enum_begin),
        required_begin_(required_begin),
        children_begin_(children_begin),
        items_(items),
        enum_count_(static_cast<std::uint16_t>(enum_count)),
        required_count_(static_cast<std::uint16_t>(required_count)),
        children_count_(static_cast<std::uint16_t>(children_count)),
        types_(types),
        bounds_{bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5]} {}

  /// The property name ("" for an array's item schema).
  std::string_view name() const;
  /// True if `type` ("string", "integer", "number", "boolean", "array",
  /// "object") is allowed; a schema without types allows anything.
  bool Allows(std::string_view type) const;
  /// True if the schema states no type.
  bool AnyType() const { return types_ == 0; }
  /// The stated types, in the order above: "string or integer".
  std::vector<std::string_view> Types() const;
  /// Allowed values; empty when unconstrained.
  const SchemaEnumValue* enum_begin() const;
  const SchemaEnumValue* enum_end() const;
  bool HasEnum() const { return enum_count_ != 0; }
  std::string_view pattern() const;  ///< ECMAScript regex, "" if none.
  std::optional<long long> min_length() const { return Integer(kMinLength); }
  std::optional<long long> max_length() const { return Integer(kMaxLength); }
  std::optional<double> minimum() const { return Real(kMinimum); }
  std::optional<double> maximum() const { return Real(kMaximum); }
  std::optional<long long> min_items() const { return Integer(kMinItems); }
  std::optional<long long> max_items() const { return Integer(kMaxItems); }
  /// For objects: required nested properties, and the nested properties.
  SchemaStringList required() const { return {required_begin_, required_count_}; }
  SchemaPropertyList properties() const { return {children_begin_, children_count_}; }
  /// For arrays: the item schema, or nullptr.
  const PropertySchema* items() const;

 private:
  std::optional<double> Real(Bound b) const;
  std::optional<long long> Integer(Bound b) const;

  std::uint32_t name_, pattern_;  // string ids
  std::uint32_t enum_begin_, required_begin_, children_begin_;
  std::uint32_t items_;  // kProperties index + 1; 0 = none
  std::uint16_t enum_count_, required_count_, children_count_;
  std::uint8_t types_;                 // TypeBit mask
  std::uint16_t bounds_[kBoundCount];  // kNumbers indexes; 0 = absent
};

/// The facts cdkpp uses about one resource type (a row of the tables).
class ResourceSchema {
 public:
  constexpr ResourceSchema(std::uint32_t name, SchemaStringList create_only,
                           SchemaStringList read_only, SchemaStringList attributes,
                           SchemaStringList required, std::uint32_t properties_begin,
                           std::uint32_t properties_count, TagFormat tag_format,
                           std::uint32_t tag_property)
      : name_(name),
        create_only_(create_only),
        read_only_(read_only),
        attributes_(attributes),
        required_(required),
        properties_(properties_begin, properties_count),
        tag_property_(tag_property),
        tag_format_(tag_format) {}

  std::string_view type_name() const;
  /// Property paths whose change replaces the resource: "Name", "A/B",
  /// "A/*/B" ("*" = any array index), without the "/properties/" prefix.
  SchemaStringList create_only_properties() const { return create_only_; }
  /// Read-only property paths, same form (set by CloudFormation, not by you).
  SchemaStringList read_only_properties() const { return read_only_; }
  /// Fn::GetAtt-able attribute names ("Arn", "Endpoint.Address"), sorted.
  SchemaStringList attributes() const { return attributes_; }
  /// Required top-level properties.
  SchemaStringList required() const { return required_; }
  /// Every top-level property, sorted by name.
  SchemaPropertyList properties() const { return properties_; }
  bool taggable() const { return tag_format_ != TagFormat::kNone; }
  /// kList ([{"Key": k, "Value": v}]) or kMap ({"k": "v"}); kNone if not taggable.
  TagFormat tag_format() const { return tag_format_; }
  std::string_view tag_property() const;  ///< "Tags" usually; "" if not taggable.

  /// True if changing the property at `path` (top-level name, or names and
  /// array indexes joined by '/': "StreamEncryption/KeyId", "Rules/0/Id")
  /// replaces the resource: some create-only path equals it or is a prefix of
  /// it ("*" matching any one component).
  bool IsCreateOnly(std::string_view path) const;
  /// True if `name` is an attribute that Fn::GetAtt may read (binary search).
  bool HasAttribute(std::string_view name) const;
  /// The top-level property, or nullptr.
  const PropertySchema* FindProperty(std::string_view name) const {
    return properties_.Find(name);
  }

 private:
  std::uint32_t name_;
  SchemaStringList create_only_, read_only_, attributes_, required_;
  SchemaPropertyList properties_;
  std::uint32_t tag_property_;
  TagFormat tag_format_;
};

/// The catalogue of resource schemas compiled into the binary. Stateless and
/// free to construct; lookups are binary searches over static tables.
class ResourceSchemas {
 public:
  /// The schema of `type_name` ("AWS::Kinesis::Stream"), or nullptr when the
  /// data has no such type (custom resources, third-party or misspelt types).
  const ResourceSchema* Find(std::string_view type_name) const;

  /// Number of types in the data.
  std::size_t TypeCount() const;
  /// Every type, sorted by name.
  const ResourceSchema* begin() const;
  const ResourceSchema* end() const;
};

/// Splits a schema property path "A/B/*/C" into its components (views into path).
std::vector<std::string_view> SplitSchemaPath(std::string_view path);

}  // namespace cdkpp

#endif  // CDKPP_SCHEMA_RESOURCE_SCHEMAS_H_
