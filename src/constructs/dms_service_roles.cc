#include "cdkpp/constructs/dms_service_roles.h"

#include <string>

#include "cdkpp/core/token.h"
#include "constructs/iam.h"
#include "util/dms_service_roles.h"

extern const char cdkpp_lambda_dms_service_roles_begin[];
extern const char cdkpp_lambda_dms_service_roles_end[];

namespace cdkpp {
namespace {

// Seconds the handler waits after creating a role, once GetRole sees it: IAM
// is eventually consistent, and DMS refuses a role it cannot see yet.
constexpr int kPropagationSeconds = 10;

constexpr internal::DmsServiceRole kRoles[] = {internal::kDmsVpcRole,
                                               internal::kDmsCloudWatchLogsRole};

Value RoleArn(std::string_view name) {
  return Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + std::string(name));
}

CfnResource& AddOwnedRole(Construct& scope, const std::string& id,
                          const internal::DmsServiceRole& role) {
  return New<CfnResource>(
      scope, id, "AWS::IAM::Role",
      Value::Map(
          {{"AssumeRolePolicyDocument", internal::iam::AssumeRolePolicy("dms.amazonaws.com")},
           {"ManagedPolicyArns",
            Value::List({internal::iam::ManagedPolicyArn(std::string(role.managed_policy))})},
           {"RoleName", std::string(role.name)}}),
      TagFormat::kList);
}

// The function's own permissions: look up, create and attach the one
// managed policy, on exactly the two role names; nothing else, no PassRole.
Value ProviderPolicy() {
  ValueList role_arns, policy_arns;
  for (const auto& role : kRoles) {
    role_arns.push_back(RoleArn(role.name));
    policy_arns.push_back(internal::iam::ManagedPolicyArn(std::string(role.managed_policy)));
  }
  Value attach = internal::iam::Allow({"iam:AttachRolePolicy"}, Value(role_arns));
  attach.Set("Condition",
             Value::Map({{"ArnEquals", Value::Map({{"iam:PolicyARN", Value(policy_arns)}})}}));
  return internal::iam::InlinePolicy(
      "EnsureDmsServiceRoles",
      {internal::iam::Allow({"iam:CreateRole", "iam:GetRole"}, Value(role_arns)),
       std::move(attach)});
}

const CfnResource& AddProvider(Construct& scope) {
  auto& role = New<CfnResource>(
      scope, "ServiceRolesProviderRole", "AWS::IAM::Role",
      Value::Map(
          {{"AssumeRolePolicyDocument", internal::iam::AssumeRolePolicy("lambda.amazonaws.com")},
           {"Policies", Value::List({ProviderPolicy()})}}),
      TagFormat::kList);
  return New<CfnResource>(
      scope, "ServiceRolesProvider", "AWS::Lambda::Function",
      Value::Map({{"Code", Value::Map({{"ZipFile", std::string(DmsServiceRolesHandlerSource())}})},
                  {"Description",
                   "Creates dms-vpc-role and dms-cloudwatch-logs-role when missing; never "
                   "deletes them"},
                  {"Handler", "index.handler"},
                  {"Role", GetAtt(role, "Arn")},
                  {"Runtime", "python3.12"},
                  {"Timeout", 120}}),
      TagFormat::kList);
}

const CfnResource& AddEnsureRoles(Construct& scope) {
  const CfnResource& provider = AddProvider(scope);
  ValueList roles;
  for (const auto& role : kRoles) {
    roles.push_back(Value::Map(
        {{"PolicyArn", internal::iam::ManagedPolicyArn(std::string(role.managed_policy))},
         {"RoleName", std::string(role.name)}}));
  }
  return New<CfnResource>(scope, "ServiceRoles", std::string(kDmsServiceRolesResourceType),
                          Value::Map({{"PropagationSeconds", kPropagationSeconds},
                                      {"Roles", Value(std::move(roles))},
                                      {"ServiceToken", GetAtt(provider, "Arn")}}));
}

}  // namespace

std::string_view DmsServiceRolesHandlerSource() {
  return {cdkpp_lambda_dms_service_roles_begin,
          static_cast<size_t>(cdkpp_lambda_dms_service_roles_end -
                              cdkpp_lambda_dms_service_roles_begin)};
}

DmsServiceRoleResources AddDmsServiceRoles(Construct& scope, ServiceRoles mode) {
  switch (mode) {
    case ServiceRoles::kStack:
      return {&AddOwnedRole(scope, "DmsVpcRole", internal::kDmsVpcRole),
              &AddOwnedRole(scope, "DmsCloudWatchLogsRole", internal::kDmsCloudWatchLogsRole)};
    case ServiceRoles::kAuto: {
      const CfnResource& ensure = AddEnsureRoles(scope);
      return {&ensure, &ensure};
    }
    case ServiceRoles::kExisting:
      break;
  }
  return {};
}

}  // namespace cdkpp
