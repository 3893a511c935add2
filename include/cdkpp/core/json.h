#ifndef CDKPP_CORE_JSON_H_
#define CDKPP_CORE_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

namespace cdkpp {

/// JSON that keeps object keys in insertion order, so a template lists its
/// resources in construct-tree order, as AWS CDK does.
using Json = nlohmann::ordered_json;

/// Serializes a template the way AWS CDK writes cdk.out: one-space indent,
/// UTF-8 kept as is, plus a final newline. Byte-stable: depends on nothing but
/// the value (no locale, no clock, no host). Invalid UTF-8 in a string is
/// written as U+FFFD (synthesis rejects such a template before).
std::string SerializeTemplate(const Json& value);

/// Serializes compactly with keys sorted recursively: the canonical form used
/// for JSON that CloudFormation receives as a string (DMS TableMappings, task
/// settings), so equal objects always give equal strings. Invalid UTF-8 is
/// written as U+FFFD.
std::string SerializeCanonical(const Json& value);

/// Serializes compactly in the value's own key order, for messages and
/// reports. Invalid UTF-8 in a string (a hostile template can hold any
/// bytes) is written as U+FFFD instead of failing.
std::string SerializeCompact(const Json& value);

}  // namespace cdkpp

#endif  // CDKPP_CORE_JSON_H_
