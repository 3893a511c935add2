#ifndef CDKPP_PIPELINE_OVERRIDE_TARGETS_H_
#define CDKPP_PIPELINE_OVERRIDE_TARGETS_H_

#include "cdkpp/config/load_config.h"
#include "cdkpp/core/app.h"
#include "cdkpp/core/diagnostic.h"

namespace cdkpp::internal {

/// One error per override of the config that names no resource of its
/// built stack, at the override's `resource` key in the config file (the
/// stack itself reports it too, but only by construct path). Which resources
/// exist depends on the whole config, so this runs on the built app, before
/// synthesis.
Diagnostics CheckOverrideTargets(const PipelineConfig& config, App& app);

}  // namespace cdkpp::internal

#endif  // CDKPP_PIPELINE_OVERRIDE_TARGETS_H_
