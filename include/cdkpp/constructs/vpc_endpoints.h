#ifndef CDKPP_CONSTRUCTS_VPC_ENDPOINTS_H_
#define CDKPP_CONSTRUCTS_VPC_ENDPOINTS_H_

#include <string>
#include <vector>

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

/// The AWS APIs the pipeline calls from private subnets, by the service
/// part of their endpoint name com.amazonaws.<region>.<service>.
inline constexpr const char* kKinesisStreamsService = "kinesis-streams";
inline constexpr const char* kSecretsManagerService = "secretsmanager";
inline constexpr const char* kSsmService = "ssm";
inline constexpr const char* kSsmMessagesService = "ssmmessages";
inline constexpr const char* kEc2MessagesService = "ec2messages";

/// Where the endpoints go. Tokens, so that a created and an imported
/// network are alike.
struct VpcEndpointsProps {
  Value vpc_id;
  Value vpc_cidr;                     ///< admitted on 443 by the endpoints' security group
  ValueList subnet_ids;               ///< the private subnets, one per zone
  std::vector<std::string> services;  ///< e.g. kKinesisStreamsService, in order
};

/// Interface VPC endpoints with private DNS, so that the usual API host
/// names resolve to addresses inside the VPC and private subnets need no NAT
/// gateway; one security group for all of them admitting HTTPS from the
/// VPC's CIDR only.
class VpcEndpoints : public Construct {
 public:
  VpcEndpoints(Construct& scope, std::string id, VpcEndpointsProps props);

  const CfnResource& security_group() const { return *security_group_; }
  /// The endpoint resources, in the order of props.services.
  const std::vector<const CfnResource*>& endpoints() const { return endpoints_; }

 private:
  void AddSecurityGroup();
  void AddEndpoint(const std::string& service);

  VpcEndpointsProps props_;
  CfnResource* security_group_ = nullptr;
  std::vector<const CfnResource*> endpoints_;
};

/// "KinesisStreams" for "kinesis-streams": the construct id of an endpoint.
std::string EndpointConstructId(const std::string& service);

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_VPC_ENDPOINTS_H_
