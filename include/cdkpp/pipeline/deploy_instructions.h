#ifndef CDKPP_PIPELINE_DEPLOY_INSTRUCTIONS_H_
#define CDKPP_PIPELINE_DEPLOY_INSTRUCTIONS_H_

#include <string>
#include <vector>

#include "cdkpp/config/load_config.h"
#include "cdkpp/core/app.h"
#include "cdkpp/core/json.h"

namespace cdkpp {

/// The --capabilities `aws cloudformation deploy` needs for this template:
/// CAPABILITY_NAMED_IAM when an IAM resource has a fixed name, else
/// CAPABILITY_IAM when there is any IAM resource; CAPABILITY_AUTO_EXPAND with
/// a Transform. Sorted.
std::vector<std::string> RequiredCapabilities(const Json& template_json);

/// What to run after synthesis, as plain text: the deploy command (with its
/// capabilities, and --s3-bucket when the template is over the 51,200-byte
/// inline limit), then the post-deploy steps: start the task, set the binlog
/// retention, insert a test row, read it back from Kinesis. region (when
/// not empty, from the config environment) goes into the deploy command as
/// --region and into the later AWS CLI calls as AWS_REGION.
std::string DeployInstructions(const StackConfig& stack, const StackArtifact& artifact,
                               const std::string& template_path, const std::string& region = "");

}  // namespace cdkpp

#endif  // CDKPP_PIPELINE_DEPLOY_INSTRUCTIONS_H_
