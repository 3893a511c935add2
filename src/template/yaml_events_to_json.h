#ifndef CDKPP_SRC_TEMPLATE_YAML_EVENTS_TO_JSON_H_
#define CDKPP_SRC_TEMPLATE_YAML_EVENTS_TO_JSON_H_

#include <string_view>

#include "cdkpp/core/json.h"
#include "input/position_tree.h"

namespace cdkpp::internal {

/// Converts a YAML template written in the block subset
/// (input/yaml_block_subset.h) straight from the reader's events, without
/// the YAML node tree: the same JSON and the same positions as the tree
/// path of YamlTemplateToJson. Returns false, leaving *out and *positions
/// to be discarded, when the text is outside the subset or converting it
/// fails anywhere (a duplicate key, an unknown tag, a number out of range,
/// a root that is not a mapping): the tree path then words the error.
bool YamlSubsetTemplateToJson(std::string_view text, input::PositionTree* positions, Json* out);

}  // namespace cdkpp::internal

#endif  // CDKPP_SRC_TEMPLATE_YAML_EVENTS_TO_JSON_H_
