#ifndef CDKPP_CONFIG_SUGGEST_H_
#define CDKPP_CONFIG_SUGGEST_H_

#include <cstddef>
#include <string>
#include <vector>

namespace cdkpp::config {

/// Levenshtein distance (insert, delete, substitute; each costs 1).
std::size_t EditDistance(const std::string& a, const std::string& b);

/// The candidate the user most likely meant by word, or "" when none is
/// close: an exact case-insensitive match first, then a candidate that starts
/// with word (3 or more characters), else the nearest candidate within
/// max(1, length/3) edits (ignoring case). Ties go to the earlier candidate,
/// so suggestions are deterministic.
std::string Suggest(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_SUGGEST_H_
