#ifndef CDKPP_SRC_TEMPLATE_YAML_TO_JSON_H_
#define CDKPP_SRC_TEMPLATE_YAML_TO_JSON_H_

#include <string>
#include <string_view>

#include "cdkpp/core/json.h"
#include "cdkpp/core/result.h"
#include "input/position_tree.h"
#include "input/source_text.h"

namespace cdkpp::internal {

/// Parses a YAML CloudFormation template (the text of source) into JSON,
/// converting the short-form intrinsic tags, and records where each part is
/// written in positions when given. Contract as ParseTemplate in
/// cdkpp/template/load_template.h.
Result<Json> YamlTemplateToJson(const input::SourceText& source, input::PositionTree* positions);

/// The long form key for a short-form tag ("!Ref" -> "Ref", "!Sub" ->
/// "Fn::Sub"), or "" for a tag CloudFormation does not define.
std::string IntrinsicForTag(std::string_view tag);

}  // namespace cdkpp::internal

#endif  // CDKPP_SRC_TEMPLATE_YAML_TO_JSON_H_
