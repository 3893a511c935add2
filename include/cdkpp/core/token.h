#ifndef CDKPP_CORE_TOKEN_H_
#define CDKPP_CORE_TOKEN_H_

#include <string>

#include "cdkpp/core/value.h"

namespace cdkpp {

class CfnElement;
class CfnCondition;

/// A CloudFormation intrinsic function as a typed value. Subclasses are
/// private (src/core/intrinsics.cc); build them with the functions below.
class Intrinsic {
 public:
  virtual ~Intrinsic() = default;
  /// The intrinsic as template JSON, e.g. {"Ref": "MyBucketF68F3FF0"}.
  virtual Json Resolve(const internal::ResolveContext& ctx) const = 0;
};

/// Pseudo parameters (AWS::Region, ...), resolved as {"Ref": "AWS::..."}.
enum class Pseudo { kAccountId, kRegion, kPartition, kStackName, kStackId, kUrlSuffix, kNoValue };

/// {"Ref": <logical id of element>}: a resource's primary id or a parameter's value.
Value Ref(const CfnElement& element);
/// {"Ref": "AWS::Region"} and friends.
Value Ref(Pseudo pseudo);
/// {"Fn::GetAtt": [<logical id>, attribute]}.
Value GetAtt(const CfnElement& resource, std::string attribute);
/// {"Fn::Sub": template} or {"Fn::Sub": [template, variables]}; variables may
/// hold tokens, so a template never contains a logical id spelled by hand.
Value Sub(std::string template_string, ValueMap variables = {});
/// {"Fn::Join": [delimiter, parts]}; adjacent literal strings are merged and a
/// join of literals only becomes a plain string.
Value Join(std::string delimiter, ValueList parts);
/// {"Fn::Select": [index, list]}.
Value Select(int index, Value list);
/// {"Fn::Split": [delimiter, source]}.
Value Split(std::string delimiter, Value source);
/// {"Fn::GetAZs": region} ("" = the stack's region).
Value GetAZs(std::string region = "");
/// {"Fn::ImportValue": export_name}.
Value ImportValue(Value export_name);
/// {"Fn::If": [condition, if_true, if_false]}.
Value If(const CfnCondition& condition, Value if_true, Value if_false);
/// {"Fn::Equals": [a, b]}, for CfnCondition expressions.
Value Equals(Value a, Value b);
/// {"Fn::Not": [condition expression]}.
Value Not(Value condition_expression);

/// A Secrets Manager dynamic reference,
/// "{{resolve:secretsmanager:<secret>:SecretString:<json_key>::}}", joined
/// around the secret's token so the secret value never enters the template.
Value SecretsManagerReference(Value secret_id, std::string json_key);

}  // namespace cdkpp

#endif  // CDKPP_CORE_TOKEN_H_
