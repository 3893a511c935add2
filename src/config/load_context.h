#ifndef CDKPP_CONFIG_LOAD_CONTEXT_H_
#define CDKPP_CONFIG_LOAD_CONTEXT_H_

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "cdkpp/config/load_config.h"
#include "cdkpp/core/diagnostic.h"
#include "input/source_text.h"
#include "input/yaml_document.h"

namespace cdkpp::config {

// The config readers predate src/input/; these keep their spelling.
using input::Quote;
using input::SourceText;

/// Diagnostic codes of config errors, stable for tests and tooling.
inline constexpr const char* kSyntaxError = "config.syntax";
inline constexpr const char* kEncodingError = "config.encoding";
inline constexpr const char* kEmptyError = "config.empty";
inline constexpr const char* kTypeError = "config.type";
inline constexpr const char* kUnknownKeyError = "config.unknown-key";
inline constexpr const char* kMissingKeyError = "config.missing-key";
inline constexpr const char* kDuplicateKeyError = "config.duplicate-key";
inline constexpr const char* kDuplicateStackError = "config.duplicate-stack";
inline constexpr const char* kValueError = "config.value";

/// The state of one load: the source, the config being filled (whose key
/// locations it records) and the errors found so far.
class LoadContext {
 public:
  /// REQUIRES: source and config outlive this object.
  LoadContext(const SourceText& source, PipelineConfig* config)
      : source_(source), config_(config) {}

  const SourceText& source() const { return source_; }

  /// The location of a node of the source's tree.
  SourceLocation At(const input::YamlNode& node) const { return At(node.offset); }
  /// The location of a byte offset into the source.
  SourceLocation At(std::size_t offset) const { return source_.LocationAt(offset); }

  /// Remembers where key_path is (a byte offset into the source), for
  /// PipelineConfig::LocationOf; the first record of a path stays.
  void Record(std::string key_path, std::size_t offset);
  /// PipelineConfig::LocationOf on what was recorded so far, for key_path
  /// as the stack entry names it or as its layer does.
  SourceLocation LocationOf(const std::string& key_path) const {
    return config_->LocationOf(Resolve(key_path));
  }

  /// A key node of a layer merged into the stack entries (layers.h) and its
  /// key path in that layer ("defaults.database.multiAz"): errors about the
  /// key name the layer. The first path given for a node stays.
  void SetLayerPath(const input::YamlNode* key, std::string path) {
    layer_paths_.emplace(key, std::move(path));
  }
  const std::string* LayerPathOf(const input::YamlNode* key) const {
    auto it = layer_paths_.find(key);
    return it == layer_paths_.end() ? nullptr : &it->second;
  }
  /// Says that what the stack entry calls path is layer_path.
  void Alias(const std::string& path, const std::string& layer_path);
  /// key_path with its longest aliased prefix replaced by its layer path.
  std::string Resolve(const std::string& key_path) const;

  /// Adds an error with the source excerpt under it as detail (none for
  /// encoding and empty-file errors: there is no line worth quoting).
  void Error(const char* code, const SourceLocation& where, std::string key_path,
             std::string message);
  /// The same at a byte offset into the source.
  void Error(const char* code, std::size_t offset, std::string key_path, std::string message) {
    Error(code, At(offset), std::move(key_path), std::move(message));
  }
  /// Adds an error that already has its key path and message (from a props
  /// Validate()), located at where. An error already reported at the same
  /// place with the same path and message is dropped.
  void Add(Diagnostic diagnostic, const SourceLocation& where);

  /// Errors reported so far, duplicates counted (a read that met an error
  /// already reported elsewhere still met one).
  std::size_t error_count() const { return error_count_; }
  /// Every diagnostic, sorted by position in the file (stable, so errors at
  /// the same place keep the order they were found in).
  Diagnostics TakeSortedDiagnostics();

 private:
  const SourceText& source_;
  PipelineConfig* config_;
  Diagnostics diagnostics_;
  std::size_t error_count_ = 0;
  // What was reported, so a layer read under several stacks reports once.
  std::set<std::tuple<int, int, std::string, std::string>> reported_;
  std::map<const input::YamlNode*, std::string> layer_paths_;
  std::map<std::string, std::string> aliases_;
};

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_LOAD_CONTEXT_H_
