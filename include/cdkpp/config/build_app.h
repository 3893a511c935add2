#ifndef CDKPP_CONFIG_BUILD_APP_H_
#define CDKPP_CONFIG_BUILD_APP_H_

#include <memory>

#include "cdkpp/config/load_config.h"
#include "cdkpp/core/app.h"

namespace cdkpp {

/// The construct tree a config describes: an App with one PipelineStack per
/// entry of config.stacks, in file order, named by the entry's name.
/// Construct-level errors surface from App::Synth(), as for any App.
std::unique_ptr<App> BuildApp(const PipelineConfig& config);

}  // namespace cdkpp

#endif  // CDKPP_CONFIG_BUILD_APP_H_
