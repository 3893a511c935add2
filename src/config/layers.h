#ifndef CDKPP_CONFIG_LAYERS_H_
#define CDKPP_CONFIG_LAYERS_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/config/load_config.h"
#include "config/load_context.h"
#include "input/yaml_document.h"

namespace cdkpp::config {

/// The top level with the layers merged into each stack entry.
struct LayeredRoot {
  /// The top level to read with the root table: `stacks` holds the merged
  /// entries; top-level `x-` keys (anchor holders) are gone. Null when root
  /// was.
  input::YamlNodePtr root;
  /// Every environment declared, in file order (account and region read).
  std::vector<ConfigEnvironment> environments;
  /// The environment applied, when one was asked for and exists.
  std::optional<ConfigEnvironment> applied;
};

/// Merges the layers into the stack entries of root (after ExpandMergeKeys).
/// Layers, lowest first: `defaults`, the environment's `defaults`, the stack
/// entry, the environment's `stacks.<name>`. Mappings merge key by key, the
/// higher layer's value winning; lists and scalars replace; an explicit null
/// drops what the layers below set (the key reads as its built-in default).
/// Each key keeps its own node, and its key path in its layer is registered
/// with ctx (LoadContext::SetLayerPath), so errors point into the layer and
/// name it. Reports malformed layers and environments, `name` set in a
/// layer, environment `stacks` naming no stack (with a did-you-mean) and an
/// unknown environment (config.unknown-environment).
/// environment: the environment to apply, or "" for none.
LayeredRoot ApplyLayers(LoadContext& ctx, const input::YamlNodePtr& root,
                        const std::string& environment);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_LAYERS_H_
