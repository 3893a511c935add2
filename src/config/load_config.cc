#include "cdkpp/config/load_config.h"

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <string>

#include "config/account_names.h"
#include "config/json_syntax.h"
#include "config/load_context.h"
#include "config/node_reader.h"
#include "config/source_text.h"
#include "config/stack_reader.h"
#include "config/yaml_documents.h"

namespace cdkpp {
namespace {

using config::Field;
using config::LoadContext;
using config::MappingReader;

bool EndsWithJson(const std::string& path) {
  if (path.size() < 5) return false;
  std::string ext = path.substr(path.size() - 5);
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ext == ".json";
}

// Parses the YAML (or JSON) text; reports syntax errors and returns nothing
// unless there is exactly one non-empty document.
std::optional<YAML::Node> ParseDocument(LoadContext& ctx, const std::string& yaml_text) {
  config::YamlParse parsed = config::ParseYamlDocument(yaml_text);
  SourceLocation where = ctx.AtParsedOffset(parsed.offset);
  switch (parsed.kind) {
    case config::YamlParse::Kind::kOk:
      return parsed.root;
    case config::YamlParse::Kind::kEmpty:
      ctx.Error(config::kEmptyError, ctx.source().Start(), "",
                "the config is empty; expected a mapping with a \"stacks\" list, "
                "e.g. \"stacks: [{name: Demo}]\"");
      return std::nullopt;
    case config::YamlParse::Kind::kManyDocuments:
      ctx.Error(config::kSyntaxError, where, "",
                "expected one YAML document, found a second one here");
      return std::nullopt;
    case config::YamlParse::Kind::kTooDeep:
      ctx.Error(config::kSyntaxError, where, "",
                "nesting is too deep (" + parsed.message + " levels)");
      return std::nullopt;
    case config::YamlParse::Kind::kSyntaxError:
      break;
  }
  std::string message = "YAML syntax error: " + parsed.message;
  std::string line = ctx.source().Line(where.line);
  std::string indent = line.substr(0, line.find_first_not_of(" \t"));
  if (indent.find('\t') != std::string::npos) {
    message += " (YAML does not allow tabs for indentation; use spaces)";
  }
  ctx.Error(config::kSyntaxError, where, "", message);
  return std::nullopt;
}

void ReadStacks(LoadContext& ctx, const YAML::Node& root, PipelineConfig* config) {
  SourceLocation root_where = ctx.At(root.Mark());
  if (!root_where.known()) root_where = ctx.source().Start();
  MappingReader top(ctx, Field{root, "", root_where}, "a mapping with a \"stacks\" list");
  if (!top.ok()) return;
  std::optional<Field> stacks = top.Require("stacks");
  if (stacks) {
    std::vector<Field> items = config::ListItems(ctx, *stacks);
    if (items.empty() && (stacks->node.IsNull() || stacks->node.IsSequence())) {
      ctx.Error(config::kValueError, stacks->where, stacks->path,
                "expected at least one stack, e.g. \"stacks: [{name: Demo}]\"");
    }
    std::map<std::string, std::string> first_use;  // stack name -> key path
    for (const Field& item : items) {
      StackConfig stack = config::ReadStack(ctx, item);
      if (!stack.name.empty()) {
        auto [it, inserted] = first_use.emplace(stack.name, item.path);
        if (!inserted) {
          std::string path = item.path + ".name";
          ctx.Error(config::kDuplicateStackError, ctx.LocationOf(path), path,
                    "duplicate stack name " + config::Quote(stack.name) + "; " + it->second +
                        " (line " + std::to_string(ctx.LocationOf(it->second).line) +
                        ") already uses it");
        }
      }
      config->stacks.push_back(std::move(stack));
    }
  }
  top.Finish();
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
  // A UTF-8 byte order mark is allowed but is not part of line 1's columns.
  const std::string kBom = "\xEF\xBB\xBF";
  std::string text = original_text.rfind(kBom, 0) == 0 ? original_text.substr(3) : original_text;
  PipelineConfig config;
  config.file = path;
  config::SourceText source(path, text);
  LoadContext ctx(source, &config);
  if (auto bad = config::FindEncodingError(text)) {
    // Nothing else is worth reading in a binary file; one error is enough.
    ctx.Error(config::kEncodingError, source.LocationAt(bad->offset), "", bad->message);
    return ctx.TakeSortedDiagnostics();
  }
  bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
  config::YamlReadyJson json;
  if (!blank && EndsWithJson(path)) {
    if (auto bad = config::CheckJsonSyntax(text)) {
      ctx.Error(config::kSyntaxError, source.LocationAt(bad->offset), "",
                "JSON syntax error: " + bad->message);
      return ctx.TakeSortedDiagnostics();
    }
    json = config::RewriteForYaml(text);
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
