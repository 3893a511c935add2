#ifndef CDKPP_CONSTRUCTS_EXISTING_VPC_H_
#define CDKPP_CONSTRUCTS_EXISTING_VPC_H_

#include <string>
#include <vector>

#include "cdkpp/constructs/i_vpc.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"

namespace cdkpp {

/// A VPC the stack does not create (config: vpc.existing).
struct ExistingVpcProps {
  std::string vpc_id;  ///< vpc- and 8 or 17 hex digits
  /// The VPC's IPv4 CIDR, for rules that admit the whole VPC.
  std::string cidr;
  /// At least two, in different zones (RDS and DMS subnet groups need two).
  std::vector<std::string> private_subnet_ids;
  /// Needed only for a created, publicly accessible database.
  std::vector<std::string> public_subnet_ids;

  /// Shapes of the ids and the CIDR, two private subnets at least, no
  /// subnet listed twice.
  Diagnostics Validate() const;
};

/// An existing VPC named by its ids, as AWS CDK's Vpc.fromVpcAttributes: it
/// adds nothing to the template; whatever the stack places in it refers to
/// the ids literally.
class ExistingVpc : public Construct, public IVpc {
 public:
  ExistingVpc(Construct& scope, std::string id, ExistingVpcProps props);

  const ExistingVpcProps& props() const { return props_; }
  Value VpcId() const override { return Value(props_.vpc_id); }
  Value VpcCidr() const override { return Value(props_.cidr); }
  ValueList PublicSubnetIds() const override;
  ValueList PrivateSubnetIds() const override;
  /// One zone per private subnet (the subnets' zones are not known at synth).
  int AvailabilityZoneCount() const override;

 private:
  ExistingVpcProps props_;
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_EXISTING_VPC_H_
