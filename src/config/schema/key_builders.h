#ifndef CDKPP_CONFIG_SCHEMA_KEY_BUILDERS_H_
#define CDKPP_CONFIG_SCHEMA_KEY_BUILDERS_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "config/schema/key_spec.h"

namespace cdkpp::config::schema {

// Declaring a key: one entry in its section's table, e.g.
//
//   Key("maxAzs", CDKPP_MEMBER(PipelineStackProps, vpc.max_azs), Range(2, 6),
//       "Availability zones used; one public and one private subnet in each.")
//
// The kind (integer, bool, string, enum, list, ...) and nullability follow
// from the member's C++ type; the default is the member's initial value in a
// default-constructed props object, so it is written only once, in the props.

/// The member a key fills: a reference into Props, and its path as written
/// (for mapping props Validate() findings back to config keys).
template <typename Props, typename Get>
struct MemberRef {
  Get get;
  const char* path;
};

template <typename Props, typename Get>
MemberRef<Props, Get> Member(Get get, const char* path) {
  return {get, path};
}

/// CDKPP_MEMBER(VpcProps, max_azs): the member p.max_azs of a VpcProps p.
#define CDKPP_MEMBER(Props, path)         \
  ::cdkpp::config::schema::Member<Props>( \
      [](Props & p) -> auto& { return p.path; }, #path)

// Rules, worded once by RuleText().
Rule Range(int64_t min, int64_t max);
Rule AtLeast(int64_t min);
Rule OneOf(std::vector<int64_t> values);
/// Strings from a fixed set (kString members) or an enum's spellings.
Rule Choices(std::vector<Spelling> spellings);
/// A string matching pattern (ECMAScript, anchored by ^...$), at most
/// max_length code points; meaning says in words what matches.
Rule Pattern(std::string pattern, std::size_t max_length, std::string meaning);
/// A string of min_length.. code points; meaning as for Pattern.
Rule Length(std::size_t min_length, std::string meaning);
/// Lists of mappings: at least min items; meaning words it ("at least one
/// table mapping").
Rule MinItems(int64_t min, std::string meaning);
/// Lists of strings: at least min items, each satisfying item.
Rule AtLeastItems(int64_t min, Rule item);
inline Rule NoRule() { return {}; }

/// What the reader stores and loads for a member of type T.
template <typename T, typename = void>
struct ValueTraits;

template <>
struct ValueTraits<int> {
  static constexpr Kind kKind = Kind::kInteger;
  static constexpr bool kNullable = false;
  static void Store(int& t, const Json& v) { t = static_cast<int>(v.get<int64_t>()); }
  static Json Load(const int& t) { return t; }
};
template <>
struct ValueTraits<bool> {
  static constexpr Kind kKind = Kind::kBool;
  static constexpr bool kNullable = false;
  static void Store(bool& t, const Json& v) { t = v.get<bool>(); }
  static Json Load(const bool& t) { return t; }
};
template <>
struct ValueTraits<double> {
  static constexpr Kind kKind = Kind::kNumber;
  static constexpr bool kNullable = false;
  static void Store(double& t, const Json& v) { t = v.get<double>(); }
  static Json Load(const double& t) { return t; }
};
template <>
struct ValueTraits<std::string> {
  static constexpr Kind kKind = Kind::kString;
  static constexpr bool kNullable = false;
  static void Store(std::string& t, const Json& v) { t = v.get<std::string>(); }
  static Json Load(const std::string& t) { return t; }
};
template <>
struct ValueTraits<std::vector<std::string>> {
  static constexpr Kind kKind = Kind::kStringList;
  static constexpr bool kNullable = false;
  static void Store(std::vector<std::string>& t, const Json& v) {
    t = v.get<std::vector<std::string>>();
  }
  static Json Load(const std::vector<std::string>& t) { return Json(t); }
};
template <>
struct ValueTraits<std::map<std::string, std::string>> {
  static constexpr Kind kKind = Kind::kTags;
  static constexpr bool kNullable = false;
  static void Store(std::map<std::string, std::string>& t, const Json& v) {
    for (const auto& [key, value] : v.items()) t[key] = value.get<std::string>();
  }
  static Json Load(const std::map<std::string, std::string>& t) {
    Json out = Json::object();
    for (const auto& [key, value] : t) out[key] = value;
    return out;
  }
};
/// Free-form JSON: any value (null included).
template <>
struct ValueTraits<Json> {
  static constexpr Kind kKind = Kind::kJsonValue;
  static constexpr bool kNullable = true;
  static void Store(Json& t, const Json& v) { t = v; }
  static Json Load(const Json& t) { return t; }
};
/// An unset optional is null in the config.
template <typename T>
struct ValueTraits<std::optional<T>> {
  static constexpr Kind kKind = ValueTraits<T>::kKind;
  static constexpr bool kNullable = true;
  static void Store(std::optional<T>& t, const Json& v) {
    if (v.is_null()) {
      t.reset();
    } else {
      T value{};
      ValueTraits<T>::Store(value, v);
      t = std::move(value);
    }
  }
  static Json Load(const std::optional<T>& t) {
    return t ? ValueTraits<T>::Load(*t) : Json(nullptr);
  }
};
/// Enums are stored as the value of the spelling read.
template <typename E>
struct ValueTraits<E, std::enable_if_t<std::is_enum_v<E>>> {
  static constexpr Kind kKind = Kind::kEnum;
  static constexpr bool kNullable = false;
  static void Store(E& t, const Json& v) { t = static_cast<E>(v.get<int>()); }
  static Json Load(const E& t) { return static_cast<int>(t); }
};

/// The text of spelling value in spellings (the first listed one).
Json EnumText(const std::vector<Spelling>& spellings, const Json& value);

template <typename Props, typename Get>
using MemberType = std::remove_cv_t<std::remove_reference_t<std::invoke_result_t<Get, Props&>>>;

template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};

template <typename Props>
Props& Cast(void* p) {
  return *static_cast<Props*>(p);
}
// Reading a default needs the non-const accessor; nothing is modified.
template <typename Props>
Props& CastConst(const void* p) {
  return *const_cast<Props*>(static_cast<const Props*>(p));
}

/// A scalar, list-of-strings or tags key.
template <typename Props, typename Get>
KeySpec Key(std::string key, MemberRef<Props, Get> member, Rule rule, std::string doc,
            std::string default_text = "") {
  using T = MemberType<Props, Get>;
  using Traits = ValueTraits<T>;
  KeySpec spec;
  spec.key = std::move(key);
  spec.kind = Traits::kKind;
  spec.nullable = Traits::kNullable;
  spec.doc = std::move(doc);
  spec.default_text = std::move(default_text);
  spec.member = member.path;
  Get get = member.get;
  spec.access.store = [get](void* p, const Json& v) { Traits::Store(get(Cast<Props>(p)), v); };
  if (spec.kind == Kind::kEnum) {
    std::vector<Spelling> spellings = rule.spellings;
    spec.access.load = [get, spellings](const void* p) {
      return EnumText(spellings, Traits::Load(get(CastConst<Props>(p))));
    };
  } else {
    spec.access.load = [get](const void* p) { return Traits::Load(get(CastConst<Props>(p))); };
  }
  spec.rule = std::move(rule);
  return spec;
}

/// Narrows a free-form JSON key to mappings (null reads as an empty one).
inline KeySpec ObjectOnly(KeySpec spec) {
  spec.kind = Kind::kJsonObject;
  spec.nullable = false;
  return spec;
}

/// Marks a key required (no default).
inline KeySpec Required(KeySpec spec) {
  spec.required = true;
  return spec;
}

/// A nested mapping read with table section into the member (a struct, or an
/// optional struct engaged when the key is present).
template <typename Props, typename Get>
KeySpec Section(std::string key, MemberRef<Props, Get> member, SectionRef::Getter section,
                std::string doc) {
  using T = MemberType<Props, Get>;
  KeySpec spec;
  spec.key = std::move(key);
  spec.kind = Kind::kSection;
  spec.doc = std::move(doc);
  spec.member = member.path;
  spec.section = SectionRef(section);
  Get get = member.get;
  if constexpr (IsOptional<T>::value) {
    spec.access.open = [get](void* p) -> void* {
      auto& slot = get(Cast<Props>(p));
      if (!slot) slot.emplace();
      return &*slot;
    };
    spec.access.peek = [get](const void* p) -> const void* {
      const auto& slot = get(CastConst<Props>(p));
      return slot ? &*slot : nullptr;
    };
  } else {
    spec.access.open = [get](void* p) -> void* { return &get(Cast<Props>(p)); };
    spec.access.peek = [get](const void* p) -> const void* { return &get(CastConst<Props>(p)); };
  }
  return spec;
}

/// A list of mappings, each read with table item into a fresh element.
template <typename Props, typename Get>
KeySpec SectionList(std::string key, MemberRef<Props, Get> member, SectionRef::Getter item,
                    Rule rule, std::string doc, std::string default_text = "") {
  KeySpec spec;
  spec.key = std::move(key);
  spec.kind = Kind::kSectionList;
  spec.rule = std::move(rule);
  spec.doc = std::move(doc);
  spec.default_text = std::move(default_text);
  spec.member = member.path;
  spec.section = SectionRef(item);
  Get get = member.get;
  spec.access.reset_items = [get](void* p, std::size_t n) {
    auto& list = get(Cast<Props>(p));
    list.assign(n, {});
    std::vector<void*> out;
    for (auto& element : list) out.push_back(&element);
    return out;
  };
  spec.access.items = [get](const void* p) {
    std::vector<const void*> out;
    for (const auto& element : get(CastConst<Props>(p))) out.push_back(&element);
    return out;
  };
  return spec;
}

/// A layer of stack keys merged into the stack entries (KeySpec::layer): a
/// mapping of section's keys (kSection), or a mapping of names to such
/// mappings (kSectionMap). No member: the layer pass reads it.
inline KeySpec Layer(std::string key, Kind kind, SectionRef::Getter section, std::string doc) {
  KeySpec spec;
  spec.key = std::move(key);
  spec.kind = kind;
  spec.layer = true;
  spec.doc = std::move(doc);
  spec.section = SectionRef(section);
  return spec;
}

/// A table's keys, moved into place (a braced list would copy each).
template <typename... Specs>
std::vector<KeySpec> Keys(Specs&&... specs) {
  std::vector<KeySpec> keys;
  keys.reserve(sizeof...(Specs));
  (keys.push_back(std::forward<Specs>(specs)), ...);
  return keys;
}

/// The table of a mapping read into a Props object.
template <typename Props>
SectionSpec Table(std::string name, std::string doc, std::vector<KeySpec> keys) {
  SectionSpec spec;
  spec.name = std::move(name);
  spec.doc = std::move(doc);
  spec.keys = std::move(keys);
  spec.make_default = [] { return std::shared_ptr<void>(std::make_shared<Props>()); };
  Props defaults;
  for (KeySpec& key : spec.keys) {
    if (key.access.load) key.default_value = key.access.load(&defaults);
  }
  return spec;
}

/// Runs Validate() of the member at prefix (e.g. "vpc") when the section is
/// read; its findings are mapped back to the section's keys.
template <typename Props, typename Get>
void ValidateWith(SectionSpec* spec, MemberRef<Props, Get> member) {
  spec->validate_prefix = std::string(member.path) + ".";
  Get get = member.get;
  spec->validate = [get](const void* p) { return get(CastConst<Props>(p)).Validate(); };
}

}  // namespace cdkpp::config::schema

#endif  // CDKPP_CONFIG_SCHEMA_KEY_BUILDERS_H_
