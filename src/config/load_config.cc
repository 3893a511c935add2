#include "cdkpp/config/load_config.h"

#include <map>
#include <optional>
#include <string>

#include "config/account_names.h"
#include "config/layers.h"
#include "config/load_context.h"
#include "config/merge_keys.h"
#include "config/network_stacks.h"
#include "config/node_reader.h"
#include "config/schema/config_schema.h"
#include "config/schema_reader.h"
#include "input/json_parser.h"
#include "input/source_text.h"
#include "input/yaml_document.h"

namespace cdkpp {
namespace {

using config::Field;
using config::LoadContext;

bool EndsWithJson(const std::string& path) {
  if (path.size() < 5) return false;
  std::string ext = path.substr(path.size() - 5);
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ext == ".json";
}

void ReportEmpty(LoadContext& ctx) {
  ctx.Error(config::kEmptyError, ctx.source().Start(), "",
            "the config is empty; expected a mapping with a \"stacks\" list, "
            "e.g. \"stacks: [{name: Demo}]\"");
}

// Loads the YAML text with the guarded loader; reports syntax errors and
// returns nothing unless there is exactly one non-empty document.
input::YamlNodePtr ParseYaml(LoadContext& ctx, const std::string& text) {
  input::YamlLoad loaded = input::LoadYamlDocument(text);
  switch (loaded.kind) {
    case input::YamlLoad::Kind::kOk:
      return loaded.root;
    case input::YamlLoad::Kind::kEmpty:
      ReportEmpty(ctx);
      return nullptr;
    case input::YamlLoad::Kind::kError:
      ctx.Error(config::kSyntaxError, ctx.At(loaded.offset), "", loaded.message);
      return nullptr;
  }
  return nullptr;
}

// Reads JSON text with the one JSON reader (strict: the YAML loader would
// accept trailing commas and comments) into the tree the YAML loader makes.
input::YamlNodePtr ParseJson(LoadContext& ctx) {
  input::YamlNodePtr root;
  if (auto bad = input::ReadJsonTree(ctx.source(), config::kSyntaxError, &root)) {
    SourceLocation where = bad->location;
    ctx.Add(std::move(*bad), where);
    return nullptr;
  }
  if (config::IsNull(*root)) {
    ReportEmpty(ctx);
    return nullptr;
  }
  return root;
}

// Reads the file's top level through the config schema tables, then checks
// what spans stacks.
void ReadStacks(LoadContext& ctx, const input::YamlNode& root, PipelineConfig* config) {
  config::ReadTable(ctx, Field{&root, "", root.offset}, config::schema::RootSection(), config);
  std::map<std::string, std::string> first_use;  // stack name -> key path
  for (std::size_t i = 0; i < config->stacks.size(); ++i) {
    StackConfig& stack = config->stacks[i];
    stack.key_path = "stacks[" + std::to_string(i) + "]";
    for (std::size_t j = 0; j < stack.suppressions.size(); ++j) {
      stack.suppressions[j].location =
          ctx.LocationOf(stack.key_path + ".suppressions[" + std::to_string(j) + "]");
    }
    if (stack.name.empty()) continue;
    auto [it, inserted] = first_use.emplace(stack.name, stack.key_path);
    if (!inserted) {
      std::string path = stack.key_path + ".name";
      ctx.Error(config::kDuplicateStackError, ctx.LocationOf(path), path,
                "duplicate stack name " + input::Quote(stack.name) + "; " + it->second + " (line " +
                    std::to_string(ctx.LocationOf(it->second).line) + ") already uses it");
    }
  }
  config::CheckNetworkStacks(ctx, root, *config);
  if (ctx.error_count() == 0) config::CheckAccountWideNames(ctx, *config);
}

// Reads root with one environment's layers applied ("" for none).
void ReadLayered(LoadContext& ctx, const input::YamlNodePtr& root, const std::string& environment,
                 PipelineConfig* config) {
  config::LayeredRoot layered = config::ApplyLayers(ctx, root, environment);
  config->environments = std::move(layered.environments);
  config->environment = std::move(layered.applied);
  if (layered.root) ReadStacks(ctx, *layered.root, config);
}

// Reads the file with every environment but the applied one, for its errors
// (a mistake in the prod layers is reported by a synth of dev too), then
// checks the names that must be unique per account and region across them.
void CheckOtherEnvironments(LoadContext& ctx, const input::YamlNodePtr& root,
                            const PipelineConfig& config) {
  std::vector<PipelineConfig> others;
  others.reserve(config.environments.size());
  for (const ConfigEnvironment& env : config.environments) {
    if (config.environment && env.name == config.environment->name) continue;
    PipelineConfig& scratch = others.emplace_back();
    scratch.file = config.file;
    LoadContext other(ctx.source(), &scratch);
    ReadLayered(other, root, env.name, &scratch);
    for (Diagnostic& d : other.TakeSortedDiagnostics()) {
      SourceLocation where = d.location;
      ctx.Add(std::move(d), where);
    }
  }
  if (ctx.error_count() > 0) return;
  std::vector<const PipelineConfig*> all;
  for (const ConfigEnvironment& env : config.environments) {
    if (config.environment && env.name == config.environment->name) all.push_back(&config);
    for (const PipelineConfig& other : others) {
      if (other.environment && other.environment->name == env.name) all.push_back(&other);
    }
  }
  config::CheckAccountWideNamesAcrossEnvironments(ctx, all);
}

}  // namespace

std::string ConfigEnvironment::Uri() const {
  return "aws://" + account.value_or("unknown-account") + "/" + region.value_or("unknown-region");
}

SourceLocation PipelineConfig::LocationOf(const std::string& key_path) const {
  std::string path = key_path;
  while (!path.empty()) {
    auto it = locations_.find(path);
    if (it != locations_.end()) return {file, it->second.line, it->second.column};
    std::size_t cut = path.find_last_of(".[");
    path = cut == std::string::npos ? "" : path.substr(0, cut);
  }
  return {file, 1, 1};
}

Result<PipelineConfig> ParsePipelineConfig(const std::string& path,
                                           const std::string& original_text,
                                           const std::string& environment) {
  input::SourceText source(path, std::string(input::WithoutByteOrderMark(original_text)));
  const std::string& text = source.text();
  PipelineConfig config;
  config.file = path;
  LoadContext ctx(source, &config);
  if (auto bad = input::FindEncodingError(text)) {
    // Nothing else is worth reading in a binary file; one error is enough.
    ctx.Error(config::kEncodingError, source.LocationAt(bad->offset), "", bad->message);
    return ctx.TakeSortedDiagnostics();
  }
  bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
  input::YamlNodePtr root = !blank && EndsWithJson(path) ? ParseJson(ctx) : ParseYaml(ctx, text);
  if (root) {
    // A merge key is a plain `<<`: text without one has nothing to expand.
    if (text.find("<<") != std::string::npos) root = config::ExpandMergeKeys(ctx, root);
    ReadLayered(ctx, root, environment, &config);
    CheckOtherEnvironments(ctx, root, config);
  }
  if (ctx.error_count() > 0) return ctx.TakeSortedDiagnostics();
  return config;
}

Result<PipelineConfig> LoadPipelineConfig(const std::string& path, const FileSystem& fs,
                                          const std::string& environment) {
  Result<std::string> text = fs.ReadFile(path);
  if (!text.ok()) return text.diagnostics();
  return ParsePipelineConfig(path, *text, environment);
}

Result<std::string> FindDefaultConfig(const FileSystem& fs) {
  for (const char* candidate : {"cdkpp.yaml", "cdkpp.yml", "cdkpp.json"}) {
    if (fs.Exists(candidate)) return std::string(candidate);
  }
  Diagnostic d;
  d.code = "config.not-found";
  d.message =
      "no config file: looked for cdkpp.yaml, cdkpp.yml and cdkpp.json in the current directory "
      "(write one with `cdkpp init`, or pass -c FILE)";
  return d;
}

}  // namespace cdkpp
