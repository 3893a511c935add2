#include "cdkpp/validate/validate_file.h"

#include <cctype>

#include "cdkpp/template/load_template.h"

namespace cdkpp::validate {
namespace {

SourceLocation At(const std::string& path, std::string_view text, std::size_t pos) {
  SourceLocation loc{path, 1, 1};
  for (std::size_t i = 0; i < pos; ++i) {
    if (text[i] == '\n') {
      ++loc.line;
      loc.column = 1;
    } else {
      ++loc.column;
    }
  }
  return loc;
}

bool FollowedByColon(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos < text.size() && text[pos] == ':';
}

}  // namespace

SourceLocation FindKeyLocation(const std::string& path, std::string_view text,
                               const std::string& key) {
  // JSON (or quoted YAML) key: "Key" followed by a colon.
  std::string quoted = "\"" + key + "\"";
  for (std::size_t pos = text.find(quoted); pos != std::string_view::npos;
       pos = text.find(quoted, pos + 1)) {
    if (FollowedByColon(text, pos + quoted.size())) return At(path, text, pos);
  }
  // Plain YAML key: at a line start after indentation.
  for (std::size_t pos = text.find(key); pos != std::string_view::npos;
       pos = text.find(key, pos + 1)) {
    std::size_t start = pos;
    while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
    bool line_start = start == 0 || text[start - 1] == '\n';
    if (line_start && FollowedByColon(text, pos + key.size())) return At(path, text, pos);
  }
  return {};
}

Result<TemplateReport> ValidateTemplateFile(const std::string& path, const FileSystem& fs,
                                            ValidateOptions options) {
  Result<std::string> text = fs.ReadFile(path);
  if (!text.ok()) return text.diagnostics();
  Result<Json> parsed = ParseTemplate(path, *text);
  if (!parsed.ok()) return parsed.diagnostics();
  options.template_bytes = text->size();
  if (!options.locate) {
    const std::string& contents = *text;
    options.locate = [&path, &contents](const LocateQuery& q) {
      if (q.finding->logical_id.empty()) return SourceLocation{path, 0, 0};
      SourceLocation loc = FindKeyLocation(path, contents, q.finding->logical_id);
      if (!loc.known()) loc.file = path;
      return loc;
    };
  }
  return TemplateReport{path, ValidateTemplate(*parsed, options)};
}

}  // namespace cdkpp::validate
