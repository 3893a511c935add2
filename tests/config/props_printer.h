#ifndef CDKPP_TESTS_CONFIG_PROPS_PRINTER_H_
#define CDKPP_TESTS_CONFIG_PROPS_PRINTER_H_

#include <string>

#include "cdkpp/constructs/pipeline_stack.h"
#include "config/schema/config_schema.h"
#include "config/schema/defaults.h"

namespace cdkpp::testing {

/// Every config key's value in PipelineStackProps, one "section.key=value"
/// line each (read through the config schema tables, so a new key is
/// printed without editing this), so tests can compare two props key by key
/// and see which one differs.
inline std::string PrintProps(const PipelineStackProps& p) {
  namespace schema = config::schema;
  std::string out = "description=" + Json(p.stack.description).dump() + "\n";
  out += "tags=" + Json(p.stack.tags).dump() + "\n";
  for (const schema::SectionSpec* section :
       {&schema::VpcSection(), &schema::DatabaseSection(), &schema::ReplicationSection(),
        &schema::StreamSection(), &schema::MonitoringSection()}) {
    for (const schema::KeySpec& key : section->keys) {
      out += section->name + "." + key.key + "=" + schema::ValueOf(key, &p).dump() + "\n";
    }
  }
  return out;
}

}  // namespace cdkpp::testing

#endif  // CDKPP_TESTS_CONFIG_PROPS_PRINTER_H_
