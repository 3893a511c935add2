#ifndef CDKPP_SRC_TEMPLATE_FAST_JSON_PARSER_H_
#define CDKPP_SRC_TEMPLATE_FAST_JSON_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "cdkpp/core/json.h"

namespace cdkpp::template_internal {

/// Parses RFC 8259 JSON text into an ordered Json (keys in file order), in
/// time linear in the input.
///
/// Why not nlohmann's parser: it inserts each object key with a linear search
/// of the ordered_map, grows the map by deep-copying its const-keyed members,
/// and lexes strings a character at a time; together most of `cdkpp diff`'s
/// time on a 500-resource pair. This parser scans strings in runs, collects
/// an object's members before building it at its final size, and checks
/// duplicate keys once per object (the last value wins, at the first key's
/// position, as in nlohmann).
///
/// Numbers: integers that fit in int64 (or uint64) stay integers; others are
/// doubles. Strings must be valid UTF-8 without raw control characters.
/// Nesting deeper than 512 levels is an error (no stack overflow on hostile
/// input).
///
/// Returns false on error, with the 0-based byte offset of the offending
/// character and a message ("expected ':' after an object key, got '}'").
bool ParseJsonFast(std::string_view text, Json* out, std::size_t* error_offset,
                   std::string* error_message);

}  // namespace cdkpp::template_internal

#endif  // CDKPP_SRC_TEMPLATE_FAST_JSON_PARSER_H_
