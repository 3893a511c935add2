#include "diff/json_string_properties.h"

namespace cdkpp::diff {

std::optional<Json> ParseJsonString(const Json& value) {
  if (!value.is_string()) return std::nullopt;
  const std::string& s = value.get_ref<const std::string&>();
  // Cheap filter first: only text that starts like a container is tried, so
  // ordinary strings never pay for a parse attempt.
  std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || (s[first] != '{' && s[first] != '[')) return std::nullopt;
  Json parsed = Json::parse(s, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !(parsed.is_object() || parsed.is_array())) return std::nullopt;
  return parsed;
}

}  // namespace cdkpp::diff
