#include "cdkpp/core/json.h"

namespace cdkpp {

// Every serializer replaces invalid UTF-8 with U+FFFD instead of throwing
// (nlohmann's strict mode): no exception crosses the public API. Synthesis
// never gets there with such a string: Stack::SynthesizeTemplate rejects it.

std::string SerializeTemplate(const Json& value) {
  return value.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string SerializeCanonical(const Json& value) {
  // nlohmann::json (not ordered_json) stores objects in std::map: sorted keys.
  nlohmann::json sorted = nlohmann::json::parse(SerializeCompact(value));
  return sorted.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string SerializeCompact(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace cdkpp
