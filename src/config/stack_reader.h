#ifndef CDKPP_CONFIG_STACK_READER_H_
#define CDKPP_CONFIG_STACK_READER_H_

#include "cdkpp/config/load_config.h"
#include "config/node_reader.h"

namespace cdkpp::config {

/// Reads one entry of `stacks` (f.path is "stacks[i]"): type checks every
/// section, then runs the props' Validate() on each section that had no type
/// error (a field left at its default by a type error would otherwise give a
/// misleading range or cross-field message) and reports what it finds at the
/// config key it names.
StackConfig ReadStack(LoadContext& ctx, const Field& f);

/// Maps a props Validate() key path (relative to a section, e.g.
/// "tables[1].schema") to the full config key path below stack_path.
/// section is the props' own section ("replication"); keys that live
/// elsewhere in the config (logRetentionDays -> monitoring) are redirected.
std::string ConfigKeyPath(const std::string& stack_path, const std::string& section,
                          const std::string& relative);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_STACK_READER_H_
