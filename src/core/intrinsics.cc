// The typed intrinsics behind token.h. Each knows how to render itself;
// none is ever encoded into a string.
#include "cdkpp/core/cfn_condition.h"
#include "cdkpp/core/cfn_element.h"
#include "cdkpp/core/token.h"
#include "core/resolve_context.h"

namespace cdkpp {
namespace {

class RefIntrinsic : public Intrinsic {
 public:
  explicit RefIntrinsic(const CfnElement& element) : element_(element) {}
  Json Resolve(const internal::ResolveContext& ctx) const override {
    return {{"Ref", ctx.LogicalIdOf(element_)}};
  }

 private:
  const CfnElement& element_;
};

class PseudoIntrinsic : public Intrinsic {
 public:
  explicit PseudoIntrinsic(std::string name) : name_(std::move(name)) {}
  Json Resolve(const internal::ResolveContext&) const override { return {{"Ref", name_}}; }

 private:
  std::string name_;
};

class GetAttIntrinsic : public Intrinsic {
 public:
  GetAttIntrinsic(const CfnElement& element, std::string attribute)
      : element_(element), attribute_(std::move(attribute)) {}
  Json Resolve(const internal::ResolveContext& ctx) const override {
    return {{"Fn::GetAtt", Json::array({ctx.LogicalIdOf(element_), attribute_})}};
  }

 private:
  const CfnElement& element_;
  std::string attribute_;
};

// Fn::Name with arguments that are Values (Select, Split, GetAZs, ...).
class FunctionIntrinsic : public Intrinsic {
 public:
  FunctionIntrinsic(std::string name, Value argument)
      : name_(std::move(name)), argument_(std::move(argument)) {}
  Json Resolve(const internal::ResolveContext& ctx) const override {
    return {{name_, argument_.Resolve(ctx)}};
  }

 private:
  std::string name_;
  Value argument_;
};

class JoinIntrinsic : public Intrinsic {
 public:
  JoinIntrinsic(std::string delimiter, ValueList parts)
      : delimiter_(std::move(delimiter)), parts_(std::move(parts)) {}
  Json Resolve(const internal::ResolveContext& ctx) const override {
    // Merge adjacent literals; a join of literals alone is just a string.
    Json parts = Json::array();
    for (const auto& part : parts_) {
      Json resolved = part.Resolve(ctx);
      if (resolved.is_string() && !parts.empty() && parts.back().is_string()) {
        parts.back() = parts.back().get<std::string>() + delimiter_ + resolved.get<std::string>();
      } else {
        parts.push_back(std::move(resolved));
      }
    }
    if (parts.size() == 1 && parts[0].is_string()) return parts[0];
    if (parts.empty()) return "";
    return {{"Fn::Join", Json::array({delimiter_, std::move(parts)})}};
  }

 private:
  std::string delimiter_;
  ValueList parts_;
};

// The bare logical id of a condition, as Fn::If's first argument wants it.
class ConditionNameIntrinsic : public Intrinsic {
 public:
  explicit ConditionNameIntrinsic(const CfnCondition& condition) : condition_(condition) {}
  Json Resolve(const internal::ResolveContext& ctx) const override { return ctx.LogicalIdOf(condition_); }

 private:
  const CfnCondition& condition_;
};

const char* PseudoName(Pseudo pseudo) {
  switch (pseudo) {
    case Pseudo::kAccountId:
      return "AWS::AccountId";
    case Pseudo::kRegion:
      return "AWS::Region";
    case Pseudo::kPartition:
      return "AWS::Partition";
    case Pseudo::kStackName:
      return "AWS::StackName";
    case Pseudo::kStackId:
      return "AWS::StackId";
    case Pseudo::kUrlSuffix:
      return "AWS::URLSuffix";
    case Pseudo::kNoValue:
      return "AWS::NoValue";
  }
  return "AWS::NoValue";
}

Value Function(std::string name, Value argument) {
  return Value(Token(std::make_shared<FunctionIntrinsic>(std::move(name), std::move(argument))));
}

}  // namespace

Value Ref(const CfnElement& element) { return Value(Token(std::make_shared<RefIntrinsic>(element))); }

Value Ref(Pseudo pseudo) { return Value(Token(std::make_shared<PseudoIntrinsic>(PseudoName(pseudo)))); }

Value GetAtt(const CfnElement& resource, std::string attribute) {
  return Value(Token(std::make_shared<GetAttIntrinsic>(resource, std::move(attribute))));
}

Value Sub(std::string template_string, ValueMap variables) {
  if (variables.empty()) return Function("Fn::Sub", Value(std::move(template_string)));
  return Function("Fn::Sub", Value::List({Value(std::move(template_string)), Value(std::move(variables))}));
}

Value Join(std::string delimiter, ValueList parts) {
  return Value(Token(std::make_shared<JoinIntrinsic>(std::move(delimiter), std::move(parts))));
}

Value Select(int index, Value list) { return Function("Fn::Select", Value::List({index, std::move(list)})); }

Value Split(std::string delimiter, Value source) {
  return Function("Fn::Split", Value::List({Value(std::move(delimiter)), std::move(source)}));
}

Value GetAZs(std::string region) { return Function("Fn::GetAZs", Value(std::move(region))); }

Value ImportValue(Value export_name) { return Function("Fn::ImportValue", std::move(export_name)); }

Value If(const CfnCondition& condition, Value if_true, Value if_false) {
  return Function("Fn::If",
                  Value::List({Value(Token(std::make_shared<ConditionNameIntrinsic>(condition))),
                               std::move(if_true), std::move(if_false)}));
}

Value Equals(Value a, Value b) { return Function("Fn::Equals", Value::List({std::move(a), std::move(b)})); }

Value Not(Value condition_expression) {
  return Function("Fn::Not", Value::List({std::move(condition_expression)}));
}

Value SecretsManagerReference(Value secret_id, std::string json_key) {
  return Join("", {"{{resolve:secretsmanager:", std::move(secret_id),
                   ":SecretString:" + json_key + "::}}"});
}

}  // namespace cdkpp
