#ifndef CDKPP_CONSTRUCTS_IMPORTED_VPC_H_
#define CDKPP_CONSTRUCTS_IMPORTED_VPC_H_

#include "cdkpp/constructs/i_vpc.h"
#include "cdkpp/constructs/network_exports.h"
#include "cdkpp/core/construct.h"

namespace cdkpp {

/// A VPC another stack of the same app exports (config: vpc.fromStack).
struct ImportedVpcProps {
  /// The exporting stack's export names (NetworkExportNames); the subnet
  /// lists give the number of zones.
  NetworkExports exports;
};

/// A VPC exported by a network stack, seen through Fn::ImportValue of its
/// exports: it adds nothing to the template, and every id it hands out is an
/// import, so the stack cannot be deployed before the exporting one and
/// CloudFormation keeps that one from being deleted while this one exists.
class ImportedVpc : public Construct, public IVpc {
 public:
  ImportedVpc(Construct& scope, std::string id, ImportedVpcProps props);

  const ImportedVpcProps& props() const { return props_; }
  Value VpcId() const override;
  Value VpcCidr() const override;
  ValueList PublicSubnetIds() const override;
  ValueList PrivateSubnetIds() const override;
  int AvailabilityZoneCount() const override;

 private:
  ImportedVpcProps props_;
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_IMPORTED_VPC_H_
