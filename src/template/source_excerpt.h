#ifndef CDKPP_SRC_TEMPLATE_SOURCE_EXCERPT_H_
#define CDKPP_SRC_TEMPLATE_SOURCE_EXCERPT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "cdkpp/core/diagnostic.h"

namespace cdkpp::template_internal {

/// 1-based line and column of a byte offset in text (columns count bytes).
struct LineCol {
  int line = 1;
  int column = 1;
};
LineCol LineColAt(std::string_view text, std::size_t offset);

/// "<source line>\n<spaces>^" for a 1-based line/column; "" if out of range.
std::string CaretExcerpt(std::string_view text, int line, int column);

/// A "template.parse" error at path:line:col with the caret excerpt as detail.
Diagnostic ParseError(const std::string& path, std::string_view text, int line, int column,
                      std::string message);

}  // namespace cdkpp::template_internal

#endif  // CDKPP_SRC_TEMPLATE_SOURCE_EXCERPT_H_
