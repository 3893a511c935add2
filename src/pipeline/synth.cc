#include "cdkpp/pipeline/synth.h"

#include "cdkpp/config/build_app.h"
#include "pipeline/override_targets.h"
#include "util/suggest.h"

namespace cdkpp {
namespace {

// An unknown --stack: the error lists the config's stacks and suggests the
// closest name ("pipelinedev" -> "PipelineDev").
Status CheckStackSelection(const PipelineConfig& config, const std::string& only_stack) {
  if (only_stack.empty()) return OkStatus();
  std::vector<std::string> names;
  for (const StackConfig& stack : config.stacks) {
    if (stack.name == only_stack) return OkStatus();
    names.push_back(stack.name);
  }
  std::string message = "no stack named \"" + only_stack + "\"";
  message += internal::DidYouMean(only_stack, names);
  message += " The config's stacks:";
  for (const std::string& name : names) message += " " + name;
  Diagnostic error = Error("", message);
  error.location.file = config.file;
  return error;
}

// The manifest's environment of every stack: the applied environment's.
void SetManifestEnvironment(const PipelineConfig& config, CloudAssembly* assembly) {
  if (!config.environment) return;  // App::Synth writes environment-agnostic artifacts
  for (const StackArtifact& artifact : assembly->stacks) {
    assembly->manifest["artifacts"][artifact.stack_name]["environment"] = config.environment->Uri();
  }
}

}  // namespace

Result<ConfigSynthesis> SynthesizeConfigWithSource(const std::string& config_path,
                                                   const FileSystem& fs,
                                                   const std::string& only_stack,
                                                   const std::string& environment) {
  std::string path = config_path;
  if (path.empty()) {
    Result<std::string> found = FindDefaultConfig(fs);
    if (!found.ok()) return found.diagnostics();
    path = *found;
  }
  Result<PipelineConfig> config = LoadPipelineConfig(path, fs, environment);
  if (!config.ok()) return config.diagnostics();
  Status selected = CheckStackSelection(*config, only_stack);
  if (!selected.ok()) return selected.diagnostics();
  std::unique_ptr<App> app = BuildApp(*config);
  // Overrides are part of the config: a wrong target is an error at its key.
  if (Diagnostics wrong = internal::CheckOverrideTargets(*config, *app); !wrong.empty()) {
    return wrong;
  }
  Result<CloudAssembly> assembly = app->Synth(only_stack);
  if (!assembly.ok()) {
    Diagnostics errors = assembly.diagnostics();
    // Name the config file, so the user knows which input to fix.
    for (auto& d : errors) {
      if (d.location.file.empty()) d.location.file = path;
    }
    return errors;
  }
  SetManifestEnvironment(*config, &*assembly);
  return ConfigSynthesis{std::move(*config), std::move(*assembly)};
}

Result<CloudAssembly> SynthesizeConfig(const std::string& config_path, const FileSystem& fs,
                                       const std::string& only_stack) {
  Result<ConfigSynthesis> synthesis = SynthesizeConfigWithSource(config_path, fs, only_stack);
  if (!synthesis.ok()) return synthesis.diagnostics();
  return std::move(synthesis->assembly);
}

}  // namespace cdkpp
