#include "cdkpp/constructs/bastion.h"

#include "cdkpp/core/cfn_parameter.h"
#include "cdkpp/core/token.h"
#include "constructs/iam.h"

namespace cdkpp {
namespace {

Value Egress(const std::string& peer_key, Value peer, int port, const std::string& description) {
  return Value::Map({{peer_key, std::move(peer)},
                     {"Description", description},
                     {"FromPort", port},
                     {"IpProtocol", "tcp"},
                     {"ToPort", port}});
}

// What the SSM agent needs for Session Manager, as the AWS-managed
// AWSCloud9SSMInstanceProfile policy lists it. ssmmessages has no resource
// types (Service Authorization Reference), so its actions take "*";
// UpdateInstanceInformation is scoped to this account's instances.
Value SessionManagerPolicy() {
  return internal::iam::InlinePolicy(
      "SessionManager",
      {internal::iam::Allow({"ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                             "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"},
                            "*"),
       internal::iam::Allow(
           {"ssm:UpdateInstanceInformation"},
           Sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/*"))});
}

}  // namespace

Bastion::Bastion(Construct& scope, std::string id, BastionProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  AddSecurityGroup();
  AddInstance(AddInstanceProfile());
}

void Bastion::AddSecurityGroup() {
  // No ingress at all: Session Manager connections are outbound from the agent.
  security_group_ = &New<CfnResource>(
      *this, "SecurityGroup", "AWS::EC2::SecurityGroup",
      Value::Map(
          {{"GroupDescription", "Session Manager bastion " + path() + " (no inbound rule)"},
           {"SecurityGroupEgress",
            Value::List({Egress("CidrIp", "0.0.0.0/0", 443, "HTTPS to the Systems Manager APIs"),
                         DatabaseEgress()})},
           {"VpcId", props_.vpc_id}}),
      TagFormat::kList);
}

Value Bastion::DatabaseEgress() const {
  // An existing server whose security group the stack does not know may be
  // anywhere the VPC routes to; only its port is known.
  if (props_.database_security_group_id.is_null()) {
    return Egress("CidrIp", "0.0.0.0/0", props_.database_port,
                  "MySQL to the database (its security group is not known)");
  }
  return Egress("DestinationSecurityGroupId", props_.database_security_group_id,
                props_.database_port, "MySQL to the database");
}

const CfnResource& Bastion::AddInstanceProfile() {
  auto& role = New<CfnResource>(*this, "Role", "AWS::IAM::Role",
                                Value::Map({{"AssumeRolePolicyDocument",
                                             internal::iam::AssumeRolePolicy("ec2.amazonaws.com")},
                                            {"Policies", Value::List({SessionManagerPolicy()})}}),
                                TagFormat::kList);
  return New<CfnResource>(*this, "InstanceProfile", "AWS::IAM::InstanceProfile",
                          Value::Map({{"Roles", Value::List({Ref(role)})}}));
}

void Bastion::AddInstance(const CfnResource& profile) {
  // The AMI id is read from the public parameter at each deploy, as AWS
  // CDK's MachineImage.latestAmazonLinux2023() does: a newer image replaces
  // the instance, which holds no state.
  auto& image =
      New<CfnParameter>(*this, "ImageId",
                        CfnParameterProps{"AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                                          Value(kAmazonLinux2023Arm64Parameter),
                                          "Latest Amazon Linux 2023 (arm64) for the bastion",
                                          {},
                                          false});
  // AWS::EC2::Instance has no metadata options of its own: IMDSv2 is
  // required through a launch template, as AWS CDK's requireImdsv2 does.
  auto& launch_template = New<CfnResource>(
      *this, "LaunchTemplate", "AWS::EC2::LaunchTemplate",
      Value::Map({{"LaunchTemplateData",
                   Value::Map({{"MetadataOptions", Value::Map({{"HttpEndpoint", "enabled"},
                                                               {"HttpPutResponseHopLimit", 1},
                                                               {"HttpTokens", "required"}})}})}}));
  instance_ = &New<CfnResource>(
      *this, "Resource", "AWS::EC2::Instance",
      Value::Map({{"BlockDeviceMappings",
                   Value::List({Value::Map({{"DeviceName", "/dev/xvda"},
                                            {"Ebs", Value::Map({{"DeleteOnTermination", true},
                                                                {"Encrypted", true},
                                                                {"VolumeSize", 8},
                                                                {"VolumeType", "gp3"}})}})})},
                  {"IamInstanceProfile", Ref(profile)},
                  {"ImageId", Ref(image)},
                  {"InstanceType", props_.instance_type},
                  {"LaunchTemplate",
                   Value::Map({{"LaunchTemplateId", Ref(launch_template)},
                               {"Version", GetAtt(launch_template, "LatestVersionNumber")}})},
                  {"SecurityGroupIds", Value::List({GetAtt(*security_group_, "GroupId")})},
                  {"SubnetId", props_.subnet_id}}),
      TagFormat::kList);
}

Value Bastion::InstanceId() const { return Ref(*instance_); }

}  // namespace cdkpp
