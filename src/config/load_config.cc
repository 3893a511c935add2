#include "cdkpp/config/load_config.h"

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <string>

#include "config/account_names.h"
#include "config/load_context.h"
#include "config/node_reader.h"
#include "config/schema/config_schema.h"
#include "config/schema_reader.h"
#include "input/json_as_yaml.h"
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

// Loads the YAML (or JSON) text with the guarded loader; reports syntax
// errors and returns nothing unless there is exactly one non-empty document.
// The readers still walk yaml-cpp's nodes (with their marks), so the text is
// then read once more by yaml-cpp: the guarded load has already refused what
// would make that second read hang, explode or recurse without end.
std::optional<YAML::Node> ParseDocument(LoadContext& ctx, const std::string& yaml_text) {
  input::YamlLoad loaded = input::LoadYamlDocument(yaml_text);
  switch (loaded.kind) {
    case input::YamlLoad::Kind::kOk:
      break;
    case input::YamlLoad::Kind::kEmpty:
      ctx.Error(config::kEmptyError, ctx.source().Start(), "",
                "the config is empty; expected a mapping with a \"stacks\" list, "
                "e.g. \"stacks: [{name: Demo}]\"");
      return std::nullopt;
    case input::YamlLoad::Kind::kError:
      ctx.Error(config::kSyntaxError, ctx.AtParsedOffset(loaded.offset), "", loaded.message);
      return std::nullopt;
  }
  try {
    return YAML::Load(yaml_text);
  } catch (const YAML::Exception& e) {
    ctx.Error(config::kSyntaxError, ctx.At(e.mark), "", "YAML syntax error: " + e.msg);
    return std::nullopt;
  }
}

// Reads the file's top level through the config schema tables, then checks
// what spans stacks.
void ReadStacks(LoadContext& ctx, const YAML::Node& root, PipelineConfig* config) {
  SourceLocation root_where = ctx.At(root.Mark());
  if (!root_where.known()) root_where = ctx.source().Start();
  config::ReadTable(ctx, Field{root, "", root_where}, config::schema::RootSection(), config);
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
                "duplicate stack name " + input::Quote(stack.name) + "; " + it->second +
                    " (line " + std::to_string(ctx.LocationOf(it->second).line) +
                    ") already uses it");
    }
  }
  if (ctx.error_count() == 0) config::CheckAccountWideNames(ctx, *config);
}

}  // namespace

SourceLocation PipelineConfig::LocationOf(const std::string& key_path) const {
  std::string path = key_path;
  while (!path.empty()) {
    auto it = locations_.find(path);
    if (it != locations_.end()) return it->second;
    std::size_t cut = path.find_last_of(".[");
    path = cut == std::string::npos ? "" : path.substr(0, cut);
  }
  return {file, 1, 1};
}

Result<PipelineConfig> ParsePipelineConfig(const std::string& path,
                                           const std::string& original_text) {
  std::string text(input::WithoutByteOrderMark(original_text));
  PipelineConfig config;
  config.file = path;
  input::SourceText source(path, text);
  LoadContext ctx(source, &config);
  if (auto bad = input::FindEncodingError(text)) {
    // Nothing else is worth reading in a binary file; one error is enough.
    ctx.Error(config::kEncodingError, source.LocationAt(bad->offset), "", bad->message);
    return ctx.TakeSortedDiagnostics();
  }
  bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
  input::YamlReadyJson json;
  if (!blank && EndsWithJson(path)) {
    // The one JSON reader checks the syntax strictly (the YAML parser would
    // accept trailing commas and comments); its value is not needed here.
    Json strict;
    if (auto bad = input::ReadJson(source, config::kSyntaxError, &strict)) {
      SourceLocation where = bad->location;
      ctx.Add(std::move(*bad), where);
      return ctx.TakeSortedDiagnostics();
    }
    json = input::RewriteForYaml(text);
    ctx.SetRewrittenJson(&json);
  }
  std::optional<YAML::Node> root = ParseDocument(ctx, json.text.empty() ? text : json.text);
  if (root) ReadStacks(ctx, *root, &config);
  if (ctx.error_count() > 0) return ctx.TakeSortedDiagnostics();
  return config;
}

Result<PipelineConfig> LoadPipelineConfig(const std::string& path, const FileSystem& fs) {
  Result<std::string> text = fs.ReadFile(path);
  if (!text.ok()) return text.diagnostics();
  return ParsePipelineConfig(path, *text);
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
