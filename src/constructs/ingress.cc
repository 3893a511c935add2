#include "constructs/ingress.h"

#include <cctype>

#include "cdkpp/core/token.h"

namespace cdkpp::internal {
namespace {

std::string AlphanumericOnly(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

}  // namespace

CfnResource& AddIngressFrom(Construct& scope, Value group_id, int port,
                            const CfnResource& peer_security_group,
                            const std::string& description) {
  std::vector<std::string> components = peer_security_group.PathComponents();
  std::string id = "IngressFrom";
  for (size_t i = 1; i < components.size(); ++i) id += AlphanumericOnly(components[i]);
  return New<CfnResource>(scope, id, "AWS::EC2::SecurityGroupIngress",
                          Value::Map({{"Description", description},
                                      {"FromPort", port},
                                      {"GroupId", std::move(group_id)},
                                      {"IpProtocol", "tcp"},
                                      {"SourceSecurityGroupId",
                                       GetAtt(peer_security_group, "GroupId")},
                                      {"ToPort", port}}));
}

}  // namespace cdkpp::internal
