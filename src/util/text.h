#ifndef CDKPP_UTIL_TEXT_H_
#define CDKPP_UTIL_TEXT_H_

// Wording helpers every subsystem's messages share, so that a value is
// quoted the same way in a config error, a construct error and a finding.

#include <cstddef>
#include <string>
#include <vector>

namespace cdkpp::internal {

/// s quoted as a JSON string literal (quotes, backslashes and control
/// characters escaped), cut to max_chars code points with "..." when longer.
std::string Quote(const std::string& s, std::size_t max_chars = 60);

/// s with ASCII letters lowercased; other bytes (UTF-8 included) unchanged.
std::string Lowercase(std::string s);

/// s as one word of a POSIX shell command: unchanged when it holds only
/// characters no shell treats specially (letters, digits, _ - . / : = @ % + ,),
/// else in single quotes (a ' inside written as '\''), so a printed command
/// can be pasted as it is.
std::string ShellWord(const std::string& s);

/// The items with ", " between them ("a, b, c"), as message lists read.
std::string JoinComma(const std::vector<std::string>& items);

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_TEXT_H_
