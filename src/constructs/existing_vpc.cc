#include "cdkpp/constructs/existing_vpc.h"

#include <set>

#include "constructs/aws_shapes.h"
#include "constructs/checks.h"

namespace cdkpp {
namespace {

ValueList Literals(const std::vector<std::string>& ids) {
  ValueList out;
  for (const std::string& id : ids) out.emplace_back(id);
  return out;
}

void CheckSubnets(Diagnostics* out, const std::string& key, const std::vector<std::string>& ids,
                  std::set<std::string>* seen) {
  for (size_t i = 0; i < ids.size(); ++i) {
    internal::checks::Expect(out, internal::checks::IsEc2Id(ids[i], "subnet"), key,
                   "subnet ids like subnet-0123456789abcdef0", internal::checks::Quote(ids[i]));
    internal::checks::Expect(out, seen->insert(ids[i]).second, key, "each subnet listed once",
                   internal::checks::Quote(ids[i]));
  }
}

}  // namespace

Diagnostics ExistingVpcProps::Validate() const {
  Diagnostics out;
  internal::checks::Expect(&out, internal::checks::IsEc2Id(vpc_id, "vpc"), "vpc_id",
                 "a VPC id like vpc-0123456789abcdef0", internal::checks::Quote(vpc_id));
  internal::checks::Cidr parsed;
  std::string problem = internal::checks::ParseCidr(cidr, &parsed);
  internal::checks::Expect(&out, problem.empty(), "cidr", problem, internal::checks::Quote(cidr));
  // RDS and DMS subnet groups must span two availability zones.
  internal::checks::Expect(&out, private_subnet_ids.size() >= 2, "private_subnet_ids",
                 "at least two private subnets, in different availability zones",
                 std::to_string(private_subnet_ids.size()));
  std::set<std::string> seen;
  CheckSubnets(&out, "private_subnet_ids", private_subnet_ids, &seen);
  CheckSubnets(&out, "public_subnet_ids", public_subnet_ids, &seen);
  return out;
}

ExistingVpc::ExistingVpc(Construct& scope, std::string id, ExistingVpcProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  for (auto& d : props_.Validate()) AddError(d.message, d.key_path);
}

ValueList ExistingVpc::PublicSubnetIds() const { return Literals(props_.public_subnet_ids); }

ValueList ExistingVpc::PrivateSubnetIds() const { return Literals(props_.private_subnet_ids); }

int ExistingVpc::AvailabilityZoneCount() const {
  return static_cast<int>(props_.private_subnet_ids.size());
}

}  // namespace cdkpp
