// The README's config reference, generated from the schema tables.
#include <cctype>

#include "cdkpp/config/config_schema.h"
#include "config/schema/config_schema.h"
#include "config/schema/defaults.h"
#include "config/schema/rule_text.h"

namespace cdkpp {
namespace {

using config::schema::KeySpec;
using config::schema::Kind;
using config::schema::SectionSpec;

std::string Code(const std::string& text) { return "`" + text + "`"; }

std::string Cell(std::string text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string Capitalized(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string TypeText(const KeySpec& key) {
  std::string type;
  switch (key.kind) {
    case Kind::kInteger:
      type = "integer";
      break;
    case Kind::kNumber:
      type = "number";
      break;
    case Kind::kBool:
      type = "bool";
      break;
    case Kind::kString:
    case Kind::kEnum:
      if (key.rule.spellings.empty()) {
        type = "string";
        break;
      }
      for (const auto& s : key.rule.spellings) {
        if (s.listed) type += (type.empty() ? "" : " | ") + Code(s.text);
      }
      break;
    case Kind::kStringList:
      type = "list of string";
      break;
    case Kind::kTags:
      type = "map string -> string";
      break;
    case Kind::kSection:
      type = "mapping";
      break;
    case Kind::kSectionList:
      type = "list of mappings";
      break;
    case Kind::kSectionMap:
      type = "map name -> mapping";
      break;
    case Kind::kJsonObject:
      type = "mapping (any keys)";
      break;
    case Kind::kJsonValue:
      type = "any";
      break;
  }
  return key.nullable ? type + " or null" : type;
}

// A default as YAML would need it written: strings plain unless YAML would
// read them as something else (or they hold a YAML indicator).
std::string ValueText(const Json& value) {
  if (!value.is_string()) return Code(value.dump());
  const std::string& s = value.get<std::string>();
  bool plain = !s.empty() && (std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '/') &&
               s != "true" && s != "false" && s != "null";
  for (char c : s) plain = plain && c != '%' && c != '#' && c != ':' && c != '"';
  return Code(plain ? s : value.dump());
}

std::string DefaultText(const KeySpec& key, const void* defaults) {
  if (key.required) return "required";
  if (!key.default_text.empty()) return key.default_text;
  if (key.layer || key.kind == Kind::kSectionMap) return "none";
  if (key.kind == Kind::kSection) return "see below";
  return ValueText(config::schema::ValueOf(key, defaults));
}

// The doc, then the rule in the words errors use ("An integer from 2 to 6.").
std::string MeaningText(const KeySpec& key) {
  std::string rule;
  if (key.kind == Kind::kInteger) {
    rule = config::schema::Expected(key);
  } else if (key.kind == Kind::kString && key.rule.spellings.empty()) {
    rule = config::schema::ExpectedString(key.rule);
    if (rule == "a string") rule.clear();
  } else if (key.kind == Kind::kStringList && !key.rule.meaning.empty()) {
    rule = "each " + key.rule.meaning;
  } else if (key.kind == Kind::kSectionList) {
    rule = key.rule.meaning;
  }
  return rule.empty() ? key.doc : key.doc + " " + Capitalized(rule) + ".";
}

void AddRows(const SectionSpec& spec, const void* defaults, const std::string& prefix,
             std::string* out) {
  for (const KeySpec& key : spec.keys) {
    *out += "| " + Code(prefix + key.key) + " | " + Cell(TypeText(key)) + " | " +
            Cell(DefaultText(key, defaults)) + " | " + Cell(MeaningText(key)) + " |\n";
    if (key.kind == Kind::kSectionList && key.section->rows_in_parent) {
      std::shared_ptr<const void> item = key.section->make_default();
      AddRows(*key.section, item.get(), prefix + key.key + "[].", out);
    }
  }
}

void AddTable(const std::string& heading, const SectionSpec& spec, const void* defaults,
              std::string* out) {
  *out += "### " + heading + "\n\n";
  *out += "| Key | Type | Default | Meaning and constraints |\n|---|---|---|---|\n";
  AddRows(spec, defaults, "", out);
  *out += "\n";
  for (const KeySpec& key : spec.keys) {
    if (key.kind == Kind::kSectionMap && !key.section->definition.empty()) continue;
    if (key.kind == Kind::kSectionMap) {
      std::shared_ptr<const void> item = key.section->make_default();
      AddTable(Code(key.key + ".<name>"), *key.section, item.get(), out);
    } else if (key.layer) {
      continue;  // stack keys, documented under stacks[]
    } else if (key.kind == Kind::kSection) {
      // An optional section (`existing`) is absent by default: its own defaults.
      const void* inner = key.access.peek(defaults);
      std::shared_ptr<const void> fresh;
      if (inner == nullptr) inner = (fresh = key.section->make_default()).get();
      AddTable(Code(key.section->name), *key.section, inner, out);
    } else if (key.kind == Kind::kSectionList && !key.section->rows_in_parent) {
      std::shared_ptr<const void> item = key.section->make_default();
      AddTable(Code(key.key + "[]"), *key.section, item.get(), out);
    }
  }
}

}  // namespace

std::string ConfigReferenceMarkdown() {
  const SectionSpec& root = config::schema::RootSection();
  std::shared_ptr<const void> defaults = root.make_default();
  std::string out;
  AddTable("Top level", root, defaults.get(), &out);
  out.pop_back();  // one newline at the end
  return out;
}

}  // namespace cdkpp
