#include "cdkpp/pipeline/synth.h"

#include "cdkpp/config/build_app.h"

namespace cdkpp {

Result<ConfigSynthesis> SynthesizeConfigWithSource(const std::string& config_path,
                                                   const FileSystem& fs,
                                                   const std::string& only_stack) {
  std::string path = config_path;
  if (path.empty()) {
    Result<std::string> found = FindDefaultConfig(fs);
    if (!found.ok()) return found.diagnostics();
    path = *found;
  }
  Result<PipelineConfig> config = LoadPipelineConfig(path, fs);
  if (!config.ok()) return config.diagnostics();
  std::unique_ptr<App> app = BuildApp(*config);
  Result<CloudAssembly> assembly = app->Synth(only_stack);
  if (!assembly.ok()) {
    Diagnostics errors = assembly.diagnostics();
    // Name the config file, so the user knows which input to fix.
    for (auto& d : errors) {
      if (d.location.file.empty()) d.location.file = path;
    }
    return errors;
  }
  return ConfigSynthesis{std::move(*config), std::move(*assembly)};
}

Result<CloudAssembly> SynthesizeConfig(const std::string& config_path, const FileSystem& fs,
                                       const std::string& only_stack) {
  Result<ConfigSynthesis> synthesis = SynthesizeConfigWithSource(config_path, fs, only_stack);
  if (!synthesis.ok()) return synthesis.diagnostics();
  return std::move(synthesis->assembly);
}

}  // namespace cdkpp
