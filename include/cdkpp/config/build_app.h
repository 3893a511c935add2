#ifndef CDKPP_CONFIG_BUILD_APP_H_
#define CDKPP_CONFIG_BUILD_APP_H_

#include <memory>

#include "cdkpp/config/load_config.h"
#include "cdkpp/core/app.h"

namespace cdkpp {

/// The construct tree a config describes: an App with one stack per entry of
/// config.stacks, named by the entry's name: first a NetworkStack per
/// `kind: network` entry, then a PipelineStack per other entry, each group in
/// file order. That is an order to deploy them in: a pipeline imports only
/// from network stacks (vpc.fromStack), which import nothing.
/// Construct-level errors surface from App::Synth(), as for any App.
std::unique_ptr<App> BuildApp(const PipelineConfig& config);

}  // namespace cdkpp

#endif  // CDKPP_CONFIG_BUILD_APP_H_
