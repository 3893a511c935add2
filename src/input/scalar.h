#ifndef CDKPP_INPUT_SCALAR_H_
#define CDKPP_INPUT_SCALAR_H_

#include <string_view>

namespace cdkpp::input {

/// What a YAML scalar means. Quoted and block scalars (and JSON strings) are
/// always strings; plain ones resolve by their spelling.
enum class ScalarKind { kNull, kBool, kInt, kFloat, kString };

/// The two readers of YAML:
/// - kConfig: the YAML 1.2 core schema as written, strict on purpose: null
///   (`~`, `null`, empty), bool (`true`/`false` in three casings), int
///   ([-+]?[0-9]+, so "012" is 12), float ([-+]?(.[0-9]+|[0-9]+(.[0-9]*)?)
///   ([eE][-+]?[0-9]+)?, ".inf", ".nan"; the config reader then refuses a
///   value that is not finite, with the key in the message).
/// - kTemplate: YAML 1.1 as CloudFormation documents it and PyYAML (under
///   cfn-lint) resolves it: bools yes/no/on/off/true/false (three casings
///   each); ints 0b1010, 0777 (octal), 0x1F, 1_000 and base 60 (1:20 is 80);
///   floats need a '.' (1.5, 1.5e+3, 1:20.5; "1e3" is a string); timestamps
///   stay strings (CloudFormation has no timestamp tag) and so do ".inf" and
///   ".nan" (JSON has no number for them). "012345678901" (not octal) is a
///   string, as an account id must be.
enum class ScalarRules { kConfig, kTemplate };

/// The kind of a scalar under rules. `plain` is false for quoted and block
/// scalars and for scalars with an explicit !!str tag.
ScalarKind ClassifyScalar(std::string_view text, bool plain, ScalarRules rules);

/// The value of a scalar that ClassifyScalar called kBool under rules.
bool ScalarBool(std::string_view text);

/// The decimal spelling of a scalar ClassifyScalar called kInt or kFloat
/// under rules, for input::ReadNumber: for kTemplate, '_' removed and
/// binary, octal, hexadecimal and base-60 numbers converted ("0x1F" ->
/// "31", "1:20" -> "80"). Empty when the value does not fit 64 bits.
std::string DecimalSpelling(std::string_view text, ScalarRules rules);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_SCALAR_H_
