#include "cdkpp/schema/resource_schemas.h"

#include <string.h>  // memrchr (GNU)

#include <algorithm>
#include <cstring>
#include <utility>

#include "schema/schema_data.h"
#include "input/json_parser.h"

namespace cdkpp {
namespace {

std::vector<std::string> StringList(const Json& j) {
  std::vector<std::string> out;
  if (!j.is_array()) return out;
  for (const auto& item : j) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

template <typename T>
std::optional<T> Number(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<T>();
}

PropertySchema ParseProperty(const Json& j) {
  PropertySchema p;
  if (!j.is_object()) return p;
  if (auto t = j.find("t"); t != j.end()) {
    p.types = t->is_string() ? std::vector<std::string>{t->get<std::string>()} : StringList(*t);
  }
  if (auto e = j.find("e"); e != j.end()) p.enum_values = *e;
  if (auto pt = j.find("pt"); pt != j.end() && pt->is_string()) p.pattern = pt->get<std::string>();
  p.min_length = Number<long long>(j, "mnl");
  p.max_length = Number<long long>(j, "mxl");
  p.minimum = Number<double>(j, "mn");
  p.maximum = Number<double>(j, "mx");
  p.min_items = Number<long long>(j, "mni");
  p.max_items = Number<long long>(j, "mxi");
  if (auto q = j.find("q"); q != j.end()) p.required = StringList(*q);
  if (auto props = j.find("p"); props != j.end() && props->is_object()) {
    for (const auto& [name, spec] : props->items()) p.properties.emplace(name, ParseProperty(spec));
  }
  if (auto items = j.find("i"); items != j.end()) {
    p.items = std::make_shared<PropertySchema>(ParseProperty(*items));
  }
  return p;
}


// The type name of the line starting at `start` (up to the tab). Type names
// are short and every line has a tab, so this never scans a long line.
std::string_view LineType(std::string_view data, std::size_t start) {
  std::size_t tab = data.find('\t', start);
  if (tab == std::string_view::npos) tab = data.size();
  return data.substr(start, tab - start);
}

// Lines are long (up to ~100 kB of JSON): memchr/memrchr are vectorized,
// where a byte loop would dominate the lookup.
std::size_t LineStart(std::string_view data, std::size_t pos) {
  if (pos == 0) return 0;
  const void* nl = memrchr(data.data(), '\n', pos);
  return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data.data()) + 1 : 0;
}

std::size_t NextLine(std::string_view data, std::size_t pos) {
  const void* nl = std::memchr(data.data() + pos, '\n', data.size() - pos);
  return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data.data()) + 1
            : data.size();
}

}  // namespace

bool PropertySchema::Allows(std::string_view type) const {
  return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

bool ResourceSchema::IsCreateOnly(std::string_view path) const {
  std::vector<std::string_view> parts = SplitSchemaPath(path);
  for (const std::string& create_only : create_only_properties) {
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
  return std::binary_search(attributes.begin(), attributes.end(), name);
}

const PropertySchema* ResourceSchema::FindProperty(std::string_view name) const {
  auto it = properties.find(std::string(name));
  return it == properties.end() ? nullptr : &it->second;
}

std::optional<ResourceSchema> ParseResourceSchemaEntry(std::string_view type_name,
                                                       std::string_view compact_json) {
  Json j;
  std::size_t offset = 0;
  std::string message;
  if (!input::ParseJsonFast(compact_json, &j, &offset, &message) || !j.is_object()) {
    return std::nullopt;
  }
  ResourceSchema s;
  s.type_name = std::string(type_name);
  s.create_only_properties = StringList(j.value("c", Json::array()));
  s.read_only_properties = StringList(j.value("r", Json::array()));
  s.attributes = StringList(j.value("a", Json::array()));
  std::sort(s.attributes.begin(), s.attributes.end());
  s.required = StringList(j.value("q", Json::array()));
  if (auto props = j.find("p"); props != j.end() && props->is_object()) {
    for (const auto& [name, spec] : props->items()) s.properties.emplace(name, ParseProperty(spec));
  }
  if (j.value("tg", 0) == 1) {
    s.taggable = true;
    s.tag_format = j.value("tf", std::string("list")) == "map" ? TagFormat::kMap : TagFormat::kList;
    s.tag_property = j.value("tp", std::string("Tags"));
  }
  return s;
}

ResourceSchemas::ResourceSchemas() : data_(schema_internal::EmbeddedSchemaData()) {}

ResourceSchemas::ResourceSchemas(std::string_view data) : data_(data) {}

const ResourceSchema* ResourceSchemas::Find(std::string_view type_name) const {
  if (auto it = cache_.find(type_name); it != cache_.end()) return it->second.get();
  // Binary search over the raw bytes: jump to a middle byte, back up to its
  // line start, compare that line's type. No index is built, so a lookup
  // touches only O(log n) lines of the ~2 MB of data.
  std::size_t lo = 0, hi = data_.size();
  std::size_t found = std::string_view::npos;
  while (lo < hi) {
    std::size_t start = LineStart(data_, lo + (hi - lo) / 2);
    if (start < lo) start = lo;
    std::string_view type = LineType(data_, start);
    int cmp = type.compare(type_name);
    if (cmp == 0) {
      found = start;
      break;
    }
    if (cmp < 0) {
      lo = NextLine(data_, start);
    } else {
      hi = start;
    }
  }
  std::unique_ptr<ResourceSchema> schema;
  if (found != std::string_view::npos) {
    std::size_t tab = found + type_name.size();
    std::size_t nl = NextLine(data_, tab);
    if (nl > tab && data_[nl - 1] == '\n') --nl;
    if (tab < data_.size() && data_[tab] == '\t') {
      auto parsed = ParseResourceSchemaEntry(type_name, data_.substr(tab + 1, nl - tab - 1));
      if (parsed) schema = std::make_unique<ResourceSchema>(std::move(*parsed));
    }
  }
  // Misses are cached too, so an unknown type is searched once.
  const ResourceSchema* result = schema.get();
  cache_.emplace(std::string(type_name), std::move(schema));
  return result;
}

std::size_t ResourceSchemas::TypeCount() const {
  return static_cast<std::size_t>(std::count(data_.begin(), data_.end(), '\n'));
}

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
