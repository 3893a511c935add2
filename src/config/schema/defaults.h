#ifndef CDKPP_CONFIG_SCHEMA_DEFAULTS_H_
#define CDKPP_CONFIG_SCHEMA_DEFAULTS_H_

#include "config/schema/key_spec.h"

namespace cdkpp::config::schema {

/// The value of key in props (an object of its table's props type) as the
/// config would spell it: scalars and lists as is, enums as their listed
/// spelling, a nested section or list items as objects of their keys.
/// Applied to a default-constructed props object, this is the key's default.
Json ValueOf(const KeySpec& key, const void* props);

/// Every key of spec with its value in props, in table order.
Json ObjectOf(const SectionSpec& spec, const void* props);

}  // namespace cdkpp::config::schema

#endif  // CDKPP_CONFIG_SCHEMA_DEFAULTS_H_
