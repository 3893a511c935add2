#ifndef CDKPP_UTIL_BOUNDED_REGEX_H_
#define CDKPP_UTIL_BOUNDED_REGEX_H_

// std::regex_search on input text, without its two ways of failing hard.
// libstdc++'s matcher backtracks recursively, one stack frame per character
// under a repeated group: a 100 kB value against a schema pattern such as
// "^[a-z]+(/[a-z]+)*$" overflows the stack (SIGSEGV); and it throws
// regex_error when a match grows too complex.

#include <cstddef>
#include <optional>
#include <regex>
#include <string>

namespace cdkpp::internal {

/// Longest text given to std::regex (bytes). Far above every length limit of
/// a CloudFormation string pattern; far below the length that overflows the
/// stack (about 100 kB with an 8 MB stack, less with sanitizers).
inline constexpr std::size_t kMaxRegexInput = 4096;

/// Whether re matches somewhere in text, or nullopt when that is unknown:
/// text longer than kMaxRegexInput, or regex_error.
inline std::optional<bool> BoundedRegexSearch(const std::string& text, const std::regex& re) {
  if (text.size() > kMaxRegexInput) return std::nullopt;
  try {
    return std::regex_search(text, re);
  } catch (const std::regex_error&) {
    return std::nullopt;
  }
}

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_BOUNDED_REGEX_H_
