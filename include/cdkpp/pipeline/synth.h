#ifndef CDKPP_PIPELINE_SYNTH_H_
#define CDKPP_PIPELINE_SYNTH_H_

// The pipeline layer sits above config/, constructs/ and validate/: it turns a
// config file into a cloud assembly and applies the policies that need more
// than one of them.

#include <string>

#include "cdkpp/config/load_config.h"
#include "cdkpp/core/app.h"
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
/// stack when not empty. environment names the config environment whose
/// layers to apply (see ParsePipelineConfig); the manifest records its
/// aws://account/region for every stack (unknown-account / unknown-region
/// where not given, and for an empty environment). Never writes anything.
Result<ConfigSynthesis> SynthesizeConfigWithSource(const std::string& config_path,
                                                   const FileSystem& fs,
                                                   const std::string& only_stack,
                                                   const std::string& environment = "");

/// The same, for callers that need only the templates (diff, validate).
Result<CloudAssembly> SynthesizeConfig(const std::string& config_path, const FileSystem& fs,
                                       const std::string& only_stack);

}  // namespace cdkpp

#endif  // CDKPP_PIPELINE_SYNTH_H_
