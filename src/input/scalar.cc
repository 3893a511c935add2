#include "input/scalar.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "util/ascii.h"

namespace cdkpp::input {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!internal::IsAsciiDigit(c)) return false;
  }
  return true;
}

// Every character of s is in chars (s may be empty).
bool AllOf(std::string_view s, std::string_view chars) {
  return s.find_first_not_of(chars) == std::string_view::npos;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? after the sign is gone.
bool IsDecimalFloat(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && internal::IsAsciiDigit(s[i])) ++i;
  bool int_digits = i > 0;
  bool frac_digits = false;
  if (i < s.size() && s[i] == '.') {
    std::size_t frac_start = ++i;
    while (i < s.size() && internal::IsAsciiDigit(s[i])) ++i;
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

bool IsTrue11(std::string_view s) {
  return IsOneOf(s, "true", "True", "TRUE") || IsOneOf(s, "yes", "Yes", "YES") ||
         IsOneOf(s, "on", "On", "ON");
}

bool IsFalse11(std::string_view s) {
  return IsOneOf(s, "false", "False", "FALSE") || IsOneOf(s, "no", "No", "NO") ||
         IsOneOf(s, "off", "Off", "OFF");
}

constexpr std::string_view kDigitsOrUnderscore = "0123456789_";

// The ":[0-5]?[0-9]" groups of a base-60 number, s starting at the first ':'.
bool IsBase60Tail(std::string_view s) {
  if (s.empty()) return false;
  while (!s.empty()) {
    if (s[0] != ':') return false;
    s.remove_prefix(1);
    std::size_t n = 0;
    while (n < s.size() && n < 2 && internal::IsAsciiDigit(s[n])) ++n;
    if (n == 0 || (n == 2 && s[0] > '5')) return false;
    s.remove_prefix(n);
  }
  return true;
}

// PyYAML's int resolver after the sign: 0b[01_]+ | 0[0-7_]+ | 0 |
// [1-9][0-9_]* | 0x[0-9a-fA-F_]+ | [1-9][0-9_]*(:[0-5]?[0-9])+.
bool IsInt11(std::string_view s) {
  if (s.empty()) return false;
  if (s == "0") return true;
  if (s.size() > 2 && s.substr(0, 2) == "0b") return AllOf(s.substr(2), "01_");
  if (s.size() > 2 && s.substr(0, 2) == "0x") return AllOf(s.substr(2), "0123456789abcdefABCDEF_");
  if (s[0] == '0') return s.size() > 1 && AllOf(s.substr(1), "01234567_");
  if (!internal::IsAsciiDigit(s[0])) return false;
  std::size_t colon = s.find(':');
  if (!AllOf(s.substr(0, colon), kDigitsOrUnderscore)) return false;
  return colon == std::string_view::npos || IsBase60Tail(s.substr(colon));
}

// PyYAML's float resolver after the sign (".inf"/".nan" apart):
// [0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)? |
// [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*.
bool IsFloat11(std::string_view s, bool had_sign) {
  std::size_t dot = s.find('.');
  if (dot == std::string_view::npos) return false;
  std::string_view whole = s.substr(0, dot);
  std::string_view rest = s.substr(dot + 1);
  std::size_t e = rest.find_first_of("eE");
  std::string_view fraction = rest.substr(0, e);
  if (!AllOf(fraction, kDigitsOrUnderscore)) return false;
  std::size_t colon = whole.find(':');
  if (colon != std::string_view::npos) {  // base 60: no exponent
    return e == std::string_view::npos && !whole.empty() && internal::IsAsciiDigit(whole[0]) &&
           AllOf(whole.substr(0, colon), kDigitsOrUnderscore) && IsBase60Tail(whole.substr(colon));
  }
  if (whole.empty() ? (had_sign || fraction.empty()) : !internal::IsAsciiDigit(whole[0]))
    return false;
  if (!AllOf(whole, kDigitsOrUnderscore)) return false;
  if (e == std::string_view::npos) return true;
  std::string_view exponent = rest.substr(e + 1);
  return exponent.size() >= 2 && (exponent[0] == '-' || exponent[0] == '+') &&
         IsDigits(exponent.substr(1));
}

ScalarKind ClassifyConfig(std::string_view text) {
  if (IsOneOf(text, "true", "True", "TRUE") || IsOneOf(text, "false", "False", "FALSE")) {
    return ScalarKind::kBool;
  }
  std::string_view body = text;
  if (body[0] == '-' || body[0] == '+') body.remove_prefix(1);
  if (IsOneOf(body, ".inf", ".Inf", ".INF") ||
      (body.size() == text.size() && IsOneOf(text, ".nan", ".NaN", ".NAN"))) {
    return ScalarKind::kFloat;
  }
  if (IsDigits(body)) return ScalarKind::kInt;
  return IsDecimalFloat(body) ? ScalarKind::kFloat : ScalarKind::kString;
}

ScalarKind ClassifyTemplate(std::string_view text) {
  if (IsTrue11(text) || IsFalse11(text)) return ScalarKind::kBool;
  std::string_view body = text;
  bool had_sign = body[0] == '-' || body[0] == '+';
  if (had_sign) body.remove_prefix(1);
  if (IsInt11(body)) return ScalarKind::kInt;
  return IsFloat11(body, had_sign) ? ScalarKind::kFloat : ScalarKind::kString;
}

// The value of digits (underscores skipped) in base; false on overflow.
bool Accumulate(std::string_view digits, unsigned base, std::uint64_t* value) {
  for (char c : digits) {
    if (c == '_') continue;
    unsigned d = internal::IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
    if (*value > (UINT64_MAX - d) / base) return false;
    *value = *value * base + d;
  }
  return true;
}

// Base-60 "h:m:s[.frac]" as decimal text; the fraction is kept as written.
std::string Base60(std::string_view s) {
  std::size_t dot = s.find('.');
  std::string_view whole = s.substr(0, dot);
  std::uint64_t value = 0;
  while (!whole.empty()) {
    std::size_t colon = whole.find(':');
    std::uint64_t part = 0;
    if (!Accumulate(whole.substr(0, colon), 10, &part)) return "";
    if (value > (UINT64_MAX - part) / 60) return "";
    value = value * 60 + part;
    whole = colon == std::string_view::npos ? "" : whole.substr(colon + 1);
  }
  std::string out = std::to_string(value);
  if (dot != std::string_view::npos) out += s.substr(dot);
  return out;
}

// A YAML 1.1 decimal int or float without sign as JSON spells it: no '_',
// no leading zeros, digits on both sides of the '.' ("1." -> "1.0").
std::string PlainDecimal(std::string_view body) {
  std::string digits;
  for (char c : body) {
    if (c != '_') digits += c;
  }
  std::size_t end = std::min(digits.find_first_of(".eE"), digits.size());
  std::size_t first = std::min(digits.find_first_not_of('0'), end);
  std::string out = digits.substr(first, end - first);
  if (out.empty()) out = "0";
  if (end == digits.size()) return out;
  if (digits[end] == '.') {
    std::size_t e = digits.find_first_of("eE", end);
    std::string fraction = digits.substr(end + 1, e == std::string::npos ? e : e - end - 1);
    out += "." + (fraction.empty() ? std::string("0") : fraction);
    if (e != std::string::npos) out += digits.substr(e);
  } else {
    out += digits.substr(end);
  }
  return out;
}

}  // namespace

ScalarKind ClassifyScalar(std::string_view text, bool plain, ScalarRules rules) {
  if (!plain) return ScalarKind::kString;
  // Most values are words: under either rules, no null, bool or number
  // starts with a letter other than the initials of null, true, yes, on,
  // false, no and off.
  if (!text.empty() && ((text[0] >= 'a' && text[0] <= 'z') || (text[0] >= 'A' && text[0] <= 'Z')) &&
      std::string_view("nNtTyYoOfF").find(text[0]) == std::string_view::npos) {
    return ScalarKind::kString;
  }
  if (text.empty() || text == "~" || IsOneOf(text, "null", "Null", "NULL")) {
    return ScalarKind::kNull;
  }
  return rules == ScalarRules::kConfig ? ClassifyConfig(text) : ClassifyTemplate(text);
}

bool ScalarBool(std::string_view text) { return IsTrue11(text); }

std::string DecimalSpelling(std::string_view text, ScalarRules rules) {
  if (rules == ScalarRules::kConfig) return std::string(text);
  std::string sign = text[0] == '-' ? "-" : "";
  std::string_view body = text;
  if (body[0] == '-' || body[0] == '+') body.remove_prefix(1);
  std::uint64_t value = 0;
  bool ok = true;
  if (body.find(':') != std::string_view::npos) {
    std::string base60 = Base60(body);
    return base60.empty() ? "" : sign + base60;
  } else if (body.size() > 1 && body.substr(0, 2) == "0b") {
    ok = Accumulate(body.substr(2), 2, &value);
  } else if (body.size() > 1 && body.substr(0, 2) == "0x") {
    ok = Accumulate(body.substr(2), 16, &value);
  } else if (body.size() > 1 && body[0] == '0' && body.find('.') == std::string_view::npos) {
    ok = Accumulate(body.substr(1), 8, &value);
  } else {
    return sign + PlainDecimal(body);
  }
  return ok ? sign + std::to_string(value) : "";
}

}  // namespace cdkpp::input
