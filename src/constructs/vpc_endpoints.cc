#include "cdkpp/constructs/vpc_endpoints.h"

#include <cctype>

#include "cdkpp/core/token.h"

namespace cdkpp {

std::string EndpointConstructId(const std::string& service) {
  std::string id;
  bool upper = true;
  for (char c : service) {
    if (c == '-') {
      upper = true;
      continue;
    }
    id += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return id;
}

VpcEndpoints::VpcEndpoints(Construct& scope, std::string id, VpcEndpointsProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  AddSecurityGroup();
  for (const std::string& service : props_.services) AddEndpoint(service);
}

void VpcEndpoints::AddSecurityGroup() {
  security_group_ = &New<CfnResource>(
      *this, "SecurityGroup", "AWS::EC2::SecurityGroup",
      Value::Map({{"GroupDescription", "Interface endpoints " + path() + ": HTTPS from the VPC"},
                  {"SecurityGroupIngress",
                   Value::List({Value::Map({{"CidrIp", props_.vpc_cidr},
                                            {"Description", "HTTPS from inside the VPC"},
                                            {"FromPort", 443},
                                            {"IpProtocol", "tcp"},
                                            {"ToPort", 443}})})},
                  {"VpcId", props_.vpc_id}}),
      TagFormat::kList);
}

void VpcEndpoints::AddEndpoint(const std::string& service) {
  // Private DNS makes the service's public host name resolve to the
  // endpoint, so DMS and the SSM agent need no configuration.
  endpoints_.push_back(&New<CfnResource>(
      *this, EndpointConstructId(service), "AWS::EC2::VPCEndpoint",
      Value::Map({{"PrivateDnsEnabled", true},
                  {"SecurityGroupIds", Value::List({GetAtt(*security_group_, "GroupId")})},
                  {"ServiceName", Sub("com.amazonaws.${AWS::Region}." + service)},
                  {"SubnetIds", Value(props_.subnet_ids)},
                  {"VpcEndpointType", "Interface"},
                  {"VpcId", props_.vpc_id}})));
}

}  // namespace cdkpp
