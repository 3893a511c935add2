#ifndef CDKPP_SRC_TEMPLATE_YAML_TO_JSON_H_
#define CDKPP_SRC_TEMPLATE_YAML_TO_JSON_H_

#include <optional>
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
/// Templates in the YAML block subset (input/yaml_block_subset.h) are
/// converted straight from the reader's events; the others, and any the
/// direct path cannot convert, go through the YAML node tree, which words
/// every error.
Result<Json> YamlTemplateToJson(const input::SourceText& source, input::PositionTree* positions);

/// YamlTemplateToJson through the YAML node tree alone, for tests that
/// compare the two paths.
Result<Json> YamlTemplateToJsonThroughTree(const input::SourceText& source,
                                           input::PositionTree* positions);

/// A scalar of a YAML template as JSON: a plain one as CloudFormation reads
/// YAML 1.1 (input::ClassifyScalar), any other as a string. Returns the
/// error message when it is a number out of range.
std::optional<std::string> TemplateScalarToJson(std::string_view value, bool plain, Json* out);

/// The argument of `!GetAtt Resource.Attribute` in its long form,
/// [Resource, Attribute]; an error message when it has no such shape.
std::optional<std::string> GetAttArgument(std::string_view value, Json* out);

/// The long form key for a short-form tag ("!Ref" -> "Ref", "!Sub" ->
/// "Fn::Sub"), or "" for a tag CloudFormation does not define.
std::string IntrinsicForTag(std::string_view tag);

}  // namespace cdkpp::internal

#endif  // CDKPP_SRC_TEMPLATE_YAML_TO_JSON_H_
