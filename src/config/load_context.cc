#include "config/load_context.h"

#include <algorithm>

namespace cdkpp::config {

SourceLocation LoadContext::At(const YAML::Mark& mark) const {
  if (mark.pos < 0) return {source_.file(), 0, 0};
  // yaml-cpp counts columns in bytes; SourceText counts code points.
  return AtParsedOffset(static_cast<std::size_t>(mark.pos));
}

SourceLocation LoadContext::AtParsedOffset(std::size_t offset) const {
  return source_.LocationAt(rewritten_ ? rewritten_->OriginalOffset(offset) : offset);
}

void LoadContext::Record(const std::string& key_path, const SourceLocation& where) {
  if (where.known()) config_->locations_.emplace(key_path, where);
}

void LoadContext::Error(const char* code, const SourceLocation& where, std::string key_path,
                        std::string message) {
  Diagnostic d;
  d.code = code;
  d.key_path = std::move(key_path);
  d.message = std::move(message);
  Add(std::move(d), where);
}

void LoadContext::Add(Diagnostic diagnostic, const SourceLocation& where) {
  diagnostic.location = where.known() ? where : source_.Start();
  if (diagnostic.code.empty()) diagnostic.code = kValueError;
  bool quotable = diagnostic.code != kEncodingError && diagnostic.code != kEmptyError;
  if (quotable) diagnostic.detail = source_.Excerpt(diagnostic.location);
  diagnostics_.push_back(std::move(diagnostic));
}

Diagnostics LoadContext::TakeSortedDiagnostics() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     if (a.location.line != b.location.line) {
                       return a.location.line < b.location.line;
                     }
                     return a.location.column < b.location.column;
                   });
  return std::move(diagnostics_);
}

}  // namespace cdkpp::config
