#include "input/scalar.h"

namespace cdkpp::input {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? after the sign is gone.
bool IsDecimalFloat(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  bool int_digits = i > 0;
  bool frac_digits = false;
  if (i < s.size() && s[i] == '.') {
    std::size_t frac_start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    frac_digits = i > frac_start;
  }
  if (!int_digits && !frac_digits) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    return IsDigits(s.substr(i));
  }
  return i == s.size();
}

bool IsOneOf(std::string_view s, std::string_view a, std::string_view b, std::string_view c) {
  return s == a || s == b || s == c;
}

}  // namespace

ScalarKind ClassifyScalar(std::string_view text, bool plain, ScalarRules rules) {
  if (!plain) return ScalarKind::kString;
  if (text.empty() || text == "~" || IsOneOf(text, "null", "Null", "NULL")) {
    return ScalarKind::kNull;
  }
  if (IsOneOf(text, "true", "True", "TRUE") || IsOneOf(text, "false", "False", "FALSE")) {
    return ScalarKind::kBool;
  }
  std::string_view body = text;
  if (body[0] == '-' || body[0] == '+') body.remove_prefix(1);
  if (IsOneOf(body, ".inf", ".Inf", ".INF") ||
      (body.size() == text.size() && IsOneOf(text, ".nan", ".NaN", ".NAN"))) {
    return rules == ScalarRules::kConfig ? ScalarKind::kFloat : ScalarKind::kString;
  }
  bool is_int = IsDigits(body);
  if (!is_int && !IsDecimalFloat(body)) return ScalarKind::kString;
  bool leading_zero =
      body.size() > 1 && body[0] == '0' && body[1] != '.' && body[1] != 'e' && body[1] != 'E';
  if (leading_zero && rules == ScalarRules::kTemplate) return ScalarKind::kString;
  return is_int ? ScalarKind::kInt : ScalarKind::kFloat;
}

}  // namespace cdkpp::input
