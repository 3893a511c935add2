#include "util/numbers.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace cdkpp::internal {
namespace {

// from_chars accepts a leading '-' but not '+'.
std::string_view WithoutPlus(std::string_view text) {
  if (text.size() > 1 && text[0] == '+' && text[1] != '-') text.remove_prefix(1);
  return text;
}

template <typename T>
std::optional<T> ParseWhole(std::string_view text) {
  text = WithoutPlus(text);
  T value{};
  const char* end = text.data() + text.size();
  auto [stop, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || stop != end) return std::nullopt;
  return value;
}

}  // namespace

std::optional<double> ParseFiniteDouble(std::string_view text) {
  std::optional<double> value = ParseWhole<double>(text);
  if (!value || !std::isfinite(*value)) return std::nullopt;
  return value;
}

std::optional<long long> ParseInt64(std::string_view text) { return ParseWhole<long long>(text); }

std::optional<long long> ExactInt64(double d) {
  // 2^63 is exact as a double; every double below it in magnitude that is
  // whole converts exactly.
  constexpr double kLimit = 9223372036854775808.0;
  if (!(d >= -kLimit && d < kLimit) || d != std::trunc(d)) return std::nullopt;
  return static_cast<long long>(d);
}

}  // namespace cdkpp::internal
