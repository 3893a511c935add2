#include "cdkpp/core/json.h"
#include "cdkpp/validate/format_findings.h"
#include "cdkpp/validate/validate.h"

namespace cdkpp::validate {
namespace {

Json LocationJson(const SourceLocation& loc) {
  Json j = Json::object();
  j["file"] = loc.file;
  j["line"] = loc.line;
  j["column"] = loc.column;
  return j;
}

}  // namespace

std::string FormatJson(const std::vector<TemplateReport>& reports) {
  Json templates = Json::array();
  for (const auto& report : reports) {
    Json findings = Json::array();
    int counts[3] = {0, 0, 0};
    int suppressed = 0;
    for (const auto& f : report.findings) {
      Json j = Json::object();
      j["ruleId"] = f.code;
      j["severity"] = SeverityName(f.severity);
      j["logicalId"] = f.logical_id;
      j["resourceType"] = f.resource_type;
      j["propertyPath"] = f.key_path;
      j["message"] = f.message;
      j["fix"] = f.fix;
      j["location"] = LocationJson(f.location);
      j["suppressed"] = f.suppressed;
      if (f.suppressed) j["suppressionReason"] = f.suppression_reason;
      findings.push_back(std::move(j));
      if (f.suppressed) {
        ++suppressed;
      } else {
        ++counts[static_cast<int>(f.severity)];
      }
    }
    Json t = Json::object();
    t["name"] = report.name;
    t["findings"] = std::move(findings);
    t["summary"] = {{"errors", counts[static_cast<int>(Severity::kError)]},
                    {"warnings", counts[static_cast<int>(Severity::kWarning)]},
                    {"infos", counts[static_cast<int>(Severity::kInfo)]},
                    {"suppressed", suppressed}};
    templates.push_back(std::move(t));
  }
  Json root = Json::object();
  root["templates"] = std::move(templates);
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace cdkpp::validate

namespace cdkpp::validate {

std::string FormatRulesJson() {
  Json rules = Json::array();
  for (const RuleInfo& r : RuleCatalog()) {
    rules.push_back(
        {{"id", r.id}, {"severity", SeverityName(r.severity)}, {"title", r.title}, {"fix", r.fix}});
  }
  return rules.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace cdkpp::validate
