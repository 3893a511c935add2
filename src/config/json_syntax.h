#ifndef CDKPP_CONFIG_JSON_SYNTAX_H_
#define CDKPP_CONFIG_JSON_SYNTAX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

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

/// JSON text rewritten for the YAML parser, with a map back to the original
/// byte offsets. yaml-cpp rejects JSON's UTF-16 surrogate pair escapes
/// ("\ud83d\ude00"), so each pair becomes the YAML escape "\U0001f600": two
/// bytes shorter, which OriginalOffset() undoes for error positions.
struct YamlReadyJson {
  std::string text;
  std::vector<std::size_t> shortened_at;  // rewritten offsets just after each replacement

  /// The offset in the original text of an offset in `text`.
  std::size_t OriginalOffset(std::size_t offset) const;
};

/// REQUIRES: CheckJsonSyntax(json) found no error (so every surrogate is paired).
YamlReadyJson RewriteForYaml(const std::string& json);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_JSON_SYNTAX_H_
