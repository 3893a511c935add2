#ifndef CDKPP_CONFIG_SOURCE_TEXT_H_
#define CDKPP_CONFIG_SOURCE_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cdkpp/core/diagnostic.h"
#include "util/text.h"

namespace cdkpp::config {

/// A config file's text with the file name, for turning byte offsets into
/// line:column and quoting source lines under error messages.
class SourceText {
 public:
  /// REQUIRES: text outlives this object.
  SourceText(std::string file, const std::string& text);

  const std::string& file() const { return file_; }
  const std::string& text() const { return text_; }

  /// Line and column (1-based; the column counts code points) of a byte offset.
  /// Offsets past the end map to the end of the text.
  SourceLocation LocationAt(std::size_t offset) const;
  /// The file alone at 1:1.
  SourceLocation Start() const { return {file_, 1, 1}; }

  /// The text of a 1-based line without its line break ("" when out of range).
  std::string Line(int line) const;

  /// The source line of location, then a line with a caret under its column
  /// (ninja style). Empty when the location is unknown or outside the text.
  std::string Excerpt(const SourceLocation& location) const;

 private:
  std::string file_;
  const std::string& text_;
  std::vector<std::size_t> line_starts_;  // byte offset of each line's first byte
};

/// The first encoding problem of text, if any: a NUL byte, a control character
/// YAML and JSON forbid, or bytes that are not UTF-8. Returns the byte offset
/// and a message such as "invalid UTF-8 byte 0xff (is this a binary file?)".
struct EncodingError {
  std::size_t offset = 0;
  std::string message;
};
std::optional<EncodingError> FindEncodingError(const std::string& text);

// Config messages quote values as every other subsystem does.
using internal::Quote;

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_SOURCE_TEXT_H_
