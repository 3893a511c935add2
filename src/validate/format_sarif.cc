// SARIF 2.1.0 (OASIS), the subset GitHub code scanning reads: tool.driver
// with rules, results with ruleId/ruleIndex/level/message/locations, and
// suppressions for accepted exceptions.
#include <filesystem>
#include <map>

#include "cdkpp/core/json.h"
#include "cdkpp/validate/format_findings.h"
#include "cdkpp/validate/validate.h"

namespace cdkpp::validate {
namespace {

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "error";
}

Json Rules(std::map<std::string, int>* index) {
  Json rules = Json::array();
  for (const RuleInfo& r : RuleCatalog()) {
    (*index)[r.id] = static_cast<int>(rules.size());
    Json j = Json::object();
    j["id"] = r.id;
    j["shortDescription"] = {{"text", r.title}};
    j["help"] = {{"text", r.fix}};
    j["defaultConfiguration"] = {{"level", Level(r.severity)}};
    rules.push_back(std::move(j));
  }
  return rules;
}

constexpr const char* kRootId = "SRCROOT";

// The file relative to the root, with the root's id; a file outside the root
// keeps its absolute path.
Json ArtifactLocation(const std::string& file, const SarifOptions& options) {
  namespace fs = std::filesystem;
  if (options.root.empty()) return {{"uri", file}};
  fs::path absolute = fs::path(file).is_absolute() ? fs::path(file)
                                                   : fs::path(options.working_dir) / file;
  fs::path relative = absolute.lexically_normal().lexically_relative(options.root);
  if (relative.empty() || *relative.begin() == "..") {
    return {{"uri", "file://" + absolute.lexically_normal().string()}};
  }
  return {{"uri", relative.generic_string()}, {"uriBaseId", kRootId}};
}

Json Location(const Finding& f, const std::string& template_name, const SarifOptions& options) {
  Json physical = Json::object();
  const std::string& file = f.location.file.empty() ? template_name : f.location.file;
  physical["artifactLocation"] = ArtifactLocation(file, options);
  if (f.location.known()) {
    Json region = Json::object();
    region["startLine"] = f.location.line;
    if (f.location.column > 0) region["startColumn"] = f.location.column;
    physical["region"] = std::move(region);
  }
  Json loc = Json::object();
  loc["physicalLocation"] = std::move(physical);
  if (!f.logical_id.empty()) {
    std::string name = f.logical_id;
    if (!f.key_path.empty()) name += "." + f.key_path;
    loc["logicalLocations"] =
        Json::array({{{"name", f.logical_id}, {"fullyQualifiedName", name}, {"kind", "resource"}}});
  }
  return loc;
}

}  // namespace

std::string FormatSarif(const std::vector<TemplateReport>& reports, const SarifOptions& options) {
  std::map<std::string, int> index;
  Json driver = Json::object();
  driver["name"] = "cdkpp";
  driver["version"] = CDKPP_VERSION;
  driver["rules"] = Rules(&index);

  Json results = Json::array();
  for (const auto& report : reports) {
    for (const auto& f : report.findings) {
      Json r = Json::object();
      r["ruleId"] = f.code;
      auto it = index.find(f.code);
      if (it != index.end()) r["ruleIndex"] = it->second;
      r["level"] = Level(f.severity);
      r["message"] = {{"text", f.message}};
      r["locations"] = Json::array({Location(f, report.name, options)});
      if (!f.fix.empty()) r["properties"] = {{"fix", f.fix}};
      if (f.suppressed) {
        r["suppressions"] =
            Json::array({{{"kind", "external"}, {"justification", f.suppression_reason}}});
      }
      results.push_back(std::move(r));
    }
  }
  Json run = Json::object();
  run["tool"] = {{"driver", std::move(driver)}};
  if (!options.root.empty()) {
    std::string root = std::filesystem::path(options.root).lexically_normal().string();
    if (!root.ends_with("/")) root += "/";
    run["originalUriBaseIds"] = {{kRootId, {{"uri", "file://" + root}}}};
  }
  run["results"] = std::move(results);
  Json log = Json::object();
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace cdkpp::validate
