#ifndef CDKPP_INPUT_SCALAR_H_
#define CDKPP_INPUT_SCALAR_H_

#include <string_view>

namespace cdkpp::input {

/// What a YAML scalar means. Quoted and block scalars (and JSON strings) are
/// always strings; plain ones resolve by their spelling.
enum class ScalarKind { kNull, kBool, kInt, kFloat, kString };

/// The two readers of YAML differ in two spellings only:
/// - kConfig: the YAML 1.2 core schema as written: "012" is the integer 12,
///   ".inf" and ".nan" are floats (which the config reader then refuses as
///   not finite, with the key in the message).
/// - kTemplate: the core schema, except that an integer or float with a
///   leading zero ("012345678901", an account id) stays a string, as
///   CloudFormation needs it, and ".inf"/".nan" stay strings: JSON has no
///   number for them.
enum class ScalarRules { kConfig, kTemplate };

/// The kind of a scalar: null (`~`, `null`, empty), bool (`true`/`false` in
/// three casings), int ([-+]?[0-9]+), float ([-+]?(.[0-9]+|[0-9]+(.[0-9]*)?)
/// ([eE][-+]?[0-9]+)?) or string. `plain` is false for quoted and block
/// scalars and for scalars with an explicit !!str tag.
ScalarKind ClassifyScalar(std::string_view text, bool plain, ScalarRules rules);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_SCALAR_H_
