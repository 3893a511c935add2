#include "cdkpp/validate/format_findings.h"

#include <gtest/gtest.h>

#include <string>

#include "cdkpp/core/json.h"
#include "cdkpp/validate/validate.h"

namespace cdkpp::validate {
namespace {

std::vector<TemplateReport> Sample() {
  Finding size;
  size.code = "CDKPP-CFN-014";
  size.severity = Severity::kWarning;
  size.message = "template is big";
  size.fix = "use S3";
  Finding pub;
  pub.code = "CDKPP-SEC-003";
  pub.severity = Severity::kError;
  pub.logical_id = "Db";
  pub.resource_type = "AWS::RDS::DBInstance";
  pub.key_path = "Properties.PubliclyAccessible";
  pub.message = "public";
  pub.fix = "make it private";
  pub.location = {"pipeline.yaml", 12, 5};
  Finding az = pub;
  az.code = "CDKPP-SEC-007";
  az.severity = Severity::kWarning;
  az.key_path = "Properties.MultiAZ";
  az.message = "single AZ";
  az.suppressed = true;
  az.suppression_reason = "test stack";
  return {{"Pipeline.template.json", {size, pub, az}}, {"Clean.template.json", {}}};
}

TEST(FormatText, GroupsByTemplateAndResource) {
  EXPECT_EQ(FormatText(Sample(), false),
            "Pipeline.template.json\n"
            "  (template)\n"
            "    warning CDKPP-CFN-014 template is big\n"
            "      fix: use S3\n"
            "  Db (AWS::RDS::DBInstance)\n"
            "    error CDKPP-SEC-003 Properties.PubliclyAccessible: public\n"
            "      at pipeline.yaml:12:5\n"
            "      fix: make it private\n"
            "    suppressed warning CDKPP-SEC-007 Properties.MultiAZ: single AZ\n"
            "      at pipeline.yaml:12:5\n"
            "      reason: test stack\n"
            "Pipeline.template.json: 1 error, 1 warning, 0 infos, 1 suppressed\n"
            "Clean.template.json\n"
            "Clean.template.json: 0 errors, 0 warnings, 0 infos, 0 suppressed\n");
}

TEST(FormatText, ColorOnlyWhenAsked) {
  std::string plain = FormatText(Sample(), false);
  std::string color = FormatText(Sample(), true);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_NE(color.find("\x1b[1;31merror\x1b[0m"), std::string::npos);
}

TEST(FormatJson, CarriesEveryFieldAndSummary) {
  Json j = Json::parse(FormatJson(Sample()));
  const Json& t = j["templates"][0];
  EXPECT_EQ(t["name"], "Pipeline.template.json");
  EXPECT_EQ(t["summary"], Json::parse(R"({"errors":1,"warnings":1,"infos":0,"suppressed":1})"));
  const Json& f = t["findings"][2];
  EXPECT_EQ(f["ruleId"], "CDKPP-SEC-007");
  EXPECT_EQ(f["severity"], "warning");
  EXPECT_EQ(f["logicalId"], "Db");
  EXPECT_EQ(f["propertyPath"], "Properties.MultiAZ");
  EXPECT_EQ(f["location"], Json::parse(R"({"file":"pipeline.yaml","line":12,"column":5})"));
  EXPECT_EQ(f["suppressed"], true);
  EXPECT_EQ(f["suppressionReason"], "test stack");
  EXPECT_EQ(j["templates"][1]["findings"], Json::array());
}

TEST(FormatSarif, IsSarif210WithRulesResultsAndSuppressions) {
  Json log = Json::parse(FormatSarif(Sample()));
  EXPECT_EQ(log["version"], "2.1.0");
  const Json& run = log["runs"][0];
  const Json& rules = run["tool"]["driver"]["rules"];
  EXPECT_EQ(run["tool"]["driver"]["name"], "cdkpp");
  ASSERT_EQ(run["results"].size(), 3u);
  for (const Json& r : run["results"]) {
    // ruleIndex must point at the rule with the same id.
    EXPECT_EQ(rules[r["ruleIndex"].get<int>()]["id"], r["ruleId"]);
  }
  const Json& pub = run["results"][1];
  EXPECT_EQ(pub["level"], "error");
  EXPECT_EQ(pub["message"]["text"], "public");
  EXPECT_EQ(pub["properties"]["fix"], "make it private");
  EXPECT_EQ(pub["locations"][0]["physicalLocation"],
            Json::parse(R"({"artifactLocation":{"uri":"pipeline.yaml"},
                            "region":{"startLine":12,"startColumn":5}})"));
  EXPECT_EQ(pub["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
            "Db.Properties.PubliclyAccessible");
  const Json& size = run["results"][0];
  EXPECT_EQ(size["locations"][0]["physicalLocation"],
            Json::parse(R"({"artifactLocation":{"uri":"Pipeline.template.json"}})"));
  EXPECT_FALSE(size.contains("suppressions"));
  EXPECT_EQ(run["results"][2]["suppressions"],
            Json::parse(R"([{"kind":"external","justification":"test stack"}])"));
}

TEST(FormatSarif, UrisAreRelativeToTheRootWithItsBaseId) {
  SarifOptions options;
  options.root = "/repo";
  options.working_dir = "/repo/infra";
  Json run = Json::parse(FormatSarif(Sample(), options))["runs"][0];
  EXPECT_EQ(run["originalUriBaseIds"], Json::parse(R"({"SRCROOT":{"uri":"file:///repo/"}})"));
  EXPECT_EQ(run["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"],
            Json::parse(R"({"uri":"infra/pipeline.yaml","uriBaseId":"SRCROOT"})"));
  options.root = "/elsewhere";
  run = Json::parse(FormatSarif(Sample(), options))["runs"][0];
  EXPECT_EQ(run["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"],
            Json::parse(R"({"uri":"file:///repo/infra/pipeline.yaml"})"));
}

TEST(FormatRulesJson, ListsEveryRuleWithItsFields) {
  Json rules = Json::parse(FormatRulesJson());
  ASSERT_EQ(rules.size(), RuleCatalog().size());
  EXPECT_EQ(rules[0]["id"], RuleCatalog()[0].id);
  EXPECT_EQ(rules[0]["fix"], RuleCatalog()[0].fix);
}

}  // namespace
}  // namespace cdkpp::validate
