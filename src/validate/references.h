#ifndef CDKPP_SRC_VALIDATE_REFERENCES_H_
#define CDKPP_SRC_VALIDATE_REFERENCES_H_

// Finds every reference an intrinsic makes inside a JSON value: Ref,
// Fn::GetAtt, the ${X} variables of Fn::Sub, and condition names (Fn::If,
// Condition). Shared by the missing-target rules, the cycle check and the
// GetAtt-attribute schema check.

#include <cstddef>
#include <string>
#include <vector>

#include "cdkpp/core/json.h"
#include "util/sub_variables.h"

namespace cdkpp::validate::internal {

struct Reference {
  enum class Kind { kRef, kGetAtt, kSub, kCondition };
  Kind kind;
  /// The logical id (or condition name) referred to.
  std::string target;
  /// GetAtt / ${X.Attr}: the attribute; empty otherwise.
  std::string attribute;
  /// Where, relative to the walked value: "Properties.VpcId.Ref".
  std::string path;
};

/// Appends every reference found in `value` to `out`; `path` is the path of
/// `value` itself. Sub variables defined in the Fn::Sub variable map, and
/// ${!Literal} escapes, are not references.
void CollectReferences(const Json& value, const std::string& path, std::vector<Reference>* out);

using cdkpp::internal::SubVariables;

/// True for AWS::Region, AWS::AccountId and the other pseudo parameters.
bool IsPseudoParameter(const std::string& name);

/// True if `value` names logical id `id`: {"Ref": id}, {"Fn::GetAtt": [id,
/// ...]}, or the literal string id.
bool RefersTo(const Json& value, const std::string& id);

/// Appends "key" to a property path ("a" + "b" -> "a.b"; "" + "b" -> "b").
std::string JoinPath(const std::string& path, const std::string& key);
/// Appends "[i]".
std::string IndexPath(const std::string& path, std::size_t i);

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_REFERENCES_H_
