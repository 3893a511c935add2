#include "cdkpp/config/build_app.h"

namespace cdkpp {

std::unique_ptr<App> BuildApp(const PipelineConfig& config) {
  auto app = std::make_unique<App>();
  for (const StackConfig& stack : config.stacks) {
    New<PipelineStack>(*app, stack.name, stack.props);
  }
  return app;
}

}  // namespace cdkpp
