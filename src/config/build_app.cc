#include "cdkpp/config/build_app.h"

#include "cdkpp/constructs/network_stack.h"

namespace cdkpp {
namespace {

NetworkStackProps NetworkProps(const PipelineStackProps& props) {
  NetworkStackProps network;
  // The config's description default is the pipeline's; a network stack
  // not given one says what it is.
  if (props.stack.description != PipelineStackProps{}.stack.description) {
    network.stack.description = props.stack.description;
  }
  network.stack.tags = props.stack.tags;
  network.vpc = props.vpc;
  network.endpoints = props.vpc_endpoints;
  network.log_kms_encryption = props.log_kms_encryption;
  return network;
}

}  // namespace

std::unique_ptr<App> BuildApp(const PipelineConfig& config) {
  auto app = std::make_unique<App>();
  for (const StackConfig& stack : config.stacks) {
    if (stack.kind == StackKind::kNetwork)
      New<NetworkStack>(*app, stack.name, NetworkProps(stack.props));
  }
  for (const StackConfig& stack : config.stacks) {
    if (stack.kind != StackKind::kNetwork) New<PipelineStack>(*app, stack.name, stack.props);
  }
  return app;
}

}  // namespace cdkpp
