#ifndef CDKPP_TEMPLATE_LANGUAGE_EXTENSIONS_H_
#define CDKPP_TEMPLATE_LANGUAGE_EXTENSIONS_H_

// The AWS::LanguageExtensions transform, as CloudFormation applies it before
// deploying: validate checks, and diff compares, the expanded template.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdkpp/core/json.h"

namespace cdkpp {

/// What becomes of a Fn::ForEach loop that cannot be expanded (its collection
/// is only known at deploy time).
enum class UnexpandedLoops {
  kDrop,  ///< left out (validate: its copies cannot be checked)
  kKeep,  ///< kept as written (diff: a change inside it still shows)
};

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
/// any other loop is dropped or kept as `unexpanded` says and described in
/// notes (what was not expanded, so the caller can say so); notes may be
/// nullptr.
std::optional<Json> ExpandLanguageExtensions(const Json& root, UnexpandedLoops unexpanded,
                                             std::vector<std::string>* notes);

}  // namespace cdkpp

#endif  // CDKPP_TEMPLATE_LANGUAGE_EXTENSIONS_H_
