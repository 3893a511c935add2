#ifndef CDKPP_SRC_CORE_JSON_WRITER_H_
#define CDKPP_SRC_CORE_JSON_WRITER_H_

#include <string>

#include "cdkpp/core/json.h"

namespace cdkpp::internal {

/// Writes value as SerializeTemplate does into *out (replacing its content)
/// and returns true, or returns false (out unspecified) when a key or string
/// is not valid UTF-8: one pass that both serializes and checks.
bool SerializeTemplateTo(const Json& value, std::string* out);

}  // namespace cdkpp::internal

#endif  // CDKPP_SRC_CORE_JSON_WRITER_H_
