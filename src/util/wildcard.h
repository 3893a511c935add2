#ifndef CDKPP_UTIL_WILDCARD_H_
#define CDKPP_UTIL_WILDCARD_H_

// One wildcard matcher for the two pattern languages cdkpp reads: IAM
// actions and resources ('*' any run, '?' any one character) and DMS table
// mappings ('%' any run).

#include <string_view>

namespace cdkpp::internal {

struct WildcardSyntax {
  char any_run;              // matches any run of characters, the empty one too
  char any_one = '\0';       // matches exactly one character; '\0': none
  bool fold_case = false;    // ASCII letters compare case-insensitively
};

/// Whether the whole of text matches pattern. Greedy, backtracking to the
/// last any_run: linear in practice, O(pattern * text) at worst.
bool WildcardMatch(std::string_view pattern, std::string_view text, WildcardSyntax syntax);

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_WILDCARD_H_
