#include "cdkpp/pipeline/stack_list.h"

namespace cdkpp {
namespace {

const char* KindName(StackKind kind) {
  return kind == StackKind::kNetwork ? "network" : "pipeline";
}

const StackConfig* FindStack(const PipelineConfig& config, const std::string& name) {
  for (const StackConfig& stack : config.stacks) {
    if (stack.name == name) return &stack;
  }
  return nullptr;
}

}  // namespace

std::vector<StackListing> ListStacks(const ConfigSynthesis& synthesis) {
  std::vector<StackListing> out;
  const Json& artifacts = synthesis.assembly.manifest.at("artifacts");
  // The assembly holds the network stacks first, then the pipelines that
  // import from them (BuildApp): that is the deploy order.
  for (const StackArtifact& artifact : synthesis.assembly.stacks) {
    StackListing listing;
    listing.name = artifact.stack_name;
    const StackConfig* stack = FindStack(synthesis.config, artifact.stack_name);
    listing.kind = KindName(stack ? stack->kind : StackKind::kPipeline);
    const Json& entry = artifacts.at(artifact.stack_name);
    listing.environment = entry.value("environment", std::string());
    if (entry.contains("dependencies")) {
      for (const Json& d : entry.at("dependencies"))
        listing.dependencies.push_back(d.get<std::string>());
    }
    const Json& template_json = artifact.template_json;
    listing.resources =
        template_json.contains("Resources") ? template_json.at("Resources").size() : 0;
    out.push_back(std::move(listing));
  }
  return out;
}

Json StackListingJson(const std::vector<StackListing>& stacks) {
  Json out = Json::array();
  for (const StackListing& s : stacks) {
    out.push_back(Json{{"name", s.name},
                       {"kind", s.kind},
                       {"environment", s.environment},
                       {"resources", s.resources},
                       {"dependencies", s.dependencies}});
  }
  return out;
}

}  // namespace cdkpp
