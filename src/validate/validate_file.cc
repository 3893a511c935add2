#include "cdkpp/validate/validate_file.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "cdkpp/template/load_template.h"

namespace cdkpp::validate {
namespace {

// path:line:col of byte offsets in one text. The line starts are indexed once,
// so locating each of many findings is a binary search, not a scan from the
// start of a large template.
class LineIndex {
 public:
  LineIndex(const std::string& path, std::string_view text) : path_(path) {
    starts_.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      starts_.push_back(i + 1);
    }
  }

  SourceLocation At(std::size_t pos) const {
    auto next = std::upper_bound(starts_.begin(), starts_.end(), pos);
    std::size_t line = static_cast<std::size_t>(next - starts_.begin());
    return SourceLocation{path_, static_cast<int>(line), static_cast<int>(pos - *(next - 1) + 1)};
  }

 private:
  const std::string& path_;
  std::vector<std::size_t> starts_;
};

bool FollowedByColon(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos < text.size() && text[pos] == ':';
}

// The byte offset where `key` is first written as an object key, or npos.
std::size_t FindKeyOffset(std::string_view text, const std::string& key) {
  if (key.empty()) return std::string_view::npos;
  // JSON (or quoted YAML) key: "Key" followed by a colon. Searched for
  // without its quotes: a quote is frequent in JSON, the key's first letter
  // rarely is, so the search skips most of the text.
  for (std::size_t pos = text.find(key, 1); pos != std::string_view::npos;
       pos = text.find(key, pos + 1)) {
    std::size_t end = pos + key.size();
    if (text[pos - 1] == '"' && end < text.size() && text[end] == '"' &&
        FollowedByColon(text, end + 1)) {
      return pos - 1;
    }
  }
  // Plain YAML key: at a line start after indentation.
  for (std::size_t pos = text.find(key); pos != std::string_view::npos;
       pos = text.find(key, pos + 1)) {
    std::size_t start = pos;
    while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
    bool line_start = start == 0 || text[start - 1] == '\n';
    if (line_start && FollowedByColon(text, pos + key.size())) return pos;
  }
  return std::string_view::npos;
}

}  // namespace

SourceLocation FindKeyLocation(const std::string& path, std::string_view text,
                               const std::string& key) {
  std::size_t pos = FindKeyOffset(text, key);
  return pos == std::string_view::npos ? SourceLocation{} : LineIndex(path, text).At(pos);
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
    // One line index and one search per logical id, however many findings.
    auto lines = std::make_shared<LineIndex>(path, contents);
    auto found = std::make_shared<std::map<std::string, SourceLocation, std::less<>>>();
    options.locate = [&path, &contents, lines, found](const LocateQuery& q) {
      const std::string& id = q.finding->logical_id;
      if (id.empty()) return SourceLocation{path, 0, 0};
      if (auto it = found->find(id); it != found->end()) return it->second;
      std::size_t pos = FindKeyOffset(contents, id);
      SourceLocation loc = pos == std::string_view::npos ? SourceLocation{} : lines->At(pos);
      if (!loc.known()) loc.file = path;
      return found->emplace(id, loc).first->second;
    };
  }
  return TemplateReport{path, ValidateTemplate(*parsed, options)};
}

}  // namespace cdkpp::validate
