#ifndef CDKPP_UTIL_SMALL_REGEX_H_
#define CDKPP_UTIL_SMALL_REGEX_H_

// A regular expression of the small ECMAScript subset that hand-written
// tables use, compiled in microseconds and matched without allocation.
// Compiling a std::regex costs ~50-200k instructions per pattern, more than
// reading a whole config; the config schema's patterns are all of this kind.
//
// Supported: literals, '.', escapes \. \\ \- \/ \d \D \s \S \w \W, classes
// [...] and [^...] with ranges, groups (...) (not capturing), alternation |,
// quantifiers * + ? {m} {m,} {m,n} (greedy), anchors ^ and $ (no multiline);
// ASCII patterns only.
// Semantics are those of std::regex_search with ECMAScript syntax on bytes
// (a test compares the two on every pattern of the config tables).

#include <bitset>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdkpp::internal {

class SmallRegex {
 public:
  /// The compiled pattern, or nullopt when it uses syntax outside the subset.
  static std::optional<SmallRegex> Compile(std::string_view pattern);

  /// True when the pattern is found somewhere in text (regex_search). Text
  /// longer than kMaxInput never matches: backtracking is bounded by it.
  bool Search(std::string_view text) const;

  static constexpr std::size_t kMaxInput = 4096;

  /// One element of a sequence: a byte class, an anchor or a group, repeated
  /// min..max times (max -1: unbounded).
  struct Node {
    enum class Type { kClass, kBegin, kEnd, kGroup };
    Type type = Type::kClass;
    std::bitset<256> bytes;                      // kClass
    std::vector<std::vector<Node>> alternatives;  // kGroup
    int min = 1;
    int max = 1;
  };
  using Sequence = std::vector<Node>;

 private:
  explicit SmallRegex(std::vector<Sequence> alternatives)
      : alternatives_(std::move(alternatives)) {}
  std::vector<Sequence> alternatives_;
};

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_SMALL_REGEX_H_
