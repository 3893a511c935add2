#ifndef CDKPP_SRC_DIFF_JSON_STRING_PROPERTIES_H_
#define CDKPP_SRC_DIFF_JSON_STRING_PROPERTIES_H_

#include <optional>

#include "cdkpp/core/json.h"

namespace cdkpp::diff {

/// If `value` is a string whose content is a JSON object or array (DMS
/// TableMappings and ReplicationTaskSettings, IAM policy documents passed as
/// strings, Step Functions definitions...), returns the parsed value.
/// Otherwise (not a string, plain text, invalid JSON) returns nullopt.
std::optional<Json> ParseJsonString(const Json& value);

}  // namespace cdkpp::diff

#endif  // CDKPP_SRC_DIFF_JSON_STRING_PROPERTIES_H_
