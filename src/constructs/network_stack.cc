#include "cdkpp/constructs/network_stack.h"

#include "cdkpp/core/cfn_output.h"
#include "constructs/log_key.h"

namespace cdkpp {
namespace {

void AddExport(Stack& stack, const std::string& id, const std::string& description, Value value,
               const std::string& export_name) {
  New<CfnOutput>(stack, id,
                 CfnOutputProps{std::move(value), description, Value(export_name), nullptr});
}

}  // namespace

NetworkStack::NetworkStack(Construct& scope, std::string name, NetworkStackProps props)
    : Stack(scope, std::move(name), props.stack) {
  if (props.log_kms_encryption && props.vpc.flow_logs) {
    props.vpc.log_kms_key = &internal::AddLogKey(*this, "Encrypts the shared VPC's flow-log group");
  }
  vpc_ = &New<Vpc>(*this, "VPC", props.vpc);
  exports_ = NetworkExportNames(stack_name(), vpc_->AvailabilityZoneCount());
  if (props.endpoints) AddEndpoints();
  AddExports();
}

void NetworkStack::AddEndpoints() {
  // What DMS calls from the private subnets; a pipeline's bastion needs its
  // own SSM endpoints (or a NAT gateway).
  endpoints_ =
      &New<VpcEndpoints>(*this, "Endpoints",
                         VpcEndpointsProps{vpc_->VpcId(),
                                           vpc_->VpcCidr(),
                                           vpc_->PrivateSubnetIds(),
                                           {kKinesisStreamsService, kSecretsManagerService}});
}

void NetworkStack::AddExports() {
  AddExport(*this, "VpcId", "The shared VPC", vpc_->VpcId(), exports_.vpc_id);
  AddExport(*this, "VpcCidr", "The shared VPC's IPv4 CIDR", vpc_->VpcCidr(), exports_.vpc_cidr);
  ValueList private_ids = vpc_->PrivateSubnetIds();
  ValueList public_ids = vpc_->PublicSubnetIds();
  for (size_t i = 0; i < exports_.private_subnet_ids.size() && i < private_ids.size(); ++i) {
    std::string n = std::to_string(i + 1);
    AddExport(*this, "PrivateSubnet" + n + "Id", "Private subnet " + n + " of the shared VPC",
              private_ids[i], exports_.private_subnet_ids[i]);
  }
  for (size_t i = 0; i < exports_.public_subnet_ids.size() && i < public_ids.size(); ++i) {
    std::string n = std::to_string(i + 1);
    AddExport(*this, "PublicSubnet" + n + "Id", "Public subnet " + n + " of the shared VPC",
              public_ids[i], exports_.public_subnet_ids[i]);
  }
}

}  // namespace cdkpp
