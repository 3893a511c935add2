#ifndef CDKPP_SRC_VALIDATE_LITERAL_H_
#define CDKPP_SRC_VALIDATE_LITERAL_H_

// Reading literal property values the way CloudFormation coerces them.
// Intrinsics (Ref, Fn::If, ...) are not literals: rules treat them as
// "unknown" and stay silent rather than guess.

#include <optional>
#include <string>
#include <string_view>

#include "cdkpp/core/json.h"

namespace cdkpp::validate::internal {

/// The property `key` of an object, or nullptr (also when obj is null or not
/// an object). Rules call it for every resource: it scans the members with
/// the key's length known, where nlohmann's find(const char*) measured the
/// key for every member.
const Json* Get(const Json* obj, std::string_view key);

/// True for {"Ref": ...}, {"Fn::...": ...} and {"Condition": ...}.
bool IsIntrinsic(const Json& value);

/// A boolean or a "true"/"false" string (any case); nullopt otherwise.
std::optional<bool> AsBool(const Json* value);

/// An integer number or a string of digits; nullopt otherwise.
std::optional<long long> AsInt(const Json* value);

/// A string; nullopt for anything else.
std::optional<std::string> AsString(const Json* value);

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_LITERAL_H_
