#ifndef CDKPP_SRC_SCHEMA_SCHEMA_TABLES_H_
#define CDKPP_SRC_SCHEMA_SCHEMA_TABLES_H_

// The resource schema tables, defined by the source that
// tools/gen_schema_tables.py generates from data/cfn_schemas.tsv at build
// time. Read them through cdkpp/schema/resource_schemas.h.

#include <cstdint>

#include "cdkpp/schema/resource_schemas.h"

namespace cdkpp::internal {

/// A string: kText[offset, offset + size).
struct TextRef {
  std::uint32_t offset, size;
};

extern const char kText[];
extern const TextRef kStrings[];        // by string id; id 0 is ""
extern const std::uint32_t kStringIds[];  // runs of string ids (lists)
extern const double kNumbers[];          // bounds; index 0 = absent
extern const SchemaEnumValue kEnumValues[];
extern const PropertySchema kProperties[];
extern const ResourceSchema kTypes[];  // sorted by name
extern const std::uint32_t kTypeCount;

}  // namespace cdkpp::internal

#endif  // CDKPP_SRC_SCHEMA_SCHEMA_TABLES_H_
