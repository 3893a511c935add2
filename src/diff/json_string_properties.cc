#include "diff/json_string_properties.h"

#include "input/json_parser.h"

namespace cdkpp::diff {

std::optional<Json> ParseJsonString(const Json& value) {
  if (!value.is_string()) return std::nullopt;
  const std::string& s = value.get_ref<const std::string&>();
  // Cheap filter first: only text that starts like a container is tried, so
  // ordinary strings never pay for a parse attempt.
  std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || (s[first] != '{' && s[first] != '[')) return std::nullopt;
  // The one JSON reader of cdkpp's inputs: its depth limit keeps a string
  // such as "[[[[..." 100,000 levels deep from overflowing the stack of the
  // recursive comparison (nlohmann's parser has no limit).
  Json parsed;
  std::size_t error_offset = 0;
  std::string error;
  if (!input::ParseJsonFast(s, &parsed, &error_offset, &error)) return std::nullopt;
  if (!(parsed.is_object() || parsed.is_array())) return std::nullopt;
  return parsed;
}

}  // namespace cdkpp::diff
