#include "config/json_syntax.h"

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

}  // namespace cdkpp::config
