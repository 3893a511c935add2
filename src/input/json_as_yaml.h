#ifndef CDKPP_INPUT_JSON_AS_YAML_H_
#define CDKPP_INPUT_JSON_AS_YAML_H_

#include <cstddef>
#include <string>
#include <vector>

namespace cdkpp::input {

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

/// REQUIRES: json is valid JSON (ParseJsonFast accepts it), so every
/// surrogate is paired.
YamlReadyJson RewriteForYaml(const std::string& json);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_JSON_AS_YAML_H_
