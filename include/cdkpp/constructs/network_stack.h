#ifndef CDKPP_CONSTRUCTS_NETWORK_STACK_H_
#define CDKPP_CONSTRUCTS_NETWORK_STACK_H_

#include "cdkpp/constructs/network_exports.h"
#include "cdkpp/constructs/vpc.h"
#include "cdkpp/constructs/vpc_endpoints.h"
#include "cdkpp/core/stack.h"

namespace cdkpp {

/// Everything a network stack entry of the config says (`kind: network`).
struct NetworkStackProps {
  StackProps stack = {"Shared VPC for MySQL to Kinesis CDC pipelines", {}};
  VpcProps vpc;
  /// Interface endpoints for what DMS calls from the private subnets
  /// (Kinesis Streams, Secrets Manager), shared by every pipeline in the VPC.
  bool endpoints = false;
  /// Encrypt the flow-log group (vpc.flow_logs) with a customer-managed KMS
  /// key of this stack (construct id LogKey, as in a pipeline stack).
  bool log_kms_encryption = false;
};

/// A VPC shared by the pipeline stacks of a config (construct ids VPC and
/// Endpoints, the same logical ids as in a pipeline stack), exported under
/// NetworkExportNames(stack name): VPC id, CIDR, private and public subnet
/// ids, each a stack output with an export. Pipelines use it through
/// ImportedVpc (PipelineStackProps::vpc_from_stack).
class NetworkStack : public Stack {
 public:
  NetworkStack(Construct& scope, std::string name, NetworkStackProps props = {});

  const Vpc& vpc() const { return *vpc_; }
  /// nullptr unless props.endpoints.
  const VpcEndpoints* endpoints() const { return endpoints_; }
  /// The names the VPC is exported under.
  const NetworkExports& exports() const { return exports_; }

 private:
  void AddEndpoints();
  /// One output per export name, in NetworkExports::All() order.
  void AddExports();

  Vpc* vpc_ = nullptr;
  VpcEndpoints* endpoints_ = nullptr;
  NetworkExports exports_;
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_NETWORK_STACK_H_
