#ifndef CDKPP_CONFIG_MERGE_KEYS_H_
#define CDKPP_CONFIG_MERGE_KEYS_H_

#include "config/load_context.h"
#include "input/yaml_document.h"

namespace cdkpp::config {

/// The tree with YAML merge keys expanded, as YAML 1.1's merge type defines
/// them: a member `<<: *base` (or `<<: [*a, *b]`) adds the members of the
/// mapping(s) it names that the mapping does not set itself (its own keys
/// win, then earlier mappings of the list). Added members are the named
/// mapping's own nodes, so errors in them point where they are written.
/// A `<<` whose value is not a mapping or a list of mappings is an error.
/// Nodes without merge keys below them are returned as they are (an alias
/// stays shared), so the result is no larger than the loaded tree.
input::YamlNodePtr ExpandMergeKeys(LoadContext& ctx, const input::YamlNodePtr& root);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_MERGE_KEYS_H_
