#ifndef CDKPP_CONSTRUCTS_TASK_SETTINGS_H_
#define CDKPP_CONSTRUCTS_TASK_SETTINGS_H_

#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/json.h"

namespace cdkpp::internal {

// The DMS task settings document of the replication task (or serverless
// replication config): cdkpp's settings with the user's deep-merged over them.

/// cdkpp's own settings: logging on for the components that explain CDC
/// problems (the log group and the alarms rely on task logs).
Json DefaultTaskSettings();

/// base with overlay merged in: objects key by key, recursively; any other
/// value of overlay (lists too) replaces base's.
Json DeepMerge(Json base, const Json& overlay);

/// Errors of user settings (key_path = key): a top-level key that is not a
/// DMS task-settings section, a section that is not an object, logging
/// turned off, or the log group and stream, which DMS refuses on create.
void CheckTaskSettings(Diagnostics* out, const std::string& key, const Json& settings);

}  // namespace cdkpp::internal

#endif  // CDKPP_CONSTRUCTS_TASK_SETTINGS_H_
