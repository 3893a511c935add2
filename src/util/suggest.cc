#include "util/suggest.h"

#include <algorithm>

#include "util/text.h"

namespace cdkpp::internal {
std::size_t EditDistance(const std::string& a, const std::string& b) {
  // One row of the classic dynamic-programming table is enough.
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string Suggest(const std::string& word, const std::vector<std::string>& candidates) {
  std::string lower = Lowercase(word);
  for (const auto& candidate : candidates) {
    if (Lowercase(candidate) == lower) return candidate;
  }
  // An abbreviation ("prod" for "production") is as good a guess as a typo.
  if (lower.size() >= 3) {
    for (const auto& candidate : candidates) {
      if (Lowercase(candidate).rfind(lower, 0) == 0) return candidate;
    }
  }
  std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    std::size_t d = EditDistance(lower, Lowercase(candidate));
    if (d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  return best;
}

std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string guess = Suggest(word, candidates);
  return guess.empty() || guess == word ? "" : "; did you mean " + Quote(guess) + "?";
}

}  // namespace cdkpp::internal
