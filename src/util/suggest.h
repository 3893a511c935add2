#ifndef CDKPP_UTIL_SUGGEST_H_
#define CDKPP_UTIL_SUGGEST_H_

#include <cstddef>
#include <string>
#include <vector>

namespace cdkpp::internal {

/// Levenshtein distance (insert, delete, substitute; each costs 1).
std::size_t EditDistance(const std::string& a, const std::string& b);

/// The candidate the user most likely meant by word, or "" when none is
/// close: an exact case-insensitive match first, then a candidate that starts
/// with word (3 or more characters), else the nearest candidate within
/// max(1, length/3) edits (ignoring case). Ties go to the earlier candidate,
/// so suggestions are deterministic.
std::string Suggest(const std::string& word, const std::vector<std::string>& candidates);

/// "; did you mean \"<Suggest(word, candidates)>\"?", or "" when nothing is
/// close or the guess is word itself: the tail every "unknown ..." message
/// shares.
std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_SUGGEST_H_
