// Suppressions: matched findings stay in the list, marked, with the reason;
// a missing reason, an unknown rule or an unused suppression is a finding.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "validate/validate_test_util.h"

namespace cdkpp::validate {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kTemplate = R"({"Resources": {
  "DatabaseInstance1234ABCD": {"Type": "AWS::RDS::DBInstance",
    "Properties": {"PubliclyAccessible": true, "StorageEncrypted": true, "DeletionProtection": true,
                   "BackupRetentionPeriod": 7, "MultiAZ": true, "Port": "3307", "Engine": "mysql"},
    "Metadata": {"aws:cdk:path": "PipelineStack/Database/Instance/Resource"}},
  "Other": {"Type": "AWS::RDS::DBInstance",
    "Properties": {"PubliclyAccessible": true, "StorageEncrypted": true, "DeletionProtection": true,
                   "BackupRetentionPeriod": 7, "MultiAZ": true, "Port": "3307", "Engine": "mysql"}}}})";

std::vector<Finding> RunWith(std::vector<Suppression> suppressions,
                             const std::string& json = kTemplate) {
  ValidateOptions options;
  options.schema_checks = false;
  options.suppressions = std::move(suppressions);
  return test_util::Run(json, options);
}

Strings Describe(const std::vector<Finding>& findings) {
  Strings out;
  for (const auto& f : findings) {
    out.push_back(f.code + " " + f.logical_id + (f.suppressed ? " suppressed: " : " live") +
                  f.suppression_reason + (f.location.known() ? " @" + f.location.ToString() : ""));
  }
  return out;
}

TEST(Suppressions, ByConstructPathMarksOnlyThatResource) {
  auto f = RunWith({{"CDKPP-SEC-003", "test stack, reached from a laptop", "Database", {}}});
  EXPECT_EQ(Describe(f), (Strings{"CDKPP-SEC-003 DatabaseInstance1234ABCD suppressed: test stack, "
                                  "reached from a laptop",
                                  "CDKPP-SEC-003 Other live"}));
  EXPECT_FALSE(HasUnsuppressedErrors(RunWith(
      {{"CDKPP-SEC-003", "r", "Database/Instance", {}}, {"CDKPP-SEC-003", "r", "Other", {}}})));
}

TEST(Suppressions, WithoutResourceMatchesEveryResource) {
  auto f = RunWith({{"CDKPP-SEC-003", "all test", "", {}}});
  EXPECT_FALSE(HasUnsuppressedErrors(f));
  EXPECT_EQ(f.size(), 2u);
  EXPECT_EQ(CountAtOrAbove(f, Severity::kInfo), 0);
}

TEST(Suppressions, PartialPathComponentDoesNotMatch) {
  auto f = RunWith({{"CDKPP-SEC-003", "r", "Data", {}}});
  EXPECT_TRUE(HasUnsuppressedErrors(f));
}

TEST(Suppressions, MissingReasonIsAnErrorAndSuppressesNothing) {
  SourceLocation loc{"pipeline.yaml", 40, 7};
  auto f = RunWith({{"CDKPP-SEC-003", "  ", "Database", loc}});
  EXPECT_EQ(Describe(f),
            (Strings{"CDKPP-SUP-001  live @pipeline.yaml:40:7",
                     "CDKPP-SEC-003 DatabaseInstance1234ABCD live", "CDKPP-SEC-003 Other live"}));
  EXPECT_EQ(f[0].message, "suppression of CDKPP-SEC-003 on Database has no reason");
}

TEST(Suppressions, UnknownRuleAndUnusedAreReported) {
  auto f =
      RunWith({{"CDKPP-SEC-999", "typo", "", {}}, {"CDKPP-SEC-010", "no stream here", "", {}}});
  ASSERT_GE(f.size(), 2u);
  EXPECT_EQ(f[0].code, "CDKPP-SUP-002");
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_EQ(f[1].code, "CDKPP-SUP-003");
  EXPECT_EQ(f[1].message, "suppression of CDKPP-SEC-010 matched no finding");
  EXPECT_EQ(f[1].severity, Severity::kInfo);
}

TEST(Suppressions, TemplateMetadataSuppressions) {
  std::string json = R"({"Resources": {"L": {"Type": "AWS::Logs::LogGroup",
    "Properties": {"RetentionInDays": 7},
    "Metadata": {"cdkpp": {"suppressions": [{"rule": "CDKPP-SEC-018", "reason": "no secrets logged"}]}}},
    "M": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 7}}}})";
  auto f = RunWith({}, json);
  EXPECT_EQ(Describe(f),
            (Strings{"CDKPP-SEC-018 L suppressed: no secrets logged", "CDKPP-SEC-018 M live"}));
}

TEST(Suppressions, TemplateMetadataWithoutReasonSuppressesNothing) {
  std::string json = R"({"Resources": {"L": {"Type": "AWS::Logs::LogGroup",
    "Properties": {"RetentionInDays": 7},
    "Metadata": {"cdkpp": {"suppressions": [{"rule": "CDKPP-SEC-018"}]}}}}})";
  auto f = RunWith({}, json);
  EXPECT_EQ(Describe(f), (Strings{"CDKPP-SUP-001  live", "CDKPP-SEC-018 L live"}));
  EXPECT_TRUE(HasUnsuppressedErrors(f));
}

TEST(Locate, LocatorReceivesCdkPathAndFillsLocation) {
  ValidateOptions options;
  options.schema_checks = false;
  std::vector<std::string> seen;
  options.locate = [&](const LocateQuery& q) {
    seen.push_back(q.finding->code + " " + q.cdk_path);
    if (q.cdk_path.empty()) return SourceLocation{};
    return SourceLocation{"pipeline.yaml", 12, 5};
  };
  auto f = test_util::Run(kTemplate, options);
  EXPECT_EQ(Describe(f), (Strings{"CDKPP-SEC-003 DatabaseInstance1234ABCD live @pipeline.yaml:12:5",
                                  "CDKPP-SEC-003 Other live"}));
  EXPECT_EQ(seen,
            (Strings{"CDKPP-SEC-003 PipelineStack/Database/Instance/Resource", "CDKPP-SEC-003 "}));
}

TEST(Severity, CountAtOrAboveFollowsThreshold) {
  std::vector<Finding> f(3);
  f[0].severity = Severity::kError;
  f[1].severity = Severity::kWarning;
  f[2].severity = Severity::kInfo;
  EXPECT_EQ(CountAtOrAbove(f, Severity::kError), 1);
  EXPECT_EQ(CountAtOrAbove(f, Severity::kWarning), 2);
  EXPECT_EQ(CountAtOrAbove(f, Severity::kInfo), 3);
  f[0].suppressed = true;
  EXPECT_FALSE(HasUnsuppressedErrors(f));
}

TEST(Catalog, IdsAreUniqueSortedAndDocumented) {
  const auto& catalog = RuleCatalog();
  ASSERT_FALSE(catalog.empty());
  for (std::size_t i = 1; i < catalog.size(); ++i) {
    EXPECT_LT(std::string(catalog[i - 1].id), std::string(catalog[i].id));
  }
  for (const auto& rule : catalog) {
    EXPECT_NE(std::string(rule.title), "") << rule.id;
    EXPECT_NE(std::string(rule.fix), "") << rule.id;
    EXPECT_NE(FindRule(rule.id), nullptr) << rule.id;
  }
}

}  // namespace
}  // namespace cdkpp::validate
