#ifndef CDKPP_INPUT_NUMBER_H_
#define CDKPP_INPUT_NUMBER_H_

#include <optional>
#include <string>
#include <string_view>

#include "cdkpp/core/json.h"

namespace cdkpp::input {

/// The value of number text whose grammar the caller has checked (a JSON
/// number, or a YAML int or float without ".inf"/".nan"), one rule for every
/// parser: integers that fit int64 (negative) or uint64 stay integers; other
/// numbers become the nearest double; a magnitude beyond the double range
/// (1e999, a 400-digit integer) is an error, never infinity or 0; a value
/// too small for a double (1e-999) is 0. A leading '+' is allowed. Never
/// throws and never looks at the locale.
///
/// Returns the error message ("number 1e999 is out of range ...") or nothing.
std::optional<std::string> ReadNumber(std::string_view text, Json* out);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_NUMBER_H_
