#include "support/synth_helpers.h"

#include <gtest/gtest.h>

#include "cdkpp/config/load_config.h"
#include "cdkpp/constructs/kinesis_stream.h"
#include "cdkpp/constructs/rds_mysql.h"
#include "cdkpp/constructs/vpc.h"
#include "cdkpp/core/stack.h"

namespace cdkpp::testing {

Json SynthTemplate(App& app, const std::string& stack) {
  Result<CloudAssembly> assembly = app.Synth(stack);
  if (!assembly.ok()) {
    for (const auto& d : assembly.diagnostics()) ADD_FAILURE() << d.ToString();
    return nullptr;
  }
  if (assembly->stacks.empty()) return nullptr;
  return assembly->stacks.front().template_json;
}

Json SynthReplication(DmsReplicationProps props) {
  App app;
  auto& stack = New<Stack>(app, "S");
  auto& vpc = New<Vpc>(stack, "VPC");
  auto& db = New<RdsMysql>(stack, "Database", vpc);
  auto& stream = New<KinesisStream>(stack, "Stream");
  New<DmsReplication>(stack, "Replication", vpc, db, stream, std::move(props));
  return SynthTemplate(app);
}

Json SynthPipeline(PipelineStackProps props) {
  App app;
  New<PipelineStack>(app, "S", std::move(props));
  return SynthTemplate(app);
}

std::string ConfigErrors(const std::string& text) {
  Result<PipelineConfig> result = ParsePipelineConfig("c.yaml", text);
  EXPECT_FALSE(result.ok());
  std::string out;
  for (const Diagnostic& d : result.diagnostics()) out += d.ToString() + "\n";
  return out;
}

std::vector<std::string> SynthErrors(App& app) {
  std::vector<std::string> errors;
  Result<CloudAssembly> assembly = app.Synth();
  if (!assembly.ok()) {
    for (const auto& d : assembly.diagnostics()) errors.push_back(d.ToString());
  }
  return errors;
}

std::vector<Json> ResourcesOfType(const Json& template_json, const std::string& type) {
  std::vector<Json> out;
  for (const auto& [id, resource] : template_json["Resources"].items()) {
    if (resource["Type"] == type) out.push_back(resource);
  }
  return out;
}

Json OnlyResource(const Json& template_json, const std::string& type) {
  std::vector<Json> all = ResourcesOfType(template_json, type);
  EXPECT_EQ(1u, all.size()) << "resources of type " << type;
  return all.empty() ? Json() : all.front();
}

std::string LogicalIdByPath(const Json& template_json, const std::string& path_suffix) {
  std::string found;
  for (const auto& [id, resource] : template_json["Resources"].items()) {
    std::string path = resource["Metadata"]["aws:cdk:path"];
    if (path.size() >= path_suffix.size() &&
        path.compare(path.size() - path_suffix.size(), path_suffix.size(), path_suffix) == 0) {
      EXPECT_TRUE(found.empty()) << "two resources end with " << path_suffix;
      found = id;
    }
  }
  EXPECT_FALSE(found.empty()) << "no resource path ends with " << path_suffix;
  return found;
}

}  // namespace cdkpp::testing
