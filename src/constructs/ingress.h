#ifndef CDKPP_CONSTRUCTS_INGRESS_H_
#define CDKPP_CONSTRUCTS_INGRESS_H_

#include <string>

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/value.h"

namespace cdkpp::internal {

/// An AWS::EC2::SecurityGroupIngress under scope that opens TCP port on
/// group_id to peer_security_group, with the id "IngressFrom<peer path>".
/// A separate ingress resource, so two security groups can name each other
/// without a dependency cycle, and a group the stack does not own gains a
/// rule that leaves with the stack.
CfnResource& AddIngressFrom(Construct& scope, Value group_id, int port,
                            const CfnResource& peer_security_group,
                            const std::string& description);

}  // namespace cdkpp::internal

#endif  // CDKPP_CONSTRUCTS_INGRESS_H_
