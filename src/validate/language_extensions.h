#ifndef CDKPP_SRC_VALIDATE_LANGUAGE_EXTENSIONS_H_
#define CDKPP_SRC_VALIDATE_LANGUAGE_EXTENSIONS_H_

// The AWS::LanguageExtensions transform, applied before the rules run so
// that they see the template CloudFormation deploys.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdkpp/core/json.h"

namespace cdkpp::validate::internal {

/// Whether the template's Transform (a name or a list of names) holds name.
bool HasTransform(const Json& root, std::string_view name);

/// The template with AWS::LanguageExtensions applied as the transform
/// defines it, or nullopt when the template does not declare it:
/// - every `Fn::ForEach::<Name>: [Identifier, Collection, {OutputKey: Value}]`
///   becomes one copy of its members per collection item, `${Identifier}`
///   and `&{Identifier}` (non-alphanumerics dropped) replaced in keys and
///   strings and `{Ref: Identifier}` replaced by the item; loops nest;
/// - `Fn::Length` of a list becomes its length, and `Fn::ToJsonString` of a
///   value without intrinsics becomes its compact JSON text.
/// A collection may be a list or a Ref to a list parameter with a Default;
/// any other loop is dropped and described in notes (what was skipped, so
/// the caller can say so).
std::optional<Json> ExpandLanguageExtensions(const Json& root, std::vector<std::string>* notes);

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_LANGUAGE_EXTENSIONS_H_
