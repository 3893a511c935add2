#ifndef CDKPP_TEMPLATE_LOAD_TEMPLATE_H_
#define CDKPP_TEMPLATE_LOAD_TEMPLATE_H_

#include <string>
#include <string_view>

#include "cdkpp/core/json.h"
#include "cdkpp/core/result.h"
#include "cdkpp/io/file_system.h"

namespace cdkpp {

/// Parses the text of a CloudFormation template, JSON or YAML, into JSON.
///
/// - Text whose first non-blank character is '{' is read as JSON; anything
///   else as YAML, as is a .yaml/.yml file that is not valid JSON (YAML flow
///   style "{Resources: ...}"). A UTF-8 byte order mark is skipped.
/// - YAML scalars follow the YAML 1.2 core schema: plain `true`/`false`,
///   `null`/`~`, integers and floats become JSON values; quoted scalars stay
///   strings; a plain scalar with a leading zero, like an account id
///   "012345678901", stays a string.
/// - YAML short-form intrinsic tags become the long JSON form:
///   `!Ref X` -> {"Ref": "X"}, `!Condition X` -> {"Condition": "X"},
///   `!GetAtt A.B.C` -> {"Fn::GetAtt": ["A", "B.C"]} (list form kept),
///   `!Sub`, `!Join`, `!Select`, `!Split`, `!GetAZs`, `!ImportValue`, `!If`,
///   `!Equals`, `!Not`, `!And`, `!Or`, `!FindInMap`, `!Base64`, `!Cidr`,
///   `!Transform`, `!Length`, `!ToJsonString`, `!ForEach`, and the Rules
///   functions `!Contains`, `!EachMemberEquals`, `!EachMemberIn`, `!RefAll`,
///   `!ValueOf`, `!ValueOfAll` -> {"Fn::<Name>": ...}.
///   Any other tag is an error at its position.
/// - Object keys keep their order in the file.
/// - The root must be a mapping.
///
/// On error, returns one Diagnostic (code "template.parse") whose location is
/// path:line:col (1-based) and whose detail is the offending source line
/// followed by a caret line under the column.
Result<Json> ParseTemplate(const std::string& path, std::string_view text);

/// Reads `path` through `fs` and parses it as ParseTemplate does. A file that
/// cannot be read gives one Diagnostic with code "template.read".
Result<Json> LoadTemplate(const std::string& path, const FileSystem& fs);

}  // namespace cdkpp

#endif  // CDKPP_TEMPLATE_LOAD_TEMPLATE_H_
