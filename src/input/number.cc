#include "input/number.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "input/source_text.h"
#include "util/ascii.h"

namespace cdkpp::input {
namespace {

// True when number text that std::from_chars called out of range is too large
// (rather than too small) for a double: its decimal exponent, the position of
// the first significant digit plus the written exponent, is positive.
bool Overflows(std::string_view text) {
  std::size_t mantissa_end = std::min(text.find_first_of("eE"), text.size());
  std::string_view mantissa = text.substr(0, mantissa_end);
  std::size_t point = std::min(mantissa.find('.'), mantissa.size());
  std::size_t first = mantissa.find_first_of("123456789");
  if (first == std::string_view::npos) return false;
  // 10^magnitude <= |mantissa| < 10^(magnitude + 1)
  long long magnitude = first < point ? static_cast<long long>(point - first) - 1
                                      : -static_cast<long long>(first - point);
  std::size_t i = mantissa_end;
  long long exponent = 0;
  if (i < text.size()) {
    ++i;  // the 'e'
    bool negative = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    for (; i < text.size() && internal::IsAsciiDigit(text[i]); ++i) {
      // Saturate: any exponent this long is out of range either way.
      if (exponent < 100000000) exponent = exponent * 10 + (text[i] - '0');
    }
    if (negative) exponent = -exponent;
  }
  return magnitude + exponent > 0;
}

}  // namespace

std::optional<std::string> ReadNumber(std::string_view text, Json* out) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  const char* begin = text.data();
  const char* end = begin + text.size();
  bool integral = text.find_first_of(".eE") == std::string_view::npos;
  if (integral && !text.empty() && text[0] == '-') {
    std::int64_t v = 0;
    auto r = std::from_chars(begin, end, v);
    if (r.ec == std::errc() && r.ptr == end) {
      *out = v;
      return std::nullopt;
    }
  } else if (integral) {
    std::uint64_t v = 0;
    auto r = std::from_chars(begin, end, v);
    if (r.ec == std::errc() && r.ptr == end) {
      *out = v;
      return std::nullopt;
    }
  }
  double d = 0;
  auto r = std::from_chars(begin, end, d);
  if (r.ptr != end) return "invalid number " + Quote(std::string(text));
  if (r.ec == std::errc::result_out_of_range) {
    if (Overflows(text)) {
      return "number " + Quote(std::string(text), 30) +
             " is out of range (the largest is about 1.8e308)";
    }
    d = !text.empty() && text[0] == '-' ? -0.0 : 0.0;
  }
  *out = d;
  return std::nullopt;
}

}  // namespace cdkpp::input
