#include "template/source_excerpt.h"

#include <utility>

namespace cdkpp::template_internal {

LineCol LineColAt(std::string_view text, std::size_t offset) {
  LineCol pos;
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

std::string CaretExcerpt(std::string_view text, int line, int column) {
  if (line < 1 || column < 1) return "";
  std::size_t start = 0;
  for (int l = 1; l < line; ++l) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return "";
    start = nl + 1;
  }
  std::size_t end = text.find('\n', start);
  std::string_view src = text.substr(start, end == std::string_view::npos ? end : end - start);
  if (!src.empty() && src.back() == '\r') src.remove_suffix(1);
  // Tabs are kept in the caret line so the caret lines up in a terminal.
  std::string caret;
  for (int c = 1; c < column; ++c) {
    std::size_t i = static_cast<std::size_t>(c - 1);
    caret += (i < src.size() && src[i] == '\t') ? '\t' : ' ';
  }
  return std::string(src) + "\n" + caret + "^";
}

Diagnostic ParseError(const std::string& path, std::string_view text, int line, int column,
                      std::string message) {
  Diagnostic d;
  d.code = "template.parse";
  d.location = SourceLocation{path, line, column};
  d.message = std::move(message);
  d.detail = CaretExcerpt(text, line, column);
  return d;
}

}  // namespace cdkpp::template_internal
