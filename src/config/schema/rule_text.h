#ifndef CDKPP_CONFIG_SCHEMA_RULE_TEXT_H_
#define CDKPP_CONFIG_SCHEMA_RULE_TEXT_H_

#include <string>

#include "config/schema/key_spec.h"

namespace cdkpp::config::schema {

/// What a value of the key must be, worded once for errors and docs:
/// "an integer from 24 to 8760", "one of 1, 3, 5", "10, 30 or a multiple of
/// 60", "true or false", "a stream name of ...", "a string".
std::string Expected(const KeySpec& key);

/// Expected() of a string (or string-list item) with this rule.
std::string ExpectedString(const Rule& rule);

/// True when value (already of the key's kind: an integer, number, string,
/// or one list item) satisfies the key's rule. Strings are checked for
/// length before the pattern, so a regular expression never sees a long
/// input.
bool Satisfies(const KeySpec& key, const Json& value);
/// The same for a string value, without copying it into a Json.
bool Satisfies(const KeySpec& key, const std::string& value);

/// Number of code points of UTF-8 text.
std::size_t CodePoints(const std::string& text);

}  // namespace cdkpp::config::schema

#endif  // CDKPP_CONFIG_SCHEMA_RULE_TEXT_H_
