#ifndef CDKPP_SRC_VALIDATE_SIMPLE_PATTERN_H_
#define CDKPP_SRC_VALIDATE_SIMPLE_PATTERN_H_

// Most resource-schema patterns are one character class repeated over the
// whole string: ^[a-zA-Z0-9_.-]+$, ^([0-9,. ])*$, ^\d*$, ^[^:]. Matching
// those with a 256-entry table avoids compiling a std::regex, which costs
// ~0.1-1 ms per pattern and dominated validation time.

#include <bitset>
#include <optional>
#include <string>

namespace cdkpp::validate::internal {

struct SimplePattern {
  std::bitset<256> allowed;  // bytes the class accepts (negation applied)
  long long min = 0;         // repetitions of the class at the start
  long long max = -1;        // -1 = unbounded
  bool to_end = true;        // false: only a prefix must match (no $)

  bool Matches(const std::string& value) const;
};

/// The pattern as a SimplePattern when it has the form
/// ^ CLASS QUANT $ (CLASS = [...], ([...]), \d, \w; QUANT = *, +, ?,
/// {m}, {m,}, {m,n}; $ or \Z), or ^ CLASS (prefix); nullopt otherwise.
std::optional<SimplePattern> ParseSimplePattern(const std::string& pattern);

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_SIMPLE_PATTERN_H_
