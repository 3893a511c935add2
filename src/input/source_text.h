#ifndef CDKPP_INPUT_SOURCE_TEXT_H_
#define CDKPP_INPUT_SOURCE_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdkpp/core/diagnostic.h"
#include "util/text.h"

namespace cdkpp::input {

/// An input file's text (config or template) with the file name, for turning
/// byte offsets into line:column and quoting source lines under error
/// messages. The one position model of cdkpp's inputs: lines are 1-based,
/// columns count code points, so a caret lines up under non-ASCII text.
class SourceText {
 public:
  SourceText(std::string file, std::string text);

  const std::string& file() const { return file_; }
  const std::string& text() const { return text_; }

  /// Line and column (1-based; the column counts code points) of a byte offset.
  /// Offsets past the end map to the end of the text.
  SourceLocation LocationAt(std::size_t offset) const;
  /// LocationAt without the file name: {line, column}.
  std::pair<int, int> LineAndColumnAt(std::size_t offset) const;
  /// The file alone at 1:1.
  SourceLocation Start() const { return {file_, 1, 1}; }

  /// The text of a 1-based line without its line break ("" when out of range).
  std::string Line(int line) const;

  /// The source line of location, then a line with a caret under its column
  /// (ninja style). Empty when the location is unknown or outside the text.
  std::string Excerpt(const SourceLocation& location) const;

  /// An error at a byte offset: location, message and the excerpt as detail.
  Diagnostic ErrorAt(std::string code, std::size_t offset, std::string message) const;

 private:
  std::string file_;
  std::string text_;
  std::vector<std::size_t> line_starts_;  // byte offset of each line's first byte
};

/// text without a leading UTF-8 byte order mark (some Windows editors write
/// one; it is not content and not a column).
std::string_view WithoutByteOrderMark(std::string_view text);

/// The length of text's longest prefix of printable ASCII (0x20-0x7E) and
/// line feeds: what most configs and templates are made of, checked eight
/// bytes at a time.
std::size_t PlainAsciiPrefix(std::string_view text);

/// The first encoding problem of text, if any: a NUL byte, a control character
/// YAML and JSON forbid, or bytes that are not UTF-8. Returns the byte offset
/// and a message such as "invalid UTF-8 byte 0xff (is this a binary file?)".
struct EncodingError {
  std::size_t offset = 0;
  std::string message;
};
std::optional<EncodingError> FindEncodingError(std::string_view text);

// Input messages quote values as every other subsystem does.
using internal::Quote;

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_SOURCE_TEXT_H_
