#ifndef CDKPP_CONFIG_SCHEMA_KEY_SPEC_H_
#define CDKPP_CONFIG_SCHEMA_KEY_SPEC_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/json.h"
#include "util/small_regex.h"

namespace cdkpp::config::schema {

// The declared config schema. Every config key is one KeySpec in the table of
// its section (src/config/schema/<section>_keys.cc); the reader, the error
// texts, the README reference, the JSON Schema and the defaults checks are
// all derived from these tables. How to declare a key: key_builders.h.

/// The shape of a key's value.
enum class Kind {
  kString,
  kInteger,
  kNumber,  ///< integer or decimal
  kBool,
  kEnum,         ///< a string from a fixed set of spellings, stored as a C++ enum
  kStringList,   ///< a list of strings; the rule applies to each item
  kTags,         ///< a mapping of AWS tag keys to values
  kSection,      ///< a nested mapping with its own table
  kSectionList,  ///< a list of mappings, each read with the item table
  kSectionMap,   ///< a mapping of free-form names to mappings of the item table
  kJsonObject,   ///< a mapping of any values, kept as JSON (DMS task settings)
  kJsonValue     ///< any value, kept as JSON (an override's value)
};

/// One accepted spelling of an enum. Only listed spellings appear in error
/// messages and the docs; others are aliases (e.g. the CloudFormation spelling).
struct Spelling {
  std::string text;
  int value = 0;
  bool listed = true;
};

/// A Rule's pattern, compiled once on first use (thread-safe). The patterns
/// are of SmallRegex's subset (a test checks); one outside it matches nothing.
class LazyPattern {
 public:
  explicit LazyPattern(std::string pattern) : pattern_(std::move(pattern)) {}
  /// Whether the pattern is found in text (SmallRegex::Search).
  bool Search(std::string_view text) const;

 private:
  std::string pattern_;
  mutable std::once_flag once_;
  mutable std::optional<internal::SmallRegex> regex_;
};

/// What a value must satisfy beyond its kind. Every field is optional; the
/// config layer checks all that are set and words the expectation once
/// (Expected() in rule_text.h).
struct Rule {
  std::optional<int64_t> min;  ///< integers: smallest value
  std::optional<int64_t> max;  ///< integers: largest value
  /// Lists: fewest items ("expected <meaning>" for lists of mappings,
  /// "expected at least N items" for lists of strings).
  std::optional<int64_t> min_items;
  /// Integers: the allowed values (with multiple_of: also any positive
  /// multiple of it).
  std::vector<int64_t> one_of;
  std::optional<int64_t> multiple_of;
  /// Strings: the allowed values (kString) or spellings (kEnum).
  std::vector<Spelling> spellings;
  /// Strings: an ECMAScript regular expression found in the value, as JSON
  /// Schema's "pattern" (unanchored: tables anchor with ^...$). Written into
  /// the JSON Schema as is; checked after max_length.
  std::string pattern;
  /// pattern, compiled on its first match (most values read equal their
  /// default and are not matched); null when there is no pattern.
  std::shared_ptr<const LazyPattern> compiled;
  std::optional<std::size_t> min_length;  ///< strings, in code points
  std::optional<std::size_t> max_length;  ///< strings, in code points
  /// How errors and docs name a value that satisfies the rule, e.g. "a stream
  /// name of 1 to 128 letters, digits, '_', '.' or '-'". Empty: derived.
  std::string meaning;
};

struct SectionSpec;

/// A nested table, built on its first use: a config that leaves a section
/// out never pays for building its table. Reads like a pointer.
class SectionRef {
 public:
  using Getter = const SectionSpec& (*)();
  SectionRef() = default;
  explicit SectionRef(Getter get) : get_(get) {}
  const SectionSpec& operator*() const { return get_(); }
  const SectionSpec* operator->() const { return &get_(); }
  bool operator==(std::nullptr_t) const { return get_ == nullptr; }

