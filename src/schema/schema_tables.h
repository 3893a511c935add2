#ifndef CDKPP_SRC_SCHEMA_SCHEMA_TABLES_H_
#define CDKPP_SRC_SCHEMA_SCHEMA_TABLES_H_

// The resource schema tables, defined by the source that
// tools/gen_schema_tables.py generates from data/cfn_schemas.tsv at build
// time. Read them through cdkpp/schema/resource_schemas.h.

#include <cstdint>

#include "cdkpp/schema/resource_schemas.h"

// The tables' own section, which the link places after .rodata (and
// .eh_frame): the 2.4 MB of tables no longer sit between the program's other
// read-only data (jump tables, glibc's and libstdc++'s constants), so the
// few kilobytes of those a command reads share fewer 64 KB windows (a page
// fault each): a diff of the benchmarks' pair touched 11 windows of
// .rodata and tables, now 10; a synth of the example 1 fewer too.
#define CDKPP_SCHEMA_TABLE [[gnu::section("cdkpp_schema_tables")]]

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
