#ifndef CDKPP_CONSTRUCTS_PIPELINE_STACK_H_
#define CDKPP_CONSTRUCTS_PIPELINE_STACK_H_

#include <optional>
#include <string>

#include "cdkpp/constructs/bastion.h"
#include "cdkpp/constructs/cloudwatch_alarms.h"
#include "cdkpp/constructs/dms_replication.h"
#include "cdkpp/constructs/existing_mysql.h"
#include "cdkpp/constructs/existing_stream.h"
#include "cdkpp/constructs/existing_vpc.h"
#include "cdkpp/constructs/imported_vpc.h"
#include "cdkpp/constructs/kinesis_stream.h"
#include "cdkpp/constructs/rds_mysql.h"
#include "cdkpp/constructs/vpc.h"
#include "cdkpp/constructs/vpc_endpoints.h"
#include "cdkpp/core/stack.h"

namespace cdkpp {

/// One escape-hatch override (config: overrides[]), as CDK's addOverride.
struct ResourceOverride {
  /// A construct path below the stack ("Replication/Task") or a logical id.
  std::string resource;
  /// Dotted, [i] for list items, from the resource's root:
  /// "Properties.MigrationType".
  std::string path;
  /// The value to set; null deletes.
  Json value;
};

/// Everything one config stack entry says. Defaults are the seed pipeline.
struct PipelineStackProps {
  StackProps stack = {"MySQL to Kinesis CDC pipeline with AWS DMS", {}};
  VpcProps vpc;
  RdsMysqlProps database;
  DmsReplicationProps replication;
  KinesisStreamProps stream;
  CloudWatchAlarmsProps monitoring;
  /// Retention of the DMS task log group (passed to replication).
  int log_retention_days = 7;
  /// Encrypt the stack's log groups (DMS task logs, VPC flow logs) with a
  /// customer-managed KMS key the stack creates and passes to both.
  bool log_kms_encryption = false;
  /// database.bastion: a Session Manager bastion in a private subnet that
  /// the database admits on its port (construct id Bastion).
  bool bastion = false;
  /// vpc.endpoints: interface endpoints for the APIs called from the private
  /// subnets (construct id Endpoints): Kinesis and Secrets Manager for DMS,
  /// SSM, SSM Messages and EC2 Messages with a bastion.
  bool vpc_endpoints = false;
  /// Set: use this VPC, database or stream instead of creating one (the
  /// created one's props above are then unused).
  std::optional<ExistingVpcProps> existing_vpc;
  std::optional<ExistingMySqlProps> existing_database;
  std::optional<ExistingStreamProps> existing_stream;
  /// Set: use the VPC of this NetworkStack of the same app (constructed
  /// before this stack), through Fn::ImportValue of its exports; the stack
  /// then creates no network resource and is deployed after that one.
  std::optional<std::string> vpc_from_stack;
  /// Applied last, to the rendered resources, in this order; each must name a
  /// resource of the stack.
  std::vector<ResourceOverride> overrides;

  /// Errors in the stack-wide members above (key_path = the member); each
  /// construct validates its own props.
  Diagnostics Validate() const;
  /// Errors in how the parts fit together, e.g. a publicly accessible created
  /// database in an existing VPC without public subnets (key_path = the
  /// member path, e.g. "existing_vpc.public_subnet_ids").
  Diagnostics ValidateWiring() const;
};

/// The MySQL -> DMS -> Kinesis CDC pipeline: the five constructs wired
/// together (ids VPC, Database, Stream, Replication, Monitoring) plus the
/// stack outputs (database endpoint, secret ARN, stream, log group, task).
/// The VPC, database and stream are created, or the existing ones named in
/// the props are used; the replication and alarms see only their interfaces.
class PipelineStack : public Stack {
 public:
  PipelineStack(Construct& scope, std::string name, PipelineStackProps props = {});

  /// The network, database and stream, created or existing alike.
  const IVpc& vpc() const { return *vpc_; }
  const IMySqlSource& database() const { return *database_; }
  const IStream& stream() const { return *stream_; }
  const DmsReplication& replication() const { return *replication_; }
  const CloudWatchAlarms& monitoring() const { return *monitoring_; }
  /// nullptr unless props.bastion.
  const Bastion* bastion() const { return bastion_; }
  /// nullptr unless props.vpc_endpoints.
  const VpcEndpoints* endpoints() const { return endpoints_; }

  /// The resource at construct path below this stack ("Replication/Task"; a
  /// construct's path names its "Resource" child: "Stream") or with this
  /// logical id, or nullptr.
  CfnResource* FindResource(const std::string& path_or_logical_id);

 private:
  /// props.overrides, onto the resources they name (an error for a name no
  /// resource has, key_path "overrides[i].resource").
  void ApplyOverrides(const std::vector<ResourceOverride>& overrides);
  /// The VPC, database and stream: created, or the existing ones.
  void AddNetwork(const PipelineStackProps& props);
  /// The VPC of the network stack props.vpc_from_stack names.
  void ImportNetwork(Construct& scope, const std::string& network_stack);
  void AddDatabase(const PipelineStackProps& props);
  void AddStream(const PipelineStackProps& props);
  /// The stack outputs a user of the pipeline needs after deploy.
  void AddOutputs();

  const IVpc* vpc_ = nullptr;
  IMySqlSource* database_ = nullptr;
  const IStream* stream_ = nullptr;
  DmsReplication* replication_ = nullptr;
  CloudWatchAlarms* monitoring_ = nullptr;
  Bastion* bastion_ = nullptr;
  VpcEndpoints* endpoints_ = nullptr;

  /// The bastion and the endpoints, as the props ask.
  void AddPrivateAccess(const PipelineStackProps& props);
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_PIPELINE_STACK_H_
