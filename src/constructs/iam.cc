#include "constructs/iam.h"

#include "cdkpp/core/token.h"

namespace cdkpp::internal::iam {

Value AssumeRolePolicy(Value service_principal) {
  return Value::Map(
      {{"Statement", Value::List({Value::Map({{"Action", "sts:AssumeRole"},
                                              {"Effect", "Allow"},
                                              {"Principal", Value::Map({{"Service", service_principal}})}})})},
       {"Version", "2012-10-17"}});
}

Value Allow(std::vector<std::string> actions, Value resources) {
  ValueList action_values(actions.begin(), actions.end());
  Value action = action_values.size() == 1 ? action_values[0] : Value(action_values);
  return Value::Map({{"Action", action}, {"Effect", "Allow"}, {"Resource", std::move(resources)}});
}

Value InlinePolicy(std::string name, ValueList statements) {
  return Value::Map({{"PolicyDocument", Value::Map({{"Statement", Value(std::move(statements))},
                                                    {"Version", "2012-10-17"}})},
                     {"PolicyName", std::move(name)}});
}

Value AccountRootKeyStatement() {
  return Value::Map(
      {{"Action", "kms:*"},
       {"Effect", "Allow"},
       {"Principal", Value::Map({{"AWS", Join("", {"arn:", Ref(Pseudo::kPartition), ":iam::",
                                                  Ref(Pseudo::kAccountId), ":root"})}})},
       {"Resource", "*"}});
}

Value AccountRootKeyPolicy() {
  return Value::Map({{"Statement", Value::List({AccountRootKeyStatement()})}, {"Version", "2012-10-17"}});
}

Value ManagedPolicyArn(const std::string& name) {
  return Join("", {"arn:", Ref(Pseudo::kPartition), ":iam::aws:policy/" + name});
}

}  // namespace cdkpp::internal::iam
