#include "cdkpp/schema/resource_schemas.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "schema/schema_tables.h"

namespace cdkpp {
namespace {

using internal::kNumbers;
using internal::kProperties;
using internal::kStringIds;
using internal::kStrings;
using internal::kText;
using internal::kTypeCount;
using internal::kTypes;

std::string_view Text(std::uint32_t id) {
  return std::string_view(kText + kStrings[id].offset, kStrings[id].size);
}

// The JSON schema type names, in TypeBit order.
constexpr std::array<std::string_view, 6> kTypeNames = {"string",  "integer", "number",
                                                        "boolean", "array",   "object"};

// s == name with the length a constant: compiled to a compare or two, where
// std::string_view's operator== was a call per use.
template <std::size_t N>
bool Equals(std::string_view s, const char (&name)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), name, N - 1) == 0;
}

// The validator asks this for every property value it checks (several
// times per value): the names differ in length or first letter.
std::uint8_t TypeBitOf(std::string_view type) {
  switch (type.size()) {
    case 5:
      return Equals(type, "array") ? PropertySchema::kArray : 0;
    case 6:
      if (type[0] == 's') return Equals(type, "string") ? PropertySchema::kString : 0;
      if (type[0] == 'n') return Equals(type, "number") ? PropertySchema::kNumber : 0;
      return Equals(type, "object") ? PropertySchema::kObject : 0;
    case 7:
      if (type[0] == 'i') return Equals(type, "integer") ? PropertySchema::kInteger : 0;
      return Equals(type, "boolean") ? PropertySchema::kBoolean : 0;
    default:
      return 0;
  }
}

// Property lists up to this long are searched front to back.
constexpr std::uint32_t kLinearFindMax = 64;

}  // namespace

std::string_view SchemaStringList::Iterator::operator*() const { return Text(*id_); }

std::string_view SchemaStringList::operator[](std::size_t i) const {
  return Text(kStringIds[begin_ + i]);
}

SchemaStringList::Iterator SchemaStringList::begin() const {
  return Iterator(kStringIds + begin_);
}

SchemaStringList::Iterator SchemaStringList::end() const {
  return Iterator(kStringIds + begin_ + count_);
}

bool SchemaStringList::Contains(std::string_view s) const {
  return std::find(begin(), end(), s) != end();
}

std::string_view SchemaEnumValue::text() const { return Text(text_id); }

const PropertySchema* SchemaPropertyList::begin() const { return kProperties + begin_; }

const PropertySchema* SchemaPropertyList::end() const { return kProperties + begin_ + count_; }

const PropertySchema* SchemaPropertyList::Find(std::string_view name) const {
  // Most lists are short: comparing lengths first rejects nearly every
  // member in a few instructions, where each probe of a binary search
  // compares bytes.
  if (count_ <= kLinearFindMax) {
    for (const PropertySchema& p : *this) {
      if (p.name() == name) return &p;
    }
    return nullptr;
  }
  const PropertySchema* it = std::lower_bound(
      begin(), end(), name, [](const PropertySchema& p, std::string_view n) { return p.name() < n; });
  return it != end() && it->name() == name ? it : nullptr;
}

std::vector<std::string_view> SchemaPropertyList::Names() const {
  std::vector<std::string_view> names;
  names.reserve(count_);
  for (const PropertySchema& p : *this) names.push_back(p.name());
  return names;
}

std::string_view PropertySchema::name() const { return Text(name_); }

bool PropertySchema::Allows(std::string_view type) const {
  return types_ == 0 || (types_ & TypeBitOf(type)) != 0;
}

std::vector<std::string_view> PropertySchema::Types() const {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
    if (types_ & (1u << i)) out.push_back(kTypeNames[i]);
  }
  return out;
}

const SchemaEnumValue* PropertySchema::enum_begin() const {
  return internal::kEnumValues + enum_begin_;
}

const SchemaEnumValue* PropertySchema::enum_end() const { return enum_begin() + enum_count_; }

std::string_view PropertySchema::pattern() const { return Text(pattern_); }

const PropertySchema* PropertySchema::items() const {
  return items_ == 0 ? nullptr : &kProperties[items_ - 1];
}

std::optional<double> PropertySchema::Real(Bound b) const {
  if (bounds_[b] == 0) return std::nullopt;
  return kNumbers[bounds_[b]];
}

std::optional<long long> PropertySchema::Integer(Bound b) const {
  if (bounds_[b] == 0) return std::nullopt;
  return static_cast<long long>(kNumbers[bounds_[b]]);
}

std::string_view ResourceSchema::type_name() const { return Text(name_); }

std::string_view ResourceSchema::tag_property() const { return Text(tag_property_); }

bool ResourceSchema::IsCreateOnly(std::string_view path) const {
  std::vector<std::string_view> parts = SplitSchemaPath(path);
  for (std::string_view create_only : create_only_) {
    std::vector<std::string_view> pattern = SplitSchemaPath(create_only);
    if (pattern.size() > parts.size()) continue;
    bool match = true;
    for (std::size_t i = 0; i < pattern.size() && match; ++i) {
      match = pattern[i] == "*" || pattern[i] == parts[i];
    }
    if (match) return true;
  }
  return false;
}

bool ResourceSchema::HasAttribute(std::string_view name) const {
  return std::binary_search(attributes_.begin(), attributes_.end(), name);
}

const ResourceSchema* ResourceSchemas::Find(std::string_view type_name) const {
  const ResourceSchema* it =
      std::lower_bound(begin(), end(), type_name, [](const ResourceSchema& s, std::string_view n) {
        return s.type_name() < n;
      });
  return it != end() && it->type_name() == type_name ? it : nullptr;
}

std::size_t ResourceSchemas::TypeCount() const { return kTypeCount; }

const ResourceSchema* ResourceSchemas::begin() const { return kTypes; }

const ResourceSchema* ResourceSchemas::end() const { return kTypes + kTypeCount; }

std::vector<std::string_view> SplitSchemaPath(std::string_view path) {
  std::vector<std::string_view> out;
  while (true) {
    std::size_t slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

}  // namespace cdkpp
