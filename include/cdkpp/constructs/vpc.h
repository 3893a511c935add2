#ifndef CDKPP_CONSTRUCTS_VPC_H_
#define CDKPP_CONSTRUCTS_VPC_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/constructs/i_vpc.h"
#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

/// The config fills it from `vpc` (src/config/schema/vpc_keys.cc).
struct VpcProps {
  /// IPv4 CIDR of the VPC; prefix /16 to /28.
  std::string cidr = "172.16.0.0/16";
  /// Availability zones used (2..6); one public and one private subnet each.
  /// At least 2: RDS and DMS subnet groups must span two zones.
  int max_azs = 2;
  /// NAT gateways for the private subnets (0..max_azs); 0 leaves them isolated.
  int nat_gateways = 1;
  /// Prefix length of every subnet. Unset: the VPC CIDR split evenly, as CDK does.
  std::optional<int> subnet_cidr_mask;
  /// Publish VPC flow logs (all traffic) to a CloudWatch log group.
  bool flow_logs = false;
  /// Retention of the flow-log group, a CloudWatch Logs value.
  int flow_log_retention_days = 90;
  /// Encrypts the flow-log group with this KMS key when set (not a config key:
  /// PipelineStack passes its log key). Not owned.
  const CfnResource* log_kms_key = nullptr;

  /// Errors with key_path set to the member ("cidr", "max_azs", ...).
  Diagnostics Validate() const;
};

/// One subnet with its routing, as CDK's PublicSubnet/PrivateSubnet.
struct VpcSubnet {
  CfnResource* subnet = nullptr;
  CfnResource* route_table = nullptr;
  std::string cidr;
};

/// A VPC with public subnets (Internet gateway route) and private subnets
/// (NAT gateway route) over max_azs zones: the resources and ids AWS CDK's
/// ec2.Vpc makes for the same layout.
class Vpc : public Construct, public IVpc {
 public:
  Vpc(Construct& scope, std::string id, VpcProps props = {});

  const VpcProps& props() const { return props_; }
  /// {"Ref": <VPC>}
  Value VpcId() const override;
  Value VpcCidr() const override { return Value(props_.cidr); }
  const std::vector<VpcSubnet>& public_subnets() const { return public_; }
  const std::vector<VpcSubnet>& private_subnets() const { return private_; }
  /// Refs to the subnets, for subnet groups.
  ValueList PublicSubnetIds() const override;
  ValueList PrivateSubnetIds() const override;
  int AvailabilityZoneCount() const override { return props_.max_azs; }
  const CfnResource* InternetReady() const override { return gateway_attachment_; }
  /// The resource the VPC's Internet route waits for (the gateway attachment).
  const CfnResource& internet_attachment() const { return *gateway_attachment_; }

 private:
  VpcProps props_;
  CfnResource* vpc_ = nullptr;
  CfnResource* gateway_attachment_ = nullptr;
  std::vector<VpcSubnet> public_;
  std::vector<VpcSubnet> private_;

  /// max_azs public subnets, then max_azs private ones, each with its route
  /// table and association, over consecutive blocks of the VPC's range.
  void AddSubnets();
  VpcSubnet AddSubnet(const std::string& kind, int index, std::string cidr);
  /// The Internet gateway and its attachment.
  const CfnResource& AddInternetGateway();
  /// Each public subnet's route to the Internet gateway, plus an EIP and NAT
  /// gateway in the first nat_gateways of them; returns the NAT gateways.
  std::vector<CfnResource*> AddPublicRoutes(const CfnResource& igw);
  /// Each private subnet's route to a NAT gateway (none without NAT gateways).
  void AddPrivateRoutes(const std::vector<CfnResource*>& nat_gateways);
  void AddFlowLogs();
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_VPC_H_
