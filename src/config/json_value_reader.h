#ifndef CDKPP_CONFIG_JSON_VALUE_READER_H_
#define CDKPP_CONFIG_JSON_VALUE_READER_H_

#include <optional>

#include "cdkpp/core/json.h"
#include "config/node_reader.h"

namespace cdkpp::config {

/// A free-form value (DMS task settings, an override's value) as JSON:
/// mappings, lists and scalars under the config's scalar rules (null, true
/// and false, integers, finite numbers, strings). Every nested key's location
/// is recorded, so later errors about it point into the file; duplicate keys
/// and non-finite numbers are errors (nullopt).
std::optional<Json> ReadJsonValue(LoadContext& ctx, const Field& f);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_JSON_VALUE_READER_H_
