#ifndef CDKPP_CORE_JSON_OVERRIDE_H_
#define CDKPP_CORE_JSON_OVERRIDE_H_

#include <string>

#include "cdkpp/core/json.h"

namespace cdkpp::internal {

/// "" when path is a well-formed override path: names separated by '.', each
/// name followed by any number of [index] (e.g. "Properties.Tags[0].Value");
/// else what is wrong with it.
std::string CheckOverridePath(const std::string& path);

/// Sets value at path in *root, creating objects for missing names; a null
/// value deletes the member or list item. Returns "" on success, else why
/// the path does not fit *root (a malformed path, an index past the end of a
/// list, a name below a value that is not an object); *root is then unchanged.
std::string ApplyJsonOverride(Json* root, const std::string& path, const Json& value);

}  // namespace cdkpp::internal

#endif  // CDKPP_CORE_JSON_OVERRIDE_H_
