#include "config/schema/defaults.h"

namespace cdkpp::config::schema {

Json ValueOf(const KeySpec& key, const void* props) {
  if (key.layer || key.kind == Kind::kSectionMap) return Json::object();  // no member
  if (key.kind == Kind::kSection) {
    const void* inner = key.access.peek(props);
    return inner ? ObjectOf(*key.section, inner) : Json(nullptr);
  }
  if (key.kind == Kind::kSectionList) {
    Json items = Json::array();
    for (const void* item : key.access.items(props)) items.push_back(ObjectOf(*key.section, item));
    return items;
  }
  return key.access.load(props);
}

Json ObjectOf(const SectionSpec& spec, const void* props) {
  Json out = Json::object();
  for (const KeySpec& key : spec.keys) out[key.key] = ValueOf(key, props);
  return out;
}

}  // namespace cdkpp::config::schema
