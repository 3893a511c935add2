#ifndef CDKPP_SRC_SCHEMA_SCHEMA_ENTRY_H_
#define CDKPP_SRC_SCHEMA_SCHEMA_ENTRY_H_

#include <optional>
#include <string_view>

#include "cdkpp/schema/resource_schemas.h"

namespace cdkpp::internal {

/// Parses one compact JSON entry (the part after the tab) into a schema.
/// Returns nullopt on malformed JSON.
std::optional<ResourceSchema> ParseResourceSchemaEntry(std::string_view type_name,
                                                       std::string_view compact_json);

}  // namespace cdkpp::internal

#endif  // CDKPP_SRC_SCHEMA_SCHEMA_ENTRY_H_
