#ifndef CDKPP_TEMPLATE_FORMAT_YAML_H_
#define CDKPP_TEMPLATE_FORMAT_YAML_H_

// A template as CloudFormation YAML, the form people read and review.

#include <string>

#include "cdkpp/core/json.h"

namespace cdkpp {

/// Serializes a template as block-style YAML with CloudFormation's short-form
/// tags: {"Ref": X} becomes `!Ref X`, {"Fn::GetAtt": [A, B]} `!GetAtt A.B`
/// (the long form when B itself has a dot, as in Endpoint.Address),
/// every other {"Fn::Name": args} `!Name args`. A function whose argument is
/// itself a function keeps its long form (`Fn::GetAZs: !Ref AWS::Region`),
/// because YAML allows one tag per node. Strings that YAML would read as
/// anything else (numbers, booleans, null, special characters) are
/// double-quoted, so loading the YAML gives back exactly `value`. Keys keep
/// their order; the result ends with "\n" and depends only on `value`.
std::string SerializeTemplateYaml(const Json& value);

}  // namespace cdkpp

#endif  // CDKPP_TEMPLATE_FORMAT_YAML_H_
