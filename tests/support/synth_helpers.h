#ifndef CDKPP_TESTS_SUPPORT_SYNTH_HELPERS_H_
#define CDKPP_TESTS_SUPPORT_SYNTH_HELPERS_H_

#include <string>
#include <vector>

#include "cdkpp/constructs/dms_replication.h"
#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "cdkpp/core/json.h"

namespace cdkpp::testing {

/// Synthesizes app and returns the template of its only (or named) stack.
/// Fails the current test (returns null) when synthesis fails.
Json SynthTemplate(App& app, const std::string& stack = "");

/// The template of a stack holding a DmsReplication with props over a
/// default VPC, RDS MySQL database and Kinesis stream.
Json SynthReplication(DmsReplicationProps props);

/// The template of a PipelineStack "S" built from props.
Json SynthPipeline(PipelineStackProps props);

/// Every diagnostic of parsing text as config file c.yaml, one ToString()
/// per line; fails the test when the text parses.
std::string ConfigErrors(const std::string& text);

/// The error messages synthesis reports (empty when it succeeds).
std::vector<std::string> SynthErrors(App& app);

/// Every resource of the given type, in template order.
std::vector<Json> ResourcesOfType(const Json& template_json, const std::string& type);

/// The one resource of this type; fails the test if there is not exactly one.
Json OnlyResource(const Json& template_json, const std::string& type);

/// The logical id of the one resource whose aws:cdk:path ends with path_suffix.
std::string LogicalIdByPath(const Json& template_json, const std::string& path_suffix);

/// "key: message" for each problem props.Validate() reports, in order.
template <typename Props>
std::vector<std::string> ValidationMessages(const Props& props) {
  std::vector<std::string> out;
  for (const auto& d : props.Validate()) out.push_back(d.key_path + ": " + d.message);
  return out;
}

}  // namespace cdkpp::testing

#endif  // CDKPP_TESTS_SUPPORT_SYNTH_HELPERS_H_
