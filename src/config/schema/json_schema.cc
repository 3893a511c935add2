// The config's JSON Schema (draft-07), generated from the schema tables.
#include "cdkpp/config/config_schema.h"
#include "config/schema/config_schema.h"
#include "config/schema/defaults.h"
#include "config/schema/rule_text.h"

namespace cdkpp {
namespace {

using config::schema::KeySpec;
using config::schema::Kind;
using config::schema::Rule;
using config::schema::SectionSpec;

Json ObjectSchema(const SectionSpec& spec, const void* defaults);
Json SectionSchema(const SectionSpec& spec);
Json RefTo(const SectionSpec& spec);

// "integer" or ["integer", "null"].
Json TypeOf(const char* type, bool nullable) {
  if (!nullable) return type;
  return Json::array({type, "null"});
}

void AddIntegerRule(const Rule& rule, Json* out) {
  if (!rule.one_of.empty() && rule.multiple_of) {
    (*out)["anyOf"] =
        Json::array({Json{{"enum", rule.one_of}},
                     Json{{"multipleOf", *rule.multiple_of}, {"minimum", *rule.multiple_of}}});
  } else if (!rule.one_of.empty()) {
    (*out)["enum"] = rule.one_of;
  }
  if (rule.min) (*out)["minimum"] = *rule.min;
  if (rule.max) (*out)["maximum"] = *rule.max;
}

void AddStringRule(const Rule& rule, bool nullable, Json* out) {
  if (!rule.spellings.empty()) {
    Json values = Json::array();
    for (const auto& s : rule.spellings) values.push_back(s.text);
    if (nullable) values.push_back(nullptr);
    (*out)["enum"] = values;
  }
  if (rule.min_length) (*out)["minLength"] = *rule.min_length;
  if (rule.max_length) (*out)["maxLength"] = *rule.max_length;
  if (!rule.pattern.empty()) (*out)["pattern"] = rule.pattern;
}

Json TagsSchema() {
  // null reads as no tags, as an empty section does.
  return Json{
      {"type", Json::array({"object", "null"})},
      {"propertyNames", {{"minLength", 1}, {"maxLength", 128}, {"not", {{"pattern", "^aws:"}}}}},
      {"additionalProperties", {{"type", "string"}, {"maxLength", 256}}}};
}

// The type and rule part of a key's schema.
Json ValueSchema(const KeySpec& key, const void* defaults) {
  Json out = Json::object();
  switch (key.kind) {
    case Kind::kInteger:
      out["type"] = TypeOf("integer", key.nullable);
      AddIntegerRule(key.rule, &out);
      break;
    case Kind::kNumber:
      out["type"] = TypeOf("number", key.nullable);
      break;
    case Kind::kBool:
      out["type"] = TypeOf("boolean", key.nullable);
      break;
    case Kind::kString:
    case Kind::kEnum:
      out["type"] = TypeOf("string", key.nullable);
      AddStringRule(key.rule, key.nullable, &out);
      break;
    case Kind::kStringList: {
      Json item{{"type", "string"}};
      AddStringRule(key.rule, false, &item);
      out = Json{{"type", "array"}, {"items", item}};
      if (key.rule.min_items) out["minItems"] = *key.rule.min_items;
      break;
    }
    case Kind::kTags:
      out = TagsSchema();
      break;
    case Kind::kSection: {
      if (!key.section->definition.empty()) return RefTo(*key.section);
      const void* inner = key.access.peek(defaults);
      std::shared_ptr<const void> fresh;
      if (inner == nullptr) inner = (fresh = key.section->make_default()).get();
      out = ObjectSchema(*key.section, inner);
      out["type"] = Json::array({"object", "null"});  // empty or null: all defaults
      break;
    }
    case Kind::kJsonObject:
      out["type"] = Json::array({"object", "null"});  // null: an empty mapping
      break;
    case Kind::kJsonValue:
      break;  // any JSON value
    case Kind::kSectionList: {
      std::shared_ptr<const void> item = key.section->make_default();
      // null reads as an empty list, which only a list without a minimum takes.
      out["type"] = key.rule.min_items ? Json("array") : Json::array({"array", "null"});
      out["items"] = ObjectSchema(*key.section, item.get());
      if (key.rule.min_items) out["minItems"] = *key.rule.min_items;
      break;
    }
    case Kind::kSectionMap: {
      out["type"] = Json::array({"object", "null"});
      out["additionalProperties"] = SectionSchema(*key.section);
      break;
    }
  }
  return out;
}

Json RefTo(const SectionSpec& spec) { return Json{{"$ref", "#/definitions/" + spec.definition}}; }

// A section with its defaults, empty or null meaning all defaults.
Json SectionSchema(const SectionSpec& spec) {
  if (!spec.definition.empty()) return RefTo(spec);
  std::shared_ptr<const void> fresh = spec.make_default();
  Json out = ObjectSchema(spec, fresh.get());
  out["type"] = Json::array({"object", "null"});
  return out;
}

// Collects the sections written under "definitions", each once.
void CollectDefinitions(const SectionSpec& spec, Json* definitions) {
  for (const KeySpec& key : spec.keys) {
    if (key.section == nullptr) continue;
    const SectionSpec& inner = *key.section;
    if (!inner.definition.empty() && !definitions->contains(inner.definition)) {
      std::shared_ptr<const void> fresh = inner.make_default();
      Json schema = ObjectSchema(inner, fresh.get());
      schema["type"] = Json::array({"object", "null"});
      (*definitions)[inner.definition] = schema;
    }
    CollectDefinitions(inner, definitions);
  }
}

std::string DefaultText(const KeySpec& key, const Json& value) {
  if (!key.default_text.empty()) return key.default_text;
  return "`" + value.dump() + "`";
}

Json KeySchema(const KeySpec& key, const void* defaults) {
  Json out{{"description", key.doc}};
  std::string markdown = key.doc;
  Json value_schema = ValueSchema(key, defaults);
  if (!key.required && key.kind != Kind::kSection && key.kind != Kind::kSectionMap) {
    Json value = config::schema::ValueOf(key, defaults);
    out["default"] = value;
    markdown += "\n\nDefault: " + DefaultText(key, value) + ".";
  }
  std::string expected = config::schema::Expected(key);
  bool says_more = expected != "a string" && expected != "true or false" &&
                   key.kind != Kind::kSection && key.kind != Kind::kTags &&
                   key.kind != Kind::kSectionMap;
  if (says_more) markdown += (key.required ? "\n\n" : " ") + ("Expected: " + expected + ".");
  out["markdownDescription"] = markdown;
  out.update(value_schema);
  return out;
}

Json ObjectSchema(const SectionSpec& spec, const void* defaults) {
  Json properties = Json::object();
  Json required = Json::array();
  for (const KeySpec& key : spec.keys) {
    properties[key.key] = KeySchema(key, defaults);
    if (key.required) required.push_back(key.key);
  }
  Json out{{"type", "object"}, {"description", spec.doc}, {"additionalProperties", false}};
  if (!required.empty()) out["required"] = required;
  out["properties"] = properties;
  Json dependencies = Json::object();
  for (const auto& exclusion : spec.exclusions) {
    Json any = Json::array();
    for (const std::string& other : exclusion.excluded) {
      any.push_back(Json{{"required", Json::array({other})}});
    }
    dependencies[exclusion.key] = {{"not", {{"anyOf", any}}}};
  }
  if (!dependencies.empty()) out["dependencies"] = dependencies;
  return out;
}

}  // namespace

std::string ConfigJsonSchema() {
  const SectionSpec& root = config::schema::RootSection();
  std::shared_ptr<const void> defaults = root.make_default();
  Json schema{{"$schema", "http://json-schema.org/draft-07/schema#"}, {"title", "cdkpp config"}};
  schema.update(ObjectSchema(root, defaults.get()));
  // Top-level keys starting with "x-" hold YAML anchors for the rest of the file.
  schema["patternProperties"] = {{"^x-", Json::object()}};
  Json definitions = Json::object();
  CollectDefinitions(root, &definitions);
  if (!definitions.empty()) schema["definitions"] = definitions;
  return schema.dump(2) + "\n";
}

}  // namespace cdkpp
