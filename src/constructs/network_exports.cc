#include "cdkpp/constructs/network_exports.h"

namespace cdkpp {

std::vector<std::string> NetworkExports::All() const {
  std::vector<std::string> out = {vpc_id, vpc_cidr};
  out.insert(out.end(), private_subnet_ids.begin(), private_subnet_ids.end());
  out.insert(out.end(), public_subnet_ids.begin(), public_subnet_ids.end());
  return out;
}

NetworkExports NetworkExportNames(const std::string& stack_name, int availability_zones) {
  NetworkExports out;
  out.vpc_id = stack_name + "-VpcId";
  out.vpc_cidr = stack_name + "-VpcCidr";
  for (int i = 1; i <= availability_zones; ++i) {
    out.private_subnet_ids.push_back(stack_name + "-PrivateSubnet" + std::to_string(i) + "Id");
    out.public_subnet_ids.push_back(stack_name + "-PublicSubnet" + std::to_string(i) + "Id");
  }
  return out;
}

}  // namespace cdkpp
