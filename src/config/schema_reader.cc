#include "config/schema_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "config/json_value_reader.h"
#include "config/schema/rule_text.h"

namespace cdkpp::config {
namespace {

using schema::KeySpec;
using schema::Kind;

void TypeError(LoadContext& ctx, const Field& f, const std::string& expected) {
  ctx.Error(kTypeError, f.where, f.path, "expected " + expected + ", got " + Describe(*f.node));
}

void RuleError(LoadContext& ctx, const Field& f, const KeySpec& key, const std::string& got) {
  ctx.Error(kValueError, f.where, f.path, "expected " + schema::Expected(key) + ", got " + got);
}

std::vector<std::string> ListedSpellings(const KeySpec& key) {
  std::vector<std::string> listed;
  for (const schema::Spelling& s : key.rule.spellings) {
    if (s.listed) listed.push_back(s.text);
  }
  return listed;
}

// A plain decimal integer, or a number with no fraction (1e3, 24.0): JSON
// Schema's "integer" accepts both, so the config does too.
std::optional<Json> ReadInteger(LoadContext& ctx, const Field& f, const KeySpec& key) {
  ScalarKind kind = IsScalar(*f.node) ? Classify(*f.node) : ScalarKind::kString;
  if (kind == ScalarKind::kInt) {
    const std::string& s = f.node->value;
    const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
    int64_t value = 0;
    auto [end, ec] = std::from_chars(begin, s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size()) {
      RuleError(ctx, f, key, s);
      return std::nullopt;
    }
    if (!schema::Satisfies(key, value)) {
      RuleError(ctx, f, key, std::to_string(value));
      return std::nullopt;
    }
    return value;
  }
  double number = 0;
  if (kind == ScalarKind::kFloat) {
    const std::string& s = f.node->value;
    const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
    auto [end, ec] = std::from_chars(begin, s.data() + s.size(), number);
    bool integral = ec == std::errc() && end == s.data() + s.size() && std::isfinite(number) &&
                    std::trunc(number) == number && std::fabs(number) < 9.0e15;
    if (integral) {
      auto value = static_cast<int64_t>(number);
      if (!schema::Satisfies(key, value)) {
        RuleError(ctx, f, key, std::to_string(value));
        return std::nullopt;
      }
      return value;
    }
  }
  TypeError(ctx, f, schema::Expected(key));
  return std::nullopt;
}

// A default value (or an item of a default list) satisfies its rule (a test
// checks every one), so it is not matched again.
bool IsDefault(const KeySpec& key, const std::string& value) {
  // Compared in place: Json == std::string would copy value into a Json.
  auto same = [&value](const Json& j) {
    return j.is_string() && j.get_ref<const std::string&>() == value;
  };
  const Json& fallback = key.default_value;
  if (fallback.is_array()) return std::any_of(fallback.begin(), fallback.end(), same);
  return same(fallback);
}

std::optional<Json> ReadStringValue(LoadContext& ctx, const Field& f, const KeySpec& key) {
  bool is_string = IsScalar(*f.node) && Classify(*f.node) == ScalarKind::kString;
  if (!key.rule.spellings.empty()) {
    if (is_string) {
      for (const schema::Spelling& s : key.rule.spellings) {
        if (f.node->value == s.text) return key.kind == Kind::kEnum ? Json(s.value) : Json(s.text);
      }
    }
    ReportBadEnum(ctx, f, ListedSpellings(key));
    return std::nullopt;
  }
  std::string value;
  if (!ReadString(ctx, f, &value)) return std::nullopt;
  if (!IsDefault(key, value) && !schema::Satisfies(key, value)) {
    ctx.Error(kValueError, f.where, f.path,
              "expected " + schema::ExpectedString(key.rule) + ", got " + Describe(*f.node));
    return std::nullopt;
  }
  return value;
}

std::optional<Json> ReadStrings(LoadContext& ctx, const Field& f, const KeySpec& key) {
  if (!IsSequence(*f.node)) {
    TypeError(ctx, f, "a list of strings");
    return std::nullopt;
  }
  Json values = Json::array();
  std::vector<Field> items = ListItems(ctx, f);
  bool ok = !key.rule.min_items || static_cast<int64_t>(items.size()) >= *key.rule.min_items;
  if (!ok) {
    ctx.Error(kValueError, f.where, f.path,
              "expected at least " + std::to_string(*key.rule.min_items) +
                  (*key.rule.min_items == 1 ? " item" : " items") + ", got " +
                  std::to_string(items.size()));
  }
  for (const Field& item : items) {
    std::optional<Json> value = ReadStringValue(ctx, item, key);
    if (value) values.push_back(*value);
    ok = ok && value;
  }
  if (!ok) return std::nullopt;
  return values;
}

// Limits of CloudFormation resource tags.
std::optional<Json> ReadTags(LoadContext& ctx, const Field& f) {
  MappingReader m(ctx, f, "a mapping of tag names to values");
  Json tags = Json::object();
  bool ok = m.ok();
  for (auto& [key, value_field] : m.All()) {
    std::string value;
    if (!ReadString(ctx, value_field, &value)) {
      ok = false;
    } else if (key.empty() || schema::CodePoints(key) > 128) {
      ctx.Error(kValueError, value_field.where, value_field.path,
                "a tag key must be 1 to 128 characters");
      ok = false;
    } else if (key.rfind("aws:", 0) == 0) {
      ctx.Error(kValueError, value_field.where, value_field.path,
                "tag keys starting with \"aws:\" are reserved by AWS");
      ok = false;
    } else if (schema::CodePoints(value) > 256) {
      ctx.Error(kValueError, value_field.where, value_field.path,
                "a tag value must be at most 256 characters");
      ok = false;
    } else {
      tags[key] = value;
    }
  }
  if (!ok) return std::nullopt;
  return tags;
}

// The value of a scalar, string-list or tags key, or nullopt after an error.
std::optional<Json> ReadValue(LoadContext& ctx, const Field& f, const KeySpec& key) {
  bool is_null = !IsMap(*f.node) && !IsSequence(*f.node) && Classify(*f.node) == ScalarKind::kNull;
  if (is_null && key.nullable) return Json(nullptr);
  switch (key.kind) {
    case Kind::kInteger:
      return ReadInteger(ctx, f, key);
    case Kind::kNumber: {
      double value = 0;
      if (!ReadDouble(ctx, f, &value)) return std::nullopt;
      return value;
    }
    case Kind::kBool: {
      bool value = false;
      if (!ReadBool(ctx, f, &value)) return std::nullopt;
      return value;
    }
    case Kind::kString:
    case Kind::kEnum:
      return ReadStringValue(ctx, f, key);
    case Kind::kStringList:
      return ReadStrings(ctx, f, key);
    case Kind::kTags:
      return ReadTags(ctx, f);
    case Kind::kJsonObject:
      if (IsMap(*f.node)) return ReadJsonValue(ctx, f);
      if (!IsSequence(*f.node) && Classify(*f.node) == ScalarKind::kNull) return Json::object();
      TypeError(ctx, f, schema::Expected(key));
      return std::nullopt;
    case Kind::kJsonValue:
      return ReadJsonValue(ctx, f);
    case Kind::kSection:
    case Kind::kSectionList:
    case Kind::kSectionMap:
      break;
  }
  return std::nullopt;
}

void ReadList(LoadContext& ctx, const Field& f, const KeySpec& key, void* props) {
  if (!IsNull(*f.node) && !IsSequence(*f.node)) {
    TypeError(ctx, f, schema::Expected(key));
    return;
  }
  std::vector<Field> items = ListItems(ctx, f);
  if (key.rule.min_items && static_cast<int64_t>(items.size()) < *key.rule.min_items) {
    ctx.Error(kValueError, f.where, f.path, "expected " + key.rule.meaning);
  }
  std::vector<void*> slots = key.access.reset_items(props, items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    ReadTable(ctx, items[i], *key.section, slots[i]);
  }
}

void ReadKey(LoadContext& ctx, const Field& f, const KeySpec& key, void* props) {
  if (key.layer) return;  // merged into the stack entries already (layers.h)
  if (key.kind == Kind::kSection) {
    ReadTable(ctx, f, *key.section, key.access.open(props));
  } else if (key.kind == Kind::kSectionList) {
    ReadList(ctx, f, key, props);
  } else if (std::optional<Json> value = ReadValue(ctx, f, key)) {
    key.access.store(props, *value);
  }
}

// present: the keys read (MappingReader::Found).
void ReportExclusions(LoadContext& ctx, const schema::SectionSpec& spec,
                      const MappingReader& present) {
  for (const schema::Exclusion& rule : spec.exclusions) {
    if (!present.Found(rule.key)) continue;
    for (const std::string& other : rule.excluded) {
      const Field* it = present.Found(other);
      if (it == nullptr) continue;
      ctx.Error(kValueError, it->where, it->path,
                "not allowed together with " + Quote(rule.key) + " (" + rule.reason + ")");
    }
  }
}

std::string JoinPath(const std::string& base, const std::string& relative) {
  if (relative.empty()) return base;
  if (base.empty()) return relative;
  return base + (relative[0] == '[' ? "" : ".") + relative;
}

void ReportValidation(LoadContext& ctx, const Field& f, const schema::SectionSpec& spec,
                      const void* props) {
  for (Diagnostic& d : spec.validate(props)) {
    std::string member = spec.validate_prefix + d.key_path;
    if (d.key_path.empty() && !member.empty()) member.pop_back();  // the trailing "."
    d.key_path = ctx.Resolve(JoinPath(f.path, ConfigPathOfMember(spec, member)));
    SourceLocation where = ctx.LocationOf(d.key_path);
    ctx.Add(std::move(d), where);
  }
}

}  // namespace

void ReadTable(LoadContext& ctx, const Field& f, const schema::SectionSpec& spec, void* props) {
  MappingReader m(ctx, f, spec.what.c_str());
  if (!m.ok()) return;
  std::size_t own_errors = 0;
  for (const KeySpec& key : spec.keys) {
    const Field* field = key.required ? m.Require(key.key) : m.Get(key.key);
    if (!field) {
      // A missing required key: the props hold a placeholder, not a value
      // to check.
      if (key.required) ++own_errors;
      continue;
    }
    std::size_t before = ctx.error_count();
    ReadKey(ctx, *field, key, props);
    if (key.kind != Kind::kSection) own_errors += ctx.error_count() - before;
  }
  std::size_t before = ctx.error_count();
  ReportExclusions(ctx, spec, m);
  own_errors += ctx.error_count() - before;
  m.Finish();
  if (own_errors == 0 && spec.validate) ReportValidation(ctx, f, spec, props);
}

std::string ConfigPathOfMember(const schema::SectionSpec& spec, const std::string& member) {
  for (const KeySpec& key : spec.keys) {
    if (key.layer) continue;  // fills no member
    const std::string& own = key.member;
    if (member == own) return key.key;
    if (member.size() <= own.size() || member.compare(0, own.size(), own) != 0) continue;
    std::string rest = member.substr(own.size());
    bool json = key.kind == Kind::kJsonObject || key.kind == Kind::kJsonValue;
    if (json && (rest[0] == '.' || rest[0] == '[')) return key.key + rest;
    if (key.kind == Kind::kSection && rest[0] == '.') {
      std::string inner = ConfigPathOfMember(*key.section, rest.substr(1));
      if (!inner.empty()) return JoinPath(key.key, inner);
    } else if (key.kind == Kind::kSectionList && rest[0] == '[') {
      std::size_t close = rest.find(']');
      if (close == std::string::npos) continue;
      std::string item = key.key + rest.substr(0, close + 1);
      std::string after = rest.substr(close + 1);
      if (after.empty()) return item;
      if (after[0] != '.') continue;
      std::string inner = ConfigPathOfMember(*key.section, after.substr(1));
      return JoinPath(item, inner);
    }
  }
  return "";
}

}  // namespace cdkpp::config
