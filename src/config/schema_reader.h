#ifndef CDKPP_CONFIG_SCHEMA_READER_H_
#define CDKPP_CONFIG_SCHEMA_READER_H_

#include <string>

#include "config/load_context.h"
#include "config/node_reader.h"
#include "config/schema/key_spec.h"

namespace cdkpp::config {

/// Reads the mapping f with the table spec into props (an object of the
/// table's props type): every present key is type-checked, checked against
/// its rule and stored; missing required keys, keys excluded by another and
/// unknown keys are reported. Then, when no key of the section itself
/// (nested sections aside) had an error, runs the table's props Validate()
/// and reports each finding at the config key whose member it names (or at
/// the section when it names none). Absent keys keep the props' values.
void ReadTable(LoadContext& ctx, const Field& f, const schema::SectionSpec& spec, void* props);

/// The config key path, relative to a mapping read with spec, of the member
/// path member ("vpc.max_azs" -> "maxAzs", "replication.tables[1].schema"
/// -> "tables[1].schema"); "" when no key of spec fills that member.
std::string ConfigPathOfMember(const schema::SectionSpec& spec, const std::string& member);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_SCHEMA_READER_H_
