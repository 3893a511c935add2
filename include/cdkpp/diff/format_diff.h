#ifndef CDKPP_DIFF_FORMAT_DIFF_H_
#define CDKPP_DIFF_FORMAT_DIFF_H_

#include <string>

#include "cdkpp/diff/template_diff.h"

namespace cdkpp::diff {

enum class DiffFormat {
  kText,      ///< for people at a terminal or in a CI log
  kJson,      ///< stable machine-readable schema: docs/diff-json-schema.md
  kMarkdown,  ///< a pull-request comment
};

struct FormatOptions {
  DiffFormat format = DiffFormat::kText;
  /// ANSI colors (text only). The caller decides (TTY, NO_COLOR).
  bool color = false;
  /// Titles the output ("old.json -> new.json"); may be empty.
  std::string title;
};

/// Renders a diff. Byte-identical for identical input. Ends with a newline.
std::string FormatDiff(const TemplateDiff& diff, const FormatOptions& options);

/// Renders a JSON value on one line the way the text and markdown formats show
/// values: strings quoted, objects compact, long values kept whole.
std::string RenderValue(const Json& value);

}  // namespace cdkpp::diff

#endif  // CDKPP_DIFF_FORMAT_DIFF_H_
