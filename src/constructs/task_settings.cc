#include "constructs/task_settings.h"

#include <set>
#include <string>

#include "constructs/checks.h"

namespace cdkpp::internal {
namespace {

// The top-level sections of a DMS task settings document ("Specifying task
// settings for AWS Database Migration Service tasks", DMS User Guide).
const std::set<std::string>& TaskSettingsSections() {
  static const std::set<std::string> kSections = {
      "BeforeImageSettings",    "ChangeProcessingDdlHandlingPolicy",
      "ChangeProcessingTuning", "CharacterSetSettings",
      "ControlTablesSettings",  "ErrorBehavior",
      "FailTaskWhenCleanTaskResourceFailed", "FullLoadSettings",
      "Logging",                "LoopbackPreventionSettings",
      "PostProcessingRules",    "StreamBufferSettings",
      "TTSettings",             "TargetMetadata",
      "ValidationSettings"};
  return kSections;
}

std::string SectionList() {
  std::string out;
  for (const std::string& s : TaskSettingsSections()) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

Json DefaultTaskSettings() {
  Json components = Json::array();
  for (const char* id :
       {"SOURCE_CAPTURE", "SOURCE_UNLOAD", "TARGET_APPLY", "TARGET_LOAD", "TASK_MANAGER"}) {
    components.push_back({{"Id", id}, {"Severity", "LOGGER_SEVERITY_DEFAULT"}});
  }
  return {{"Logging", {{"EnableLogging", true}, {"LogComponents", components}}}};
}

Json DeepMerge(Json base, const Json& overlay) {
  if (!base.is_object() || !overlay.is_object()) return overlay;
  for (const auto& [key, value] : overlay.items()) {
    base[key] = base.contains(key) ? DeepMerge(base[key], value) : value;
  }
  return base;
}

void CheckTaskSettings(Diagnostics* out, const std::string& key, const Json& settings) {
  if (!settings.is_object()) {
    checks::Expect(out, false, key, "a mapping of DMS task-settings sections", settings.dump());
    return;
  }
  for (const auto& [section, value] : settings.items()) {
    std::string at = key + "." + section;
    if (TaskSettingsSections().count(section) == 0) {
      checks::Expect(out, false, key, "DMS task-settings sections (" + SectionList() + ")",
                     checks::Quote(section));
    } else if (section != "FailTaskWhenCleanTaskResourceFailed" && !value.is_object()) {
      checks::Expect(out, false, at, "a mapping", value.dump());
    }
  }
  auto logging = settings.find("Logging");
  if (logging == settings.end() || !logging->is_object()) return;
  auto enabled = logging->find("EnableLogging");
  checks::Expect(out, enabled == logging->end() || *enabled == true, key + ".Logging.EnableLogging",
                 "true (the task log group and the alarms rely on task logs)",
                 enabled == logging->end() ? "" : enabled->dump());
  for (const char* fixed : {"CloudWatchLogGroup", "CloudWatchLogStream"}) {
    auto set = logging->find(fixed);
    if (set == logging->end()) continue;
    checks::Expect(out, false, key + ".Logging." + fixed,
                   "no log group or stream (DMS names them and refuses them on create)",
                   set->dump());
  }
}

}  // namespace cdkpp::internal
