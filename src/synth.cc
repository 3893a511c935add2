#include "cdkpp/synth.h"

#include <set>

#include "cdkpp/config/build_app.h"
#include "config/suggest.h"

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
  std::string suggestion = config::Suggest(only_stack, names);
  if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
  message += " The config's stacks:";
  for (const std::string& name : names) message += " " + name;
  Diagnostic error = Error("", message);
  error.location.file = config.file;
  return error;
}

}  // namespace

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
  Status selected = CheckStackSelection(*config, only_stack);
  if (!selected.ok()) return selected.diagnostics();
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

std::vector<std::string> RequiredCapabilities(const Json& template_json) {
  std::set<std::string> capabilities;
  static const std::set<std::string> kNameProperties = {"RoleName", "UserName", "GroupName",
                                                        "ManagedPolicyName", "InstanceProfileName"};
  // Any template can come here (deploy instructions for a loaded one): every
  // member is checked for its type before it is read.
  const Json* resources = nullptr;
  if (template_json.is_object() && template_json.contains("Resources")) {
    resources = &template_json["Resources"];
  }
  if (resources && resources->is_object()) {
    for (const auto& [id, resource] : resources->items()) {
      if (!resource.is_object()) continue;
      auto type = resource.find("Type");
      if (type == resource.end() || !type->is_string() ||
          type->get_ref<const std::string&>().rfind("AWS::IAM::", 0) != 0) {
        continue;
      }
      capabilities.insert("CAPABILITY_IAM");
      auto properties = resource.find("Properties");
      if (properties == resource.end() || !properties->is_object()) continue;
      for (const auto& [key, value] : properties->items()) {
        if (kNameProperties.count(key) > 0) capabilities.insert("CAPABILITY_NAMED_IAM");
      }
    }
  }
  // NAMED_IAM implies IAM; deploy wants just the stronger one.
  if (capabilities.count("CAPABILITY_NAMED_IAM") > 0) capabilities.erase("CAPABILITY_IAM");
  if (template_json.is_object() && template_json.contains("Transform")) capabilities.insert("CAPABILITY_AUTO_EXPAND");
  return {capabilities.begin(), capabilities.end()};
}

}  // namespace cdkpp
