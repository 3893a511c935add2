#ifndef CDKPP_SYNTH_H_
#define CDKPP_SYNTH_H_

#include <string>
#include <vector>

#include "cdkpp/config/load_config.h"
#include "cdkpp/core/app.h"
#include "cdkpp/core/json.h"
#include "cdkpp/core/result.h"
#include "cdkpp/io/file_system.h"

namespace cdkpp {

/// A config-driven synthesis: the loaded config (its key locations and
/// suppressions serve later stages) and the cloud assembly it produced.
struct ConfigSynthesis {
  PipelineConfig config;
  CloudAssembly assembly;
};

/// Loads config_path (or ./cdkpp.yaml / ./cdkpp.json when empty), builds the
/// construct tree and synthesizes it in memory; only_stack limits it to one
/// stack when not empty. Never writes anything.
Result<ConfigSynthesis> SynthesizeConfigWithSource(const std::string& config_path,
                                                   const FileSystem& fs,
                                                   const std::string& only_stack);

/// The same, for callers that need only the templates (diff, validate).
Result<CloudAssembly> SynthesizeConfig(const std::string& config_path, const FileSystem& fs,
                                       const std::string& only_stack);

/// The --capabilities `aws cloudformation deploy` needs for this template:
/// CAPABILITY_NAMED_IAM when an IAM resource has a fixed name, else
/// CAPABILITY_IAM when there is any IAM resource; CAPABILITY_AUTO_EXPAND with
/// a Transform. Sorted.
std::vector<std::string> RequiredCapabilities(const Json& template_json);

/// What to run after synthesis, as plain text: the deploy command (with its
/// capabilities, and --s3-bucket when the template is over the 51,200-byte
/// inline limit), then the post-deploy steps: start the task, set the binlog
/// retention, insert a test row, read it back from Kinesis.
std::string DeployInstructions(const StackConfig& stack, const StackArtifact& artifact,
                               const std::string& template_path);

}  // namespace cdkpp

#endif  // CDKPP_SYNTH_H_
