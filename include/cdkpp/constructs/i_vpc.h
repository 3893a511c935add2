#ifndef CDKPP_CONSTRUCTS_I_VPC_H_
#define CDKPP_CONSTRUCTS_I_VPC_H_

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

/// A VPC as the constructs that live in it see it, as AWS CDK's ec2.IVpc: a
/// VPC this stack creates (Vpc) and one it only names (an existing or
/// imported VPC) are interchangeable. Every accessor returns template values
/// (literals or tokens), so an implementation may hold ids, Refs or
/// Fn::ImportValue alike.
///
/// REQUIRES of every implementation: at least two private subnets, in
/// different availability zones (RDS and DMS subnet groups need two zones).
class IVpc {
 public:
  virtual ~IVpc() = default;

  /// The VPC id ("vpc-..."), e.g. {"Ref": <VPC>} or a literal.
  virtual Value VpcId() const = 0;
  /// The VPC's IPv4 CIDR, e.g. "10.20.0.0/16", for rules that admit the VPC.
  virtual Value VpcCidr() const = 0;
  /// Subnets with a route to an Internet gateway; may be empty for a VPC
  /// this stack does not create (then nothing public can be placed in it).
  virtual ValueList PublicSubnetIds() const = 0;
  /// Subnets without a direct Internet route, in zone order; at least two.
  virtual ValueList PrivateSubnetIds() const = 0;
  /// The number of availability zones the subnets span.
  virtual int AvailabilityZoneCount() const = 0;
  /// What a resource in a public subnet that talks to the Internet must
  /// depend on (the gateway attachment), or nullptr when this stack does not
  /// create the VPC's routing.
  virtual const CfnResource* InternetReady() const { return nullptr; }
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_I_VPC_H_
