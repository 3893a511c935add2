#include "cdkpp/core/app.h"

#include <optional>

#include "cdkpp/core/stack.h"
#include "util/parallel_for.h"
#include "util/path.h"

namespace cdkpp {

std::vector<OutputFile> CloudAssembly::Files(const std::string& out_dir) const {
  using internal::JoinFilePath;
  std::vector<OutputFile> files;
  for (const auto& stack : stacks) {
    files.push_back({JoinFilePath(out_dir, stack.template_file), stack.template_text});
  }
  files.push_back({JoinFilePath(out_dir, "manifest.json"), SerializeTemplate(manifest)});
  files.push_back({JoinFilePath(out_dir, "cdk.out"),
                   SerializeTemplate(Json{{"version", kCloudAssemblyVersion}})});
  return files;
}

Result<CloudAssembly> App::Synth(const std::string& only_stack) {
  Lock();
  Diagnostics errors;
  CollectErrors(&errors);
  if (HasErrors(errors)) return errors;

  std::vector<const Stack*> stacks;
  for (const auto& child : children()) {
    auto* stack = dynamic_cast<const Stack*>(child.get());
    if (stack == nullptr) continue;
    if (!only_stack.empty() && stack->stack_name() != only_stack) continue;
    stacks.push_back(stack);
  }
  // The locked tree is read-only, so stacks synthesize side by side (a
  // config of many pipelines); the artifacts below keep the config's order.
  std::vector<std::optional<Result<SynthesizedTemplate>>> results(stacks.size());
  internal::ParallelFor(stacks.size(), [&](std::size_t i) { results[i] = stacks[i]->Synthesize(); });

  CloudAssembly assembly;
  Json artifacts = Json::object();
  bool found = only_stack.empty() || !stacks.empty();
  for (std::size_t i = 0; i < stacks.size(); ++i) {
    const Stack* stack = stacks[i];
    Result<SynthesizedTemplate>& synthesized = *results[i];
    if (!synthesized.ok()) {
      for (auto& d : synthesized.diagnostics()) errors.push_back(d);
      continue;
    }
    StackArtifact artifact{stack->stack_name(), stack->TemplateFileName(),
                           std::move(synthesized->json), std::move(synthesized->text)};
    // An environment-agnostic stack artifact, as `cdk synth` writes one for a
    // stack without env: the CDK CLI deploys it to the default account/region.
    artifacts[artifact.stack_name] = {
        {"type", "aws:cloudformation:stack"},
        {"environment", "aws://unknown-account/unknown-region"},
        {"properties", {{"templateFile", artifact.template_file}, {"validateOnSynth", false}}},
        {"displayName", artifact.stack_name}};
    // The CDK CLI deploys (and `cdk ls` lists) a stack after its dependencies.
    if (!stack->dependencies().empty()) {
      artifacts[artifact.stack_name]["dependencies"] = stack->dependencies();
    }
    assembly.stacks.push_back(std::move(artifact));
  }
  if (!found) errors.push_back(Error("", "no stack named \"" + only_stack + "\""));
  if (HasErrors(errors)) return errors;
  assembly.manifest = {{"version", kCloudAssemblyVersion}, {"artifacts", std::move(artifacts)}};
  return assembly;
}

}  // namespace cdkpp
