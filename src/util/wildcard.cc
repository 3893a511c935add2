#include "util/wildcard.h"

#include <cctype>

namespace cdkpp::internal {

bool WildcardMatch(std::string_view pattern, std::string_view text, WildcardSyntax syntax) {
  auto same = [&](char pattern_char, char text_char) {
    if (syntax.any_one != '\0' && pattern_char == syntax.any_one) return true;
    if (!syntax.fold_case) return pattern_char == text_char;
    return std::tolower(static_cast<unsigned char>(pattern_char)) ==
           std::tolower(static_cast<unsigned char>(text_char));
  };
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == syntax.any_run) {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && same(pattern[p], text[t])) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == syntax.any_run) ++p;
  return p == pattern.size();
}

}  // namespace cdkpp::internal
