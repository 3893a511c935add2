#ifndef CDKPP_SRC_DIFF_DIFF_INTERNAL_H_
#define CDKPP_SRC_DIFF_DIFF_INTERNAL_H_

// Pieces of the template diff shared between its source files. Not public.

#include <string>
#include <vector>

#include "cdkpp/core/json.h"
#include "cdkpp/diff/template_diff.h"

namespace cdkpp::diff {

/// Renders an intrinsic-bearing value as text the way people read it:
/// {"Ref": "X"} -> "${X}", {"Fn::GetAtt": ["X", "Arn"]} -> "${X.Arn}",
/// Fn::Join concatenated, Fn::Sub as its template string; plain strings as is;
/// anything else as compact JSON.
std::string RenderIntrinsic(const Json& value);

/// The changes to the "Resources" section; sorted by logical id.
/// Defined in resource_diff.cc.
std::vector<ResourceDiff> DiffResources(const Json& old_resources, const Json& new_resources,
                                        const DiffOptions& options);

/// Sets each top-level property diff's impact and the resource impact from the
/// schema's create-only properties (replacement_rules.cc).
void ApplyReplacementRules(const ResourceSchemas* schemas, ResourceDiff* resource);

/// Flags resources whose Ref/GetAtt/Sub inputs point at replaced resources
/// (replacement_propagation.cc). `diffs` stays sorted by logical id.
void PropagateReplacement(const Json& new_resources, const ResourceSchemas* schemas,
                          std::vector<ResourceDiff>* diffs);

/// True if CloudFormation treats changes to this type as custom logic
/// (Custom::*, AWS::CloudFormation::CustomResource): updated, never assumed replaced.
bool IsCustomResourceType(const std::string& type);

}  // namespace cdkpp::diff

#endif  // CDKPP_SRC_DIFF_DIFF_INTERNAL_H_
