#include "validate/simple_pattern.h"

#include <cctype>

namespace cdkpp::validate::internal {
namespace {

void AddEscapeClass(char c, std::bitset<256>* set) {
  for (int b = 0; b < 128; ++b) {
    bool in = (c == 'd' && std::isdigit(b)) || (c == 'w' && (std::isalnum(b) || b == '_')) ||
              (c == 's' && std::isspace(b));
    if (in) set->set(static_cast<std::size_t>(b));
  }
}

// Parses "[...]" at pattern[*i]; leaves *i after the ']'.
bool ParseBracket(const std::string& p, std::size_t* i, std::bitset<256>* set) {
  std::size_t k = *i + 1;
  bool negated = k < p.size() && p[k] == '^';
  if (negated) ++k;
  std::bitset<256> s;
  bool first = true;
  while (k < p.size() && (p[k] != ']' || first)) {
    first = false;
    int lo;
    if (p[k] == '\\') {
      if (k + 1 >= p.size()) return false;
      char e = p[k + 1];
      if (e == 'd' || e == 'w' || e == 's') {
        AddEscapeClass(e, &s);
        k += 2;
        continue;
      }
      if (std::isalnum(static_cast<unsigned char>(e))) return false;  // \p{..}, \S, \b...
      lo = static_cast<unsigned char>(e);
      k += 2;
    } else {
      if (p[k] == '[' && k + 1 < p.size() && p[k + 1] == ':') return false;  // [:alpha:]
      lo = static_cast<unsigned char>(p[k]);
      k += 1;
    }
    int hi = lo;
    if (k + 1 < p.size() && p[k] == '-' && p[k + 1] != ']') {
      if (p[k + 1] == '\\') {
        if (k + 2 >= p.size() || std::isalnum(static_cast<unsigned char>(p[k + 2]))) return false;
        hi = static_cast<unsigned char>(p[k + 2]);
        k += 3;
      } else {
        hi = static_cast<unsigned char>(p[k + 1]);
        k += 2;
      }
      if (hi < lo) return false;
    }
    for (int b = lo; b <= hi; ++b) s.set(static_cast<std::size_t>(b));
  }
  if (k >= p.size()) return false;
  *i = k + 1;
  *set = negated ? ~s : s;
  return true;
}

bool ParseQuantifier(const std::string& p, std::size_t* i, long long* min, long long* max) {
  if (*i >= p.size()) return true;  // exactly one
  char c = p[*i];
  if (c == '*' || c == '+' || c == '?') {
    *min = c == '+' ? 1 : 0;
    *max = c == '?' ? 1 : -1;
    ++*i;
    return true;
  }
  if (c != '{') return true;
  auto close = p.find('}', *i);
  if (close == std::string::npos) return false;
  std::string body = p.substr(*i + 1, close - *i - 1);
  auto comma = body.find(',');
  std::string lo = body.substr(0, comma);
  std::string hi = comma == std::string::npos ? lo : body.substr(comma + 1);
  auto digits = [](const std::string& s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos && s.size() < 10;
  };
  if (!digits(lo) || (!hi.empty() && !digits(hi))) return false;
  *min = std::stoll(lo);
  *max = hi.empty() ? -1 : std::stoll(hi);
  *i = close + 1;
  return true;
}

}  // namespace

bool SimplePattern::Matches(const std::string& value) const {
  long long n = 0;
  for (unsigned char c : value) {
    if (!allowed.test(c) || (max >= 0 && n >= max)) break;
    ++n;
  }
  if (n < min) return false;
  return !to_end || n == static_cast<long long>(value.size());
}

std::optional<SimplePattern> ParseSimplePattern(const std::string& p) {
  if (p.empty() || p[0] != '^') return std::nullopt;
  SimplePattern out;
  std::size_t i = 1;
  bool group = i < p.size() && p[i] == '(';
  if (group) ++i;
  if (i < p.size() && p[i] == '[') {
    if (!ParseBracket(p, &i, &out.allowed)) return std::nullopt;
  } else if (i + 1 < p.size() && p[i] == '\\' && (p[i + 1] == 'd' || p[i + 1] == 'w')) {
    AddEscapeClass(p[i + 1], &out.allowed);
    i += 2;
  } else {
    return std::nullopt;
  }
  if (group) {
    if (i >= p.size() || p[i] != ')') return std::nullopt;
    ++i;
  }
  out.min = 1;
  out.max = 1;
  if (!ParseQuantifier(p, &i, &out.min, &out.max)) return std::nullopt;
  if (i == p.size()) {
    // "^[^:]": only the first min characters are constrained.
    out.to_end = false;
    out.max = out.min;
    return out;
  }
  std::string rest = p.substr(i);
  if (rest == "$" || rest == "\\Z" || rest == "\\z") return out;
  return std::nullopt;
}

}  // namespace cdkpp::validate::internal
