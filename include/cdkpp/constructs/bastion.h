#ifndef CDKPP_CONSTRUCTS_BASTION_H_
#define CDKPP_CONSTRUCTS_BASTION_H_

#include <string>

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

/// The public SSM parameter holding the latest Amazon Linux 2023 AMI for
/// arm64 (Graviton), which the bastion boots.
inline constexpr const char* kAmazonLinux2023Arm64Parameter =
    "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64";

/// Where the bastion runs and what it may reach. Tokens, so that a created
/// and an imported network are alike.
struct BastionProps {
  Value vpc_id;
  Value subnet_id;  ///< a private subnet
  /// The security group of the database it forwards to (null when unknown:
  /// egress is then open on the port only), and its port.
  Value database_security_group_id;
  int database_port = 3306;
  /// The smallest current Graviton type: Session Manager port forwarding
  /// needs no more.
  std::string instance_type = "t4g.nano";
};

/// An EC2 instance reached only through AWS Systems Manager Session Manager
/// (port forwarding to the database): no key pair, no inbound rule, IMDSv2
/// required, encrypted root volume, the latest Amazon Linux 2023 through
/// the public SSM parameter, and a role allowing only what the SSM agent
/// needs for sessions. Egress: HTTPS (the SSM APIs) and the database port.
class Bastion : public Construct {
 public:
  Bastion(Construct& scope, std::string id, BastionProps props);

  const CfnResource& security_group() const { return *security_group_; }
  const CfnResource& instance() const { return *instance_; }
  Value InstanceId() const;  ///< Ref of the instance

 private:
  /// The egress-only security group.
  void AddSecurityGroup();
  Value DatabaseEgress() const;
  /// Role (Session Manager permissions only) and its instance profile.
  const CfnResource& AddInstanceProfile();
  /// The launch template that requires IMDSv2, then the instance.
  void AddInstance(const CfnResource& profile);

  BastionProps props_;
  CfnResource* security_group_ = nullptr;
  CfnResource* instance_ = nullptr;
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_BASTION_H_
