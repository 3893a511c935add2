#include "config/schema/rule_text.h"

#include "util/bounded_regex.h"

namespace cdkpp::config::schema {
namespace {

std::string JoinInts(const std::vector<int64_t>& values) {
  std::string out;
  for (int64_t v : values) out += (out.empty() ? "" : ", ") + std::to_string(v);
  return out;
}

std::string IntegerText(const Rule& rule) {
  if (!rule.one_of.empty() && rule.multiple_of) {
    return JoinInts(rule.one_of) + " or a multiple of " + std::to_string(*rule.multiple_of);
  }
  if (!rule.one_of.empty()) return "one of " + JoinInts(rule.one_of);
  if (rule.min && rule.max) {
    return "an integer from " + std::to_string(*rule.min) + " to " + std::to_string(*rule.max);
  }
  if (rule.min) return "an integer >= " + std::to_string(*rule.min);
  return "an integer";
}

}  // namespace

std::string ExpectedString(const Rule& rule) {
  if (!rule.meaning.empty()) return rule.meaning;
  if (rule.min_length == 1 && !rule.max_length) return "a non-empty string";
  return "a string";
}

namespace {

bool IntegerSatisfies(const Rule& rule, int64_t v) {
  if (rule.min && v < *rule.min) return false;
  if (rule.max && v > *rule.max) return false;
  if (rule.one_of.empty()) return true;
  for (int64_t allowed : rule.one_of) {
    if (v == allowed) return true;
  }
  return rule.multiple_of && v >= *rule.multiple_of && v % *rule.multiple_of == 0;
}

bool StringSatisfies(const Rule& rule, const std::string& s) {
  if (!rule.spellings.empty()) {
    for (const Spelling& spelling : rule.spellings) {
      if (spelling.text == s) return true;
    }
    return false;
  }
  std::size_t length = CodePoints(s);
  if (rule.min_length && length < *rule.min_length) return false;
  if (rule.max_length && length > *rule.max_length) return false;
  return !rule.compiled || rule.compiled->Search(s);
}

}  // namespace

std::size_t CodePoints(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Expected(const KeySpec& key) {
  switch (key.kind) {
    case Kind::kInteger:
      return IntegerText(key.rule);
    case Kind::kNumber:
      return "a finite number";
    case Kind::kBool:
      return "true or false";
    case Kind::kString:
    case Kind::kEnum:
      return ExpectedString(key.rule);
    case Kind::kStringList:
      return "a list of strings";
    case Kind::kTags:
      return "a mapping of tag names to values";
    case Kind::kSection:
      return key.section->what;
    case Kind::kSectionList:
      return key.rule.meaning.empty() ? "a list" : key.rule.meaning;
    case Kind::kSectionMap:
      return "a mapping of names to mappings";
    case Kind::kJsonObject:
      return "a mapping";
    case Kind::kJsonValue:
      return "any value";
  }
  return "";
}

bool Satisfies(const KeySpec& key, const Json& value) {
  if (value.is_number_integer()) return IntegerSatisfies(key.rule, value.get<int64_t>());
  if (value.is_string()) return StringSatisfies(key.rule, value.get_ref<const std::string&>());
  return true;
}

bool Satisfies(const KeySpec& key, const std::string& value) {
  return StringSatisfies(key.rule, value);
}

}  // namespace cdkpp::config::schema
