#ifndef CDKPP_PIPELINE_STACK_LIST_H_
#define CDKPP_PIPELINE_STACK_LIST_H_

#include <cstddef>
#include <string>
#include <vector>

#include "cdkpp/core/json.h"
#include "cdkpp/pipeline/synth.h"

namespace cdkpp {

/// One stack of a synthesized config, as `cdkpp ls` shows it.
struct StackListing {
  std::string name;
  std::string kind;         ///< "pipeline" or "network"
  std::string environment;  ///< the manifest's aws://account/region
  std::size_t resources = 0;
  std::vector<std::string> dependencies;  ///< stacks deployed before this one
};

/// The stacks of a synthesis in deploy order (every stack after the stacks
/// it depends on; otherwise in config order). Removal is the reverse.
std::vector<StackListing> ListStacks(const ConfigSynthesis& synthesis);

/// The listing as JSON: an array of {name, kind, environment, resources,
/// dependencies}, for scripts.
Json StackListingJson(const std::vector<StackListing>& stacks);

}  // namespace cdkpp

#endif  // CDKPP_PIPELINE_STACK_LIST_H_
