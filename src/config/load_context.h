#ifndef CDKPP_CONFIG_LOAD_CONTEXT_H_
#define CDKPP_CONFIG_LOAD_CONTEXT_H_

#include <yaml-cpp/yaml.h>

#include <string>

#include "cdkpp/config/load_config.h"
#include "cdkpp/core/diagnostic.h"
#include "input/json_as_yaml.h"
#include "input/source_text.h"

namespace cdkpp::config {

// The config readers predate src/input/; these keep their spelling.
using input::Quote;
using input::SourceText;
using input::YamlReadyJson;

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

  /// The location of a yaml-cpp mark (unknown when the mark is null).
  SourceLocation At(const YAML::Mark& mark) const;
  /// The location of a byte offset into the text the YAML parser read.
  SourceLocation AtParsedOffset(std::size_t offset) const;
  /// The YAML parser reads this rewrite of the source (JSON files), so its
  /// offsets are mapped back. REQUIRES: rewritten outlives this object.
  void SetRewrittenJson(const YamlReadyJson* rewritten) { rewritten_ = rewritten; }

  /// Remembers where key_path is, for PipelineConfig::LocationOf.
  void Record(const std::string& key_path, const SourceLocation& where);
  /// PipelineConfig::LocationOf on what was recorded so far.
  SourceLocation LocationOf(const std::string& key_path) const {
    return config_->LocationOf(key_path);
  }

  /// Adds an error with the source excerpt under it as detail (none for
  /// encoding and empty-file errors: there is no line worth quoting).
  void Error(const char* code, const SourceLocation& where, std::string key_path,
             std::string message);
  /// Adds an error that already has its key path and message (from a props
  /// Validate()), located at where.
  void Add(Diagnostic diagnostic, const SourceLocation& where);

  std::size_t error_count() const { return diagnostics_.size(); }
  /// Every diagnostic, sorted by position in the file (stable, so errors at
  /// the same place keep the order they were found in).
  Diagnostics TakeSortedDiagnostics();

 private:
  const SourceText& source_;
  PipelineConfig* config_;
  const YamlReadyJson* rewritten_ = nullptr;
  Diagnostics diagnostics_;
};

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_LOAD_CONTEXT_H_
