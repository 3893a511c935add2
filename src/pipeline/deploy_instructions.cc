// The text `cdkpp synth` prints after writing: how to deploy, then the steps
// CloudFormation cannot take (binlog retention is SQL, run after deploy).
#include "cdkpp/pipeline/deploy_instructions.h"

#include <fmt/format.h>

#include <set>

#include "pipeline/post_deploy_steps.h"
#include "util/cfn_limits.h"
#include "util/dms_service_roles.h"
#include "util/text.h"

namespace cdkpp {
namespace {

// Inline template bodies above this size need --s3-bucket.
using internal::kMaxInlineTemplateBytes;

std::string DeployCommand(const StackArtifact& artifact, const std::string& template_path,
                          const std::string& region) {
  // --no-fail-on-empty-changeset: a second run with nothing to change
  // succeeds (exit 0), so CI can run the same command on every build.
  std::string command = fmt::format(
      "aws cloudformation deploy --template-file {} --stack-name {} --no-fail-on-empty-changeset",
      internal::ShellWord(template_path), artifact.stack_name);
  if (!region.empty()) command += " --region " + region;
  std::vector<std::string> capabilities = RequiredCapabilities(artifact.template_json);
  if (!capabilities.empty()) {
    command += " --capabilities";
    for (const auto& c : capabilities) command += " " + c;
  }
  if (artifact.template_text.size() > kMaxInlineTemplateBytes)
    command += " --s3-bucket <YOUR_BUCKET>";
  return command;
}

// serviceRoles existing: what a fresh account needs once, before the first
// deploy (DMS refuses the subnet group without dms-vpc-role). stack: the
// warning that the stack's delete takes the roles from every pipeline.
std::string ServiceRoleSteps(ServiceRoles mode) {
  const internal::DmsServiceRole roles[] = {internal::kDmsVpcRole,
                                            internal::kDmsCloudWatchLogsRole};
  if (mode == ServiceRoles::kStack) {
    return fmt::format(
        "Note (serviceRoles: stack): this stack owns {} and {}; deleting it removes them "
        "account-wide, from under every other DMS pipeline (serviceRoles: auto never deletes "
        "them).\n",
        roles[0].name, roles[1].name);
  }
  if (mode != ServiceRoles::kExisting) return "";
  std::string out =
      "Before the first deploy, if the account does not have them yet (serviceRoles: "
      "existing), create the DMS service roles (in aws-cn or aws-us-gov, use that partition "
      "in the policy ARN):\n";
  for (const auto& role : roles) {
    out += fmt::format(
        "  aws iam create-role --role-name {} --assume-role-policy-document "
        "'{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Principal\":"
        "{{\"Service\":\"dms.amazonaws.com\"}},\"Action\":\"sts:AssumeRole\"}}]}}'\n"
        "  aws iam attach-role-policy --role-name {} --policy-arn arn:aws:iam::aws:policy/{}\n",
        role.name, role.name, role.managed_policy);
  }
  return out + "\n";
}

}  // namespace

std::string DeployInstructions(const StackConfig& stack, const StackArtifact& artifact,
                               const std::string& template_path, const std::string& region) {
  const PipelineStackProps& p = stack.props;
  const std::string& name = artifact.stack_name;
  // A network stack has no DMS or database: nothing before or after deploy.
  bool network = stack.kind == StackKind::kNetwork;
  std::string out = network ? "" : ServiceRoleSteps(p.replication.EffectiveServiceRoles());
  out += fmt::format("Deploy:\n  {}\n", DeployCommand(artifact, template_path, region));
  if (artifact.template_text.size() > kMaxInlineTemplateBytes) {
    out += fmt::format(
        "  (the template is {} bytes, over the {}-byte inline limit: upload it through an S3 "
        "bucket you own)\n",
        artifact.template_text.size(), kMaxInlineTemplateBytes);
  }
  // Every later AWS CLI call runs in the environment's region too.
  if (!region.empty() && !network)
    out += fmt::format("\nIn the environment's region:\n  export AWS_REGION={}\n", region);
  if (!network) out += internal::PostDeploySteps(p, name);
  return out;
}

std::vector<std::string> RequiredCapabilities(const Json& template_json) {
  std::set<std::string> capabilities;
  static const std::set<std::string> kNameProperties = {"RoleName", "UserName", "GroupName",
                                                        "ManagedPolicyName", "InstanceProfileName"};
  // Any template can come here (deploy instructions for a loaded one): every
  // member is checked for its type before it is read.
  const Json* resources = nullptr;
  if (template_json.is_object() && template_json.contains("Resources")) {
    resources = &template_json["Resources"];
  }
  if (resources && resources->is_object()) {
    for (const auto& [id, resource] : resources->items()) {
      if (!resource.is_object()) continue;
      auto type = resource.find("Type");
      if (type == resource.end() || !type->is_string() ||
          type->get_ref<const std::string&>().rfind("AWS::IAM::", 0) != 0) {
        continue;
      }
      capabilities.insert("CAPABILITY_IAM");
      auto properties = resource.find("Properties");
      if (properties == resource.end() || !properties->is_object()) continue;
      for (const auto& [key, value] : properties->items()) {
        if (kNameProperties.count(key) > 0) capabilities.insert("CAPABILITY_NAMED_IAM");
      }
    }
  }
  // NAMED_IAM implies IAM; deploy wants just the stronger one.
  if (capabilities.count("CAPABILITY_NAMED_IAM") > 0) capabilities.erase("CAPABILITY_IAM");
  if (template_json.is_object() && template_json.contains("Transform"))
    capabilities.insert("CAPABILITY_AUTO_EXPAND");
  return {capabilities.begin(), capabilities.end()};
}

}  // namespace cdkpp
