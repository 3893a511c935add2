#ifndef CDKPP_UTIL_ASCII_H_
#define CDKPP_UTIL_ASCII_H_

namespace cdkpp::internal {

/// '0'..'9' only: unlike std::isdigit, independent of the locale and safe for
/// any char value (no cast to unsigned char needed).
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

/// A-Z, a-z, 0-9 only: std::isalnum in the "C" locale, without the libc call.
constexpr bool IsAsciiAlnum(char c) {
  return IsAsciiDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_ASCII_H_
