#include "config/load_context.h"

#include <algorithm>

namespace cdkpp::config {

void LoadContext::Record(std::string key_path, std::size_t offset) {
  auto [it, inserted] = config_->locations_.try_emplace(std::move(key_path));
  if (!inserted) return;
  auto [line, column] = source_.LineAndColumnAt(offset);
  it->second = {line, column};
}

void LoadContext::Error(const char* code, const SourceLocation& where, std::string key_path,
                        std::string message) {
  Diagnostic d;
  d.code = code;
  d.key_path = std::move(key_path);
  d.message = std::move(message);
  Add(std::move(d), where);
}

void LoadContext::Alias(const std::string& path, const std::string& layer_path) {
  if (path != layer_path) aliases_.emplace(path, layer_path);
}

std::string LoadContext::Resolve(const std::string& key_path) const {
  if (aliases_.empty()) return key_path;
  std::string prefix = key_path;
  while (!prefix.empty()) {
    auto it = aliases_.find(prefix);
    if (it != aliases_.end()) return it->second + key_path.substr(prefix.size());
    std::size_t cut = prefix.find_last_of(".[");
    prefix = cut == std::string::npos ? "" : prefix.substr(0, cut);
  }
  return key_path;
}

void LoadContext::Add(Diagnostic diagnostic, const SourceLocation& where) {
  diagnostic.location = where.known() ? where : source_.Start();
  if (diagnostic.code.empty()) diagnostic.code = kValueError;
  ++error_count_;
  auto seen = std::make_tuple(diagnostic.location.line, diagnostic.location.column,
                              diagnostic.key_path, diagnostic.message);
  if (!reported_.insert(std::move(seen)).second) return;
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
