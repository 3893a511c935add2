#ifndef CDKPP_CONFIG_LOAD_CONFIG_H_
#define CDKPP_CONFIG_LOAD_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/result.h"
#include "cdkpp/io/file_system.h"

namespace cdkpp {

namespace config {
class LoadContext;
}  // namespace config

/// One entry of a stack's `suppressions` list: a validation finding the user
/// accepts on purpose, with the reason recorded next to it.
struct Suppression {
  std::string rule;         ///< the finding's code, e.g. "CFN001"; never empty
  std::string reason;       ///< why it is acceptable; never empty
  std::string resource;     ///< a logical id or construct path; empty = every resource
  SourceLocation location;  ///< where the entry starts in the config
};

/// What a stack entry makes: the data pipeline, or a network other stacks
/// of the config share (`kind: network`).
enum class StackKind { kPipeline, kNetwork };

/// One entry of the config's `stacks` list, fully typed and validated, with
/// the layers (`defaults`, the environment's) merged in.
struct StackConfig {
  std::string name;  ///< the stack name (also the construct id)
  StackKind kind = StackKind::kPipeline;
  PipelineStackProps props;
  std::vector<Suppression> suppressions;
  std::string key_path;  ///< "stacks[0]"
};

/// One entry of the config's `environments`: where its stacks deploy.
struct ConfigEnvironment {
  std::string name;                    ///< the key under `environments`
  std::optional<std::string> account;  ///< 12 digits, when given
  std::optional<std::string> region;   ///< a known AWS region, when given

  /// "aws://<account>/<region>", with unknown-account / unknown-region for
  /// what is not given (the cloud assembly's spelling).
  std::string Uri() const;
};

/// A loaded config file: every stack, plus the source location of every key
/// so later stages (synth errors, validation findings) can point into it.
class PipelineConfig {
 public:
  std::string file;  ///< the path as the user gave it
  std::vector<StackConfig> stacks;
  /// Every environment the file declares, in file order.
  std::vector<ConfigEnvironment> environments;
  /// The environment whose layers were applied; unset: the base config,
  /// environment-agnostic.
  std::optional<ConfigEnvironment> environment;

  /// Location of a key path such as "stacks[0].stream.shardCount" (the key's
  /// position; for list items the item's). Falls back to the nearest ancestor
  /// that exists in the file, then to file:1:1.
  SourceLocation LocationOf(const std::string& key_path) const;

 private:
  friend class config::LoadContext;
  // Line and column of each key path (the file is `file`): every key of a
  // config is recorded, so the entries stay small and hashed.
  struct LineColumn {
    int line = 0;
    int column = 0;
  };
  std::unordered_map<std::string, LineColumn> locations_;
};

/// Reads path through fs and parses it (see ParsePipelineConfig). An
/// unreadable file is an error naming the path.
Result<PipelineConfig> LoadPipelineConfig(const std::string& path, const FileSystem& fs,
                                          const std::string& environment = "");

/// Parses config text. A path ending in ".json" is JSON, anything else YAML.
/// On failure returns every error found, in file order; each names
/// file:line:column, the key path and what was expected (Diagnostic::ToString),
/// and carries the source line with a caret under the column in `detail`.
/// Every key is read through the config schema tables (src/config/schema/):
/// its type, range, enum and pattern errors are all reported, each at its
/// key. Rules across keys come from the props' Validate() functions, mapped
/// back to the config's key paths through the tables; a section with an
/// error in one of its keys is not validated that way (its defaults would
/// stand in for the bad value and give misleading errors). Never throws; any
/// input, including binary data, ends in a value or in diagnostics.
/// Diagnostic codes: config.syntax, config.encoding, config.empty,
/// config.type, config.unknown-key, config.missing-key, config.duplicate-key,
/// config.duplicate-stack, config.value.
///
/// environment: the name of an entry of `environments` whose layers to apply
/// (empty: none). Layers, lowest first: the built-in defaults, `defaults`,
/// the environment's `defaults`, the stack entry, the environment's
/// `stacks.<name>`; mappings merge key by key, lists and scalars replace, an
/// explicit null returns a key to its built-in default. Every environment is
/// checked, whichever is applied; an unknown environment name is the error
/// config.unknown-environment.
Result<PipelineConfig> ParsePipelineConfig(const std::string& path, const std::string& text,
                                           const std::string& environment = "");

/// "cdkpp.yaml" if it exists, else "cdkpp.yml", else "cdkpp.json", else an
/// error saying that all three were looked for (relative to the working
/// directory).
Result<std::string> FindDefaultConfig(const FileSystem& fs);

}  // namespace cdkpp

#endif  // CDKPP_CONFIG_LOAD_CONFIG_H_
