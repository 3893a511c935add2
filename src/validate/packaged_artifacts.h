#ifndef CDKPP_SRC_VALIDATE_PACKAGED_ARTIFACTS_H_
#define CDKPP_SRC_VALIDATE_PACKAGED_ARTIFACTS_H_

// `aws cloudformation package` uploads local files named by a few resource
// properties (a Lambda function's Code, a nested stack's TemplateURL, ...) to
// S3 and writes the S3 location in their place. A template written for that
// command holds a local path there, which is not the value the resource
// schema describes: it is reported as CDKPP-SCH-010 (info), not as a wrong
// type. The list is the command's reference page:
// https://docs.aws.amazon.com/cli/latest/reference/cloudformation/package.html

#include <string_view>

#include "cdkpp/core/json.h"

namespace cdkpp::validate::internal {

/// Whether `aws cloudformation package` uploads the local artifact that
/// property `path` ("Properties.Code", "Properties.Command.ScriptLocation")
/// of a resource of `type` may name.
bool IsPackagedProperty(std::string_view type, std::string_view path);
/// Whether a resource of `type` has any such property: the schema walk asks
/// this before it spells out a property's path for IsPackagedProperty.
bool HasPackagedProperty(std::string_view type);

/// Whether `value` is a local path as that command reads it: a string that is
/// not an S3 or HTTP(S) URL. (The command uploads only paths that exist; a
/// template checked on another machine cannot tell, so any such string counts.)
bool IsLocalArtifactPath(const Json& value);

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_PACKAGED_ARTIFACTS_H_
