#ifndef CDKPP_INPUT_LIMITS_H_
#define CDKPP_INPUT_LIMITS_H_

#include <string>

namespace cdkpp::input {

/// Nesting limit of every reader (YAML and JSON): deeper input is an error,
/// never a stack overflow.
inline constexpr int kMaxNesting = 512;

/// The error message for input nested deeper than kMaxNesting.
inline std::string TooDeepMessage() {
  return "nesting is too deep (more than " + std::to_string(kMaxNesting) + " levels)";
}

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_LIMITS_H_
