#ifndef CDKPP_CONSTRUCTS_NETWORK_EXPORTS_H_
#define CDKPP_CONSTRUCTS_NETWORK_EXPORTS_H_

#include <string>
#include <vector>

namespace cdkpp {

/// The CloudFormation export names under which a network stack publishes its
/// VPC, and under which the stacks that use the VPC import it
/// (Fn::ImportValue). Derived from the exporting stack's name alone, so they
/// are unique per account and region as long as the stack name is, and a
/// consumer needs nothing but that name to find them.
struct NetworkExports {
  std::string vpc_id;    ///< "<stack>-VpcId"
  std::string vpc_cidr;  ///< "<stack>-VpcCidr"
  /// "<stack>-PrivateSubnet<i>Id", i = 1.. in zone order.
  std::vector<std::string> private_subnet_ids;
  /// "<stack>-PublicSubnet<i>Id", i = 1.. in zone order.
  std::vector<std::string> public_subnet_ids;

  /// Every name above, in that order.
  std::vector<std::string> All() const;
};

/// The export names of the network stack stack_name whose VPC spans
/// availability_zones zones (one public and one private subnet in each).
NetworkExports NetworkExportNames(const std::string& stack_name, int availability_zones);

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_NETWORK_EXPORTS_H_
