#ifndef CDKPP_UTIL_NUMBERS_H_
#define CDKPP_UTIL_NUMBERS_H_

// Checked number conversions for values that come from input (templates,
// configs, schema data). None throws and none has undefined behaviour: a
// value out of range is no value, never a wrapped or truncated one. Unlike
// std::stod and strtod they ignore the locale.

#include <optional>
#include <string_view>

namespace cdkpp::internal {

/// The number `text` spells in full (an optional sign, digits, an optional
/// fraction and exponent), when it is finite as a double: "1e999" and
/// "12abc" give nullopt.
std::optional<double> ParseFiniteDouble(std::string_view text);

/// The integer `text` spells in full (an optional sign, then digits), when it
/// fits in a long long: a 400-digit string gives nullopt.
std::optional<long long> ParseInt64(std::string_view text);

/// d as a long long when d is a whole number in long long's range (1e300,
/// 0.5 and NaN give nullopt): a plain cast of such a value is undefined.
std::optional<long long> ExactInt64(double d);

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_NUMBERS_H_
