#include "cdkpp/core/json.h"

namespace cdkpp {

std::string SerializeTemplate(const Json& value) {
  // error_handler::strict: a non-UTF-8 string is a bug upstream, never output.
  return value.dump(1, ' ', false, Json::error_handler_t::strict) + "\n";
}

std::string SerializeCanonical(const Json& value) {
  // nlohmann::json (not ordered_json) stores objects in std::map: sorted keys.
  nlohmann::json sorted = nlohmann::json::parse(value.dump());
  return sorted.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

}  // namespace cdkpp
