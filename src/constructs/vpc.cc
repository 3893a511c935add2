#include "cdkpp/constructs/vpc.h"

#include <string_view>

#include "cdkpp/constructs/log_retention.h"
#include "cdkpp/core/token.h"
#include "constructs/checks.h"
#include "constructs/iam.h"

namespace cdkpp {
namespace {

// CDK splits the VPC evenly among subnets without an explicit mask: the
// smallest power of two that holds them all.
int DefaultSubnetMask(int vpc_prefix, int subnet_count) {
  int bits = 0;
  while ((1 << bits) < subnet_count) ++bits;
  return vpc_prefix + bits;
}

int EffectiveSubnetMask(const VpcProps& props, int vpc_prefix) {
  return props.subnet_cidr_mask.value_or(DefaultSubnetMask(vpc_prefix, 2 * props.max_azs));
}

Value NameTag(const Construct& construct) {
  return Value::Map({{"Key", "Name"}, {"Value", construct.path()}});
}

}  // namespace

Diagnostics VpcProps::Validate() const {
  Diagnostics out;
  internal::checks::Cidr cidr_block;
  std::string problem = internal::checks::ParseCidr(cidr, &cidr_block);
  internal::checks::Expect(&out, problem.empty(), "cidr", problem, internal::checks::Quote(cidr));
  if (problem.empty()) {
    internal::checks::Expect(&out, cidr_block.prefix >= 16 && cidr_block.prefix <= 28, "cidr",
                   "a prefix length from /16 to /28 (the VPC limits)", internal::checks::Quote(cidr));
  }
  internal::checks::IntInRange(&out, "max_azs", max_azs, 2, 6);
  internal::checks::IntInRange(&out, "nat_gateways", nat_gateways, 0, max_azs);
  if (subnet_cidr_mask) internal::checks::IntInRange(&out, "subnet_cidr_mask", *subnet_cidr_mask, 16, 28);
  internal::checks::IntOneOf(&out, "flow_log_retention_days", flow_log_retention_days,
                   AllowedLogRetentionDays());
  if (!out.empty()) return out;

  int mask = EffectiveSubnetMask(*this, cidr_block.prefix);
  int64_t needed = int64_t{2} * max_azs << (32 - mask);
  int64_t available = int64_t{1} << (32 - cidr_block.prefix);
  std::string key = subnet_cidr_mask ? "subnet_cidr_mask" : "cidr";
  std::string got = subnet_cidr_mask ? std::to_string(*subnet_cidr_mask) : internal::checks::Quote(cidr);
  internal::checks::Expect(&out, mask >= cidr_block.prefix && mask <= 28 && needed <= available, key,
                 std::to_string(2 * max_azs) + " subnets (public and private in " +
                     std::to_string(max_azs) + " zones) of /" + std::to_string(mask) +
                     " that fit in " + cidr + " and are at most /28",
                 got);
  return out;
}

Vpc::Vpc(Construct& scope, std::string id, VpcProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  Diagnostics problems = props_.Validate();
  for (auto& d : problems) AddError(d.message, d.key_path);
  if (!problems.empty()) return;

  vpc_ = &New<CfnResource>(*this, "Resource", "AWS::EC2::VPC",
                           Value::Map({{"CidrBlock", props_.cidr},
                                       {"EnableDnsHostnames", true},
                                       {"EnableDnsSupport", true},
                                       {"InstanceTenancy", "default"},
                                       {"Tags", Value::List({NameTag(*this)})}}),
                           TagFormat::kList);
  // The order of the steps is the order of the resources in the template.
  AddSubnets();
  const CfnResource& igw = AddInternetGateway();
  std::vector<CfnResource*> nat_gateways = AddPublicRoutes(igw);
  AddPrivateRoutes(nat_gateways);
  if (props_.flow_logs) AddFlowLogs();
}

void Vpc::AddSubnets() {
  internal::checks::Cidr cidr;
  internal::checks::ParseCidr(props_.cidr, &cidr);
  const int mask = EffectiveSubnetMask(props_, cidr.prefix);
  uint32_t next_block = cidr.base;
  // Subnets in CDK's order and naming: all public ones, then all private ones,
  // each taking the next block of the VPC's range.
  for (const char* kind : {"Public", "Private"}) {
    std::vector<VpcSubnet>& subnets = std::string_view(kind) == "Public" ? public_ : private_;
    for (int i = 0; i < props_.max_azs; ++i) {
      subnets.push_back(AddSubnet(kind, i, internal::checks::Cidr{next_block, mask}.ToString()));
      next_block += uint32_t{1} << (32 - mask);
    }
  }
}

VpcSubnet Vpc::AddSubnet(const std::string& kind, int index, std::string cidr) {
  auto& group = New<Construct>(*this, kind + "Subnet" + std::to_string(index + 1));
  VpcSubnet subnet;
  subnet.cidr = std::move(cidr);
  subnet.subnet = &New<CfnResource>(
      group, "Subnet", "AWS::EC2::Subnet",
      Value::Map(
          {{"AvailabilityZone", Select(index, GetAZs())},
           {"CidrBlock", subnet.cidr},
           {"MapPublicIpOnLaunch", kind == "Public"},
           {"Tags", Value::List({Value::Map({{"Key", "aws-cdk:subnet-name"}, {"Value", kind}}),
                                 Value::Map({{"Key", "aws-cdk:subnet-type"}, {"Value", kind}}),
                                 NameTag(group)})},
           {"VpcId", VpcId()}}),
      TagFormat::kList);
  subnet.route_table = &New<CfnResource>(
      group, "RouteTable", "AWS::EC2::RouteTable",
      Value::Map({{"Tags", Value::List({NameTag(group)})}, {"VpcId", VpcId()}}), TagFormat::kList);
  New<CfnResource>(
      group, "RouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation",
      Value::Map({{"RouteTableId", Ref(*subnet.route_table)}, {"SubnetId", Ref(*subnet.subnet)}}));
  return subnet;
}

const CfnResource& Vpc::AddInternetGateway() {
  auto& igw = New<CfnResource>(*this, "IGW", "AWS::EC2::InternetGateway",
                               Value::Map({{"Tags", Value::List({NameTag(*this)})}}), TagFormat::kList);
  gateway_attachment_ = &New<CfnResource>(
      *this, "VPCGW", "AWS::EC2::VPCGatewayAttachment",
      Value::Map({{"InternetGatewayId", Ref(igw)}, {"VpcId", VpcId()}}));
  return igw;
}

std::vector<CfnResource*> Vpc::AddPublicRoutes(const CfnResource& igw) {
  std::vector<CfnResource*> nat_gateways;
  for (int i = 0; i < props_.max_azs; ++i) {
    Construct& group = *public_[i].subnet->scope();
    auto& route = New<CfnResource>(group, "DefaultRoute", "AWS::EC2::Route",
                                   Value::Map({{"DestinationCidrBlock", "0.0.0.0/0"},
                                               {"GatewayId", Ref(igw)},
                                               {"RouteTableId", Ref(*public_[i].route_table)}}));
    // A route to an Internet gateway fails until the gateway is attached.
    route.AddDependency(*gateway_attachment_);
    if (i >= props_.nat_gateways) continue;
    auto& eip = New<CfnResource>(group, "EIP", "AWS::EC2::EIP",
                                 Value::Map({{"Domain", "vpc"}, {"Tags", Value::List({NameTag(group)})}}),
                                 TagFormat::kList);
    auto& nat = New<CfnResource>(group, "NATGateway", "AWS::EC2::NatGateway",
                                 Value::Map({{"AllocationId", GetAtt(eip, "AllocationId")},
                                             {"SubnetId", Ref(*public_[i].subnet)},
                                             {"Tags", Value::List({NameTag(group)})}}),
                                 TagFormat::kList);
    // The NAT gateway needs its subnet routed to the Internet first.
    nat.AddDependency(route);
    nat.AddDependency(*static_cast<CfnResource*>(group.FindChild("RouteTableAssociation")));
    nat_gateways.push_back(&nat);
  }
  return nat_gateways;
}

void Vpc::AddPrivateRoutes(const std::vector<CfnResource*>& nat_gateways) {
  // Zones without their own NAT gateway share one, round-robin.
  for (int i = 0; i < props_.max_azs && !nat_gateways.empty(); ++i) {
    New<CfnResource>(*private_[i].subnet->scope(), "DefaultRoute", "AWS::EC2::Route",
                     Value::Map({{"DestinationCidrBlock", "0.0.0.0/0"},
                                 {"NatGatewayId", Ref(*nat_gateways[i % nat_gateways.size()])},
                                 {"RouteTableId", Ref(*private_[i].route_table)}}));
  }
}

void Vpc::AddFlowLogs() {
  auto& flow_logs = New<Construct>(*this, "FlowLogs");
  Value log_group_props = Value::Map({{"RetentionInDays", props_.flow_log_retention_days}});
  if (props_.log_kms_key != nullptr) log_group_props.Set("KmsKeyId", GetAtt(*props_.log_kms_key, "Arn"));
  auto& log_group = New<CfnResource>(flow_logs, "LogGroup", "AWS::Logs::LogGroup",
                                     std::move(log_group_props), TagFormat::kList);
  log_group.ApplyRemovalPolicy(RemovalPolicy::kDestroy);
  auto& role = New<CfnResource>(
      flow_logs, "IAMRole", "AWS::IAM::Role",
      Value::Map({{"AssumeRolePolicyDocument", internal::iam::AssumeRolePolicy("vpc-flow-logs.amazonaws.com")},
                  {"Policies", Value::List({internal::iam::InlinePolicy(
                                   "FlowLogDelivery",
                                   {internal::iam::Allow({"logs:CreateLogStream", "logs:DescribeLogStreams",
                                                "logs:PutLogEvents"},
                                               GetAtt(log_group, "Arn"))})})}}),
      TagFormat::kList);
  New<CfnResource>(flow_logs, "FlowLog", "AWS::EC2::FlowLog",
                   Value::Map({{"DeliverLogsPermissionArn", GetAtt(role, "Arn")},
                               {"LogDestinationType", "cloud-watch-logs"},
                               {"LogGroupName", Ref(log_group)},
                               {"ResourceId", VpcId()},
                               {"ResourceType", "VPC"},
                               {"Tags", Value::List({NameTag(flow_logs)})},
                               {"TrafficType", "ALL"}}),
                   TagFormat::kList);
}

// Null when the props were invalid: synthesis stops on the recorded errors.
Value Vpc::VpcId() const { return vpc_ != nullptr ? Ref(*vpc_) : Value(); }

ValueList Vpc::PublicSubnetIds() const {
  ValueList ids;
  for (const auto& s : public_) ids.push_back(Ref(*s.subnet));
  return ids;
}

ValueList Vpc::PrivateSubnetIds() const {
  ValueList ids;
  for (const auto& s : private_) ids.push_back(Ref(*s.subnet));
  return ids;
}

}  // namespace cdkpp
