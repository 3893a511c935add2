#ifndef CDKPP_CONFIG_JSON_SYNTAX_H_
#define CDKPP_CONFIG_JSON_SYNTAX_H_

#include <cstddef>
#include <optional>
#include <string>

namespace cdkpp::config {

/// A JSON syntax error: the byte offset of the offending input and what the
/// parser expected there.
struct JsonSyntaxError {
  std::size_t offset = 0;
  std::string message;
};

/// Checks that text is one strict JSON value (RFC 8259: no comments, no
/// trailing commas). The YAML parser that reads config files accepts a
/// superset of JSON, so .json files are checked here first.
std::optional<JsonSyntaxError> CheckJsonSyntax(const std::string& text);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_JSON_SYNTAX_H_
