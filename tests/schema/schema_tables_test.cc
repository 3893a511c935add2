// The compiled schema tables (generated at build time by
// tools/gen_schema_tables.py) against the data they come from: every type and
// every fact of data/cfn_schemas.tsv, read here with a JSON parser, must be
// what ResourceSchemas answers.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "cdkpp/core/json.h"
#include "cdkpp/schema/resource_schemas.h"

namespace cdkpp {
namespace {

std::vector<std::string> Strings(const Json& list) {
  std::vector<std::string> out;
  for (const auto& s : list) out.push_back(s.get<std::string>());
  return out;
}

std::vector<std::string> Strings(SchemaStringList list) {
  return {list.begin(), list.end()};
}

std::vector<std::string> SortedKeys(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  return keys;
}

template <typename T>
std::optional<T> Bound(const Json& spec, const char* key) {
  if (!spec.contains(key)) return std::nullopt;
  return spec[key].get<T>();
}

void ExpectProperty(const Json& spec, const PropertySchema& p, const std::string& where) {
  SCOPED_TRACE(where);
  std::vector<std::string> types;
  if (spec.contains("t")) {
    types = spec["t"].is_string() ? std::vector<std::string>{spec["t"].get<std::string>()}
                                  : Strings(spec["t"]);
  }
  for (const char* t : {"string", "integer", "number", "boolean", "array", "object"}) {
    bool listed = std::find(types.begin(), types.end(), t) != types.end();
    EXPECT_EQ(p.Allows(t), types.empty() || listed) << t;
  }
  EXPECT_EQ(p.AnyType(), types.empty());
  std::vector<std::string> enum_texts;
  for (const SchemaEnumValue* e = p.enum_begin(); e != p.enum_end(); ++e) {
    enum_texts.push_back((e->is_string ? "s:" : "n:") + std::string(e->text()));
  }
  std::vector<std::string> expected_enum;
  for (const auto& e : spec.value("e", Json::array())) {
    expected_enum.push_back(e.is_string() ? "s:" + e.get<std::string>() : "n:" + e.dump());
  }
  EXPECT_EQ(enum_texts, expected_enum);
  EXPECT_EQ(p.pattern(), spec.value("pt", ""));
  EXPECT_EQ(p.min_length(), Bound<long long>(spec, "mnl"));
  EXPECT_EQ(p.max_length(), Bound<long long>(spec, "mxl"));
  EXPECT_EQ(p.minimum(), Bound<double>(spec, "mn"));
  EXPECT_EQ(p.maximum(), Bound<double>(spec, "mx"));
  EXPECT_EQ(p.min_items(), Bound<long long>(spec, "mni"));
  EXPECT_EQ(p.max_items(), Bound<long long>(spec, "mxi"));
  EXPECT_EQ(Strings(p.required()), Strings(spec.value("q", Json::array())));
  Json children = spec.value("p", Json::object());
  std::vector<std::string_view> names = p.properties().Names();
  EXPECT_EQ(std::vector<std::string>(names.begin(), names.end()), SortedKeys(children));
  for (const auto& [name, child] : children.items()) {
    const PropertySchema* c = p.properties().Find(name);
    ASSERT_NE(c, nullptr) << name;
    ExpectProperty(child, *c, where + "/" + name);
  }
  ASSERT_EQ(p.items() != nullptr, spec.contains("i"));
  if (spec.contains("i")) ExpectProperty(spec["i"], *p.items(), where + "/[]");
}

TEST(SchemaTablesTest, EveryFactOfTheDataIsInTheTables) {
  std::ifstream in(std::string(CDKPP_SOURCE_DIR) + "/data/cfn_schemas.tsv");
  ASSERT_TRUE(in.good());
  ResourceSchemas schemas;
  std::vector<std::string> names;
  std::string line;
  while (std::getline(in, line)) {
    std::size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos);
    std::string name = line.substr(0, tab);
    names.push_back(name);
    Json entry = Json::parse(line.substr(tab + 1));
    const ResourceSchema* s = schemas.Find(name);
    ASSERT_NE(s, nullptr) << name;
    SCOPED_TRACE(name);
    EXPECT_EQ(s->type_name(), name);
    EXPECT_EQ(Strings(s->create_only_properties()), Strings(entry.value("c", Json::array())));
    EXPECT_EQ(Strings(s->read_only_properties()), Strings(entry.value("r", Json::array())));
    std::vector<std::string> attributes = Strings(entry.value("a", Json::array()));
    std::sort(attributes.begin(), attributes.end());
    EXPECT_EQ(Strings(s->attributes()), attributes);
    for (const auto& a : attributes) EXPECT_TRUE(s->HasAttribute(a)) << a;
    EXPECT_EQ(Strings(s->required()), Strings(entry.value("q", Json::array())));
    bool taggable = entry.value("tg", 0) == 1;
    EXPECT_EQ(s->taggable(), taggable);
    EXPECT_EQ(s->tag_format(), !taggable                              ? TagFormat::kNone
                               : entry.value("tf", "list") == "map" ? TagFormat::kMap
                                                                    : TagFormat::kList);
    EXPECT_EQ(s->tag_property(), taggable ? entry.value("tp", "Tags") : "");
    Json props = entry.value("p", Json::object());
    std::vector<std::string_view> prop_names = s->properties().Names();
    EXPECT_EQ(std::vector<std::string>(prop_names.begin(), prop_names.end()), SortedKeys(props));
    for (const auto& [prop, spec] : props.items()) {
      const PropertySchema* p = s->FindProperty(prop);
      ASSERT_NE(p, nullptr) << prop;
      ExpectProperty(spec, *p, prop);
    }
  }
  EXPECT_EQ(schemas.TypeCount(), names.size());
  std::vector<std::string> table_names;
  for (const ResourceSchema& s : schemas) table_names.emplace_back(s.type_name());
  EXPECT_EQ(table_names, names);  // the data's order, which Find's binary search needs
}

}  // namespace
}  // namespace cdkpp
