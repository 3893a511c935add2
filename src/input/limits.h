#ifndef CDKPP_INPUT_LIMITS_H_
#define CDKPP_INPUT_LIMITS_H_

#include <string>

namespace cdkpp::input {

/// Nesting limit of every reader (YAML and JSON): deeper input is an error,
/// never a stack overflow. Below yaml-cpp's own limit (500 parser levels, of
/// which a flow collection spends two), so that the limit and its message
/// are the same for YAML and JSON; real templates nest a few dozen levels.
inline constexpr int kMaxNesting = 200;

/// The error message for input nested deeper than kMaxNesting.
inline std::string TooDeepMessage() {
  return "nesting is too deep (more than " + std::to_string(kMaxNesting) + " levels)";
}

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_LIMITS_H_
