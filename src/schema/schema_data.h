#ifndef CDKPP_SRC_SCHEMA_SCHEMA_DATA_H_
#define CDKPP_SRC_SCHEMA_SCHEMA_DATA_H_

#include <string_view>

// Defined in schema_data.S: the bytes of data/cfn_schemas.tsv.
extern "C" const char cdkpp_cfn_schemas_begin[];
extern "C" const char cdkpp_cfn_schemas_end[];

namespace cdkpp::schema_internal {

/// The embedded schema data, "TYPE\tJSON\n" lines sorted by type.
inline std::string_view EmbeddedSchemaData() {
  return std::string_view(
      cdkpp_cfn_schemas_begin,
      static_cast<std::size_t>(cdkpp_cfn_schemas_end - cdkpp_cfn_schemas_begin));
}

}  // namespace cdkpp::schema_internal

#endif  // CDKPP_SRC_SCHEMA_SCHEMA_DATA_H_
