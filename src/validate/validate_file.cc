#include "cdkpp/validate/validate_file.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
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

// The first offset of every object key of a JSON text ("key" followed by a
// colon), found in one pass: the side table that locates the findings of a
// large template. In valid JSON this is exactly where FindKeyOffset's search
// stops; keys it lacks (YAML) fall back to that search.
class JsonKeyIndex {
 public:
  explicit JsonKeyIndex(std::string_view text) : text_(text) {
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") first = text.find_first_not_of(" \t\r\n", 3);
    if (first == std::string_view::npos || text[first] != '{') return;  // not JSON
    for (std::size_t open = text.find('"'); open != std::string_view::npos;) {
      std::size_t close = open + 1;
      while (close < text.size() && text[close] != '"') close += text[close] == '\\' ? 2 : 1;
      if (close >= text.size()) break;
      if (FollowedByColon(text, close + 1)) {
        first_.emplace(text.substr(open + 1, close - open - 1), open);  // keeps the first
      }
      open = text.find('"', close + 1);
    }
  }

  std::size_t Find(const std::string& key) const {
    auto it = first_.find(key);
    return it != first_.end() ? it->second : FindKeyOffset(text_, key);
  }

 private:
  std::string_view text_;
  std::unordered_map<std::string_view, std::size_t> first_;  // lookups only
};

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
    // Built on the first finding: a line index and a key table, so each
    // finding costs two lookups, however large the template.
    struct Index {
      LineIndex lines;
      JsonKeyIndex keys;
    };
    auto index = std::make_shared<std::unique_ptr<Index>>();
    options.locate = [&path, &contents, index](const LocateQuery& q) {
      const std::string& id = q.finding->logical_id;
      if (id.empty()) return SourceLocation{path, 0, 0};
      if (*index == nullptr) *index = std::make_unique<Index>(Index{{path, contents}, JsonKeyIndex(contents)});
      std::size_t pos = (*index)->keys.Find(id);
      SourceLocation loc =
          pos == std::string_view::npos ? SourceLocation{} : (*index)->lines.At(pos);
      if (!loc.known()) loc.file = path;
      return loc;
    };
  }
  return TemplateReport{path, ValidateTemplate(*parsed, options)};
}

}  // namespace cdkpp::validate
