#include "input/json_as_yaml.h"

#include <algorithm>
#include <cstdio>

namespace cdkpp::input {
namespace {

// The value of four hex digits at text[i..i+4), or -1.
long Hex4(const std::string& text, std::size_t i) {
  if (i + 4 > text.size()) return -1;
  long value = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    char c = text[k];
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

}  // namespace

std::size_t YamlReadyJson::OriginalOffset(std::size_t offset) const {
  // Each replacement before offset removed two bytes.
  auto before = std::upper_bound(shortened_at.begin(), shortened_at.end(), offset);
  return offset + 2 * static_cast<std::size_t>(before - shortened_at.begin());
}

YamlReadyJson RewriteForYaml(const std::string& json) {
  YamlReadyJson out;
  out.text.reserve(json.size());
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (!in_string) {
      in_string = c == '"';
      out.text += c;
      continue;
    }
    if (c == '"') {
      in_string = false;
      out.text += c;
      continue;
    }
    if (c != '\\' || i + 1 >= json.size()) {
      out.text += c;
      continue;
    }
    long high = json[i + 1] == 'u' ? Hex4(json, i + 2) : -1;
    long low = (high >= 0xD800 && high <= 0xDBFF && json.compare(i + 6, 2, "\\u") == 0)
                   ? Hex4(json, i + 8)
                   : -1;
    if (low >= 0xDC00 && low <= 0xDFFF) {
      long code_point = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
      char escape[16];
      std::snprintf(escape, sizeof escape, "\\U%08lx", code_point);
      out.text += escape;
      out.shortened_at.push_back(out.text.size());
      i += 11;
      continue;
    }
    // Any other escape is copied as is, so an escaped quote never ends the string.
    out.text += c;
    out.text += json[++i];
  }
  return out;
}

}  // namespace cdkpp::input
