#ifndef CDKPP_CONSTRUCTS_PIPELINE_STACK_H_
#define CDKPP_CONSTRUCTS_PIPELINE_STACK_H_

#include <string>

#include "cdkpp/constructs/bastion.h"
#include "cdkpp/constructs/cloudwatch_alarms.h"
#include "cdkpp/constructs/dms_replication.h"
#include "cdkpp/constructs/kinesis_stream.h"
#include "cdkpp/constructs/rds_mysql.h"
#include "cdkpp/constructs/vpc.h"
#include "cdkpp/constructs/vpc_endpoints.h"
#include "cdkpp/core/stack.h"

namespace cdkpp {

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

  /// Errors in the stack-wide members above (key_path = the member); each
  /// construct validates its own props.
  Diagnostics Validate() const;
};

/// The MySQL -> DMS -> Kinesis CDC pipeline: the five constructs wired
/// together (ids VPC, Database, Stream, Replication, Monitoring) plus the
/// stack outputs (database endpoint, secret ARN, stream, log group, task).
class PipelineStack : public Stack {
 public:
  PipelineStack(Construct& scope, std::string name, PipelineStackProps props = {});

  const Vpc& vpc() const { return *vpc_; }
  const RdsMysql& database() const { return *database_; }
  const KinesisStream& stream() const { return *stream_; }
  const DmsReplication& replication() const { return *replication_; }
  const CloudWatchAlarms& monitoring() const { return *monitoring_; }
  /// nullptr unless props.bastion.
  const Bastion* bastion() const { return bastion_; }
  /// nullptr unless props.vpc_endpoints.
  const VpcEndpoints* endpoints() const { return endpoints_; }

 private:
  Vpc* vpc_ = nullptr;
  RdsMysql* database_ = nullptr;
  KinesisStream* stream_ = nullptr;
  DmsReplication* replication_ = nullptr;
  CloudWatchAlarms* monitoring_ = nullptr;
  Bastion* bastion_ = nullptr;
  VpcEndpoints* endpoints_ = nullptr;

  /// The bastion and the endpoints, as the props ask.
  void AddPrivateAccess(const PipelineStackProps& props);
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_PIPELINE_STACK_H_