 private:
  Getter get_ = nullptr;
};

/// Type-erased access to the member a key fills, inside the props object of
/// its section (the section's `Props`, see key_builders.h).
struct Access {
  /// Stores a checked value: null, bool, integer, number, string, a list of
  /// strings, a string->string object, or (kEnum) the spelling's integer.
  std::function<void(void* props, const Json& value)> store;
  /// The member's current value in the same form (enums as their first
  /// listed spelling; unset optionals as null). Defaults are read this way
  /// from a default-constructed props object.
  std::function<Json(const void* props)> load;
  /// kSection: the nested props object (engaging an optional one).
  std::function<void*(void* props)> open;
  /// kSection: the nested props object, or nullptr when absent.
  std::function<const void*(const void* props)> peek;
  /// kSectionList: replaces the list by n default items and returns them.
  std::function<std::vector<void*>(void* props, std::size_t n)> reset_items;
  /// kSectionList: the current items.
  std::function<std::vector<const void*>(const void* props)> items;
};

/// One config key.
struct KeySpec {
  std::string key;  ///< as written in the config, e.g. "maxAzs"
  Kind kind = Kind::kString;
  bool nullable = false;  ///< null is a value (e.g. "unset"), not a type error
  bool required = false;
  /// A layer of stack keys (`defaults`, an environment's): merged into the
  /// stack entries before they are read (config/layers.h), so the table
  /// reader skips it; it has no member and no access.
  bool layer = false;
  Rule rule;
  std::string doc;  ///< one line, plain text (Markdown code spans allowed)
  /// The README's default column when the value alone would mislead, e.g.
  /// "unset (1 shard)". Empty: the default read from the props.
  std::string default_text;
  /// The props member it fills, as a path from the section's props object
  /// ("vpc.max_azs"); props Validate() findings are mapped back through it.
  std::string member;
  /// The default (Access::load of a default props object; null for
  /// sections). The reader does not match a value equal to it against the
  /// rule: defaults satisfy their rules (a test checks every one).
  Json default_value;
  SectionRef section;  ///< kSection, kSectionList, layers: the nested table
  Access access;
};

/// Keys that must not appear together: when `key` is present, each of
/// `excluded` is an error ("not allowed together with ...").
struct Exclusion {
  std::string key;
  std::vector<std::string> excluded;
  std::string reason;  ///< why, for the message, e.g. "an existing VPC has its own"
};

/// The table of one mapping: a section (vpc), the stack entry, an item of a
/// list (tables[]), or the file's top level.
struct SectionSpec {
  std::string name;  ///< how docs title it: "vpc", "stacks[]", "replication.tables[]"
  std::string doc;   ///< one line for the JSON Schema and README
  /// How a type error words the expected shape ("a mapping", "a mapping with
  /// at least a \"name\"").
  std::string what = "a mapping";
  std::vector<KeySpec> keys;  ///< in reference order (docs, unknown-key lists)
  std::vector<Exclusion> exclusions;
  /// Member path prefix of the props Validate() this section runs, e.g.
  /// "vpc." (empty when validate is unset or validates the whole object).
  std::string validate_prefix;
  /// The props' own Validate(), run when the section's keys had no error;
  /// each finding's key_path names a member below validate_prefix.
  std::function<Diagnostics(const void* props)> validate;
  /// README: print this table's keys as "<list key>[].<key>" rows inside the
  /// parent's table instead of a table of its own.
  bool rows_in_parent = false;
  /// JSON Schema: when set, the section is written once under
  /// "definitions/<definition>" and referred to with "$ref" wherever used.
  std::string definition;
  /// A fresh props object of this section's type, for reading defaults.
  std::function<std::shared_ptr<void>()> make_default;
};

/// The key of spec named key, or nullptr.
const KeySpec* FindKey(const SectionSpec& spec, const std::string& key);

}  // namespace cdkpp::config::schema

#endif  // CDKPP_CONFIG_SCHEMA_KEY_SPEC_H_
