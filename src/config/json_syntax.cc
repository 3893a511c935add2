#include "config/json_syntax.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace cdkpp::config {
namespace {

// Accepts every event and keeps the first error: only the syntax matters here,
// the values are read later with their positions through the YAML parser.
class SyntaxChecker : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    // position counts the bytes read, the offending one included.
    error_ = JsonSyntaxError{position > 0 ? position - 1 : 0, Simplify(ex.what())};
    return false;
  }

  const std::optional<JsonSyntaxError>& error() const { return error_; }

 private:
  // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax
  // error while parsing ..." -> "syntax error while parsing ...": the position
  // is printed separately, in code points like every other config error.
  static std::string Simplify(const std::string& what) {
    std::size_t column = what.find("column ");
    std::size_t colon = column == std::string::npos ? column : what.find(": ", column);
    return colon == std::string::npos ? what : what.substr(colon + 2);
  }

  std::optional<JsonSyntaxError> error_;
};

}  // namespace

std::optional<JsonSyntaxError> CheckJsonSyntax(const std::string& text) {
  SyntaxChecker checker;
  nlohmann::json::sax_parse(text, &checker);
  return checker.error();
}

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

}  // namespace cdkpp::config
