// SARIF 2.1.0 (OASIS), the subset GitHub code scanning reads: tool.driver
// with rules, results with ruleId/ruleIndex/level/message/locations, and
// suppressions for accepted exceptions.
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

Json Location(const Finding& f, const std::string& template_name) {
  Json physical = Json::object();
  const std::string& uri = f.location.file.empty() ? template_name : f.location.file;
  physical["artifactLocation"] = {{"uri", uri}};
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
    if (!f.property_path.empty()) name += "." + f.property_path;
    loc["logicalLocations"] =
        Json::array({{{"name", f.logical_id}, {"fullyQualifiedName", name}, {"kind", "resource"}}});
  }
  return loc;
}

}  // namespace

std::string FormatSarif(const std::vector<TemplateReport>& reports) {
  std::map<std::string, int> index;
  Json driver = Json::object();
  driver["name"] = "cdkpp";
  driver["version"] = CDKPP_VERSION;
  driver["rules"] = Rules(&index);

  Json results = Json::array();
  for (const auto& report : reports) {
    for (const auto& f : report.findings) {
      Json r = Json::object();
      r["ruleId"] = f.rule_id;
      auto it = index.find(f.rule_id);
      if (it != index.end()) r["ruleIndex"] = it->second;
      r["level"] = Level(f.severity);
      std::string text = f.message;
      if (!f.fix.empty()) text += " Fix: " + f.fix;
      r["message"] = {{"text", text}};
      r["locations"] = Json::array({Location(f, report.name)});
      if (f.suppressed) {
        r["suppressions"] =
            Json::array({{{"kind", "external"}, {"justification", f.suppression_reason}}});
      }
      results.push_back(std::move(r));
    }
  }
  Json run = Json::object();
  run["tool"] = {{"driver", std::move(driver)}};
  run["results"] = std::move(results);
  Json log = Json::object();
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace cdkpp::validate
