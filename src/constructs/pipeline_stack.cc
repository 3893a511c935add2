#include "cdkpp/constructs/pipeline_stack.h"

#include "cdkpp/core/cfn_output.h"
#include "cdkpp/core/token.h"
#include "cdkpp/constructs/log_retention.h"
#include "constructs/checks.h"
#include "constructs/iam.h"

namespace cdkpp {
namespace {

// A customer-managed key CloudWatch Logs may use for this account's log
// groups (the condition pins it to log groups of this account and region).
CfnResource& AddLogKey(Stack& stack) {
  Value root = internal::iam::AccountRootKeyStatement();
  Value logs = Value::Map(
      {{"Action", Value::List({"kms:Decrypt*", "kms:Describe*", "kms:Encrypt*",
                               "kms:GenerateDataKey*", "kms:ReEncrypt*"})},
       {"Condition",
        Value::Map({{"ArnLike",
                     Value::Map({{"kms:EncryptionContext:aws:logs:arn",
                                  Sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*")}})}})},
       {"Effect", "Allow"},
       {"Principal", Value::Map({{"Service", Sub("logs.${AWS::Region}.amazonaws.com")}})},
       {"Resource", "*"}});
  auto& key = New<CfnResource>(
      stack, "LogKey", "AWS::KMS::Key",
      Value::Map({{"Description", "Encrypts the CDC pipeline's log groups"},
                  {"EnableKeyRotation", true},
                  {"KeyPolicy", Value::Map({{"Statement", Value::List({root, logs})},
                                            {"Version", "2012-10-17"}})}}),
      TagFormat::kList);
  key.ApplyRemovalPolicy(RemovalPolicy::kRetain);
  return key;
}

void AddOutput(Stack& stack, const std::string& id, const std::string& description, Value value) {
  New<CfnOutput>(stack, id, CfnOutputProps{std::move(value), description, std::nullopt, nullptr});
}

}  // namespace

Diagnostics PipelineStackProps::Validate() const {
  Diagnostics out;
  internal::checks::IntOneOf(&out, "log_retention_days", log_retention_days, AllowedLogRetentionDays());
  return out;
}

PipelineStack::PipelineStack(Construct& scope, std::string name, PipelineStackProps props)
    : Stack(scope, std::move(name), props.stack) {
  props.replication.log_retention_days = props.log_retention_days;
  if (props.log_kms_encryption) {
    CfnResource& key = AddLogKey(*this);
    props.vpc.log_kms_key = &key;
    props.replication.log_kms_key = &key;
  }
  vpc_ = &New<Vpc>(*this, "VPC", props.vpc);
  database_ = &New<RdsMysql>(*this, "Database", *vpc_, props.database);
  stream_ = &New<KinesisStream>(*this, "Stream", props.stream);
  replication_ = &New<DmsReplication>(*this, "Replication", *vpc_, *database_, *stream_,
                                      props.replication);
  monitoring_ = &New<CloudWatchAlarms>(*this, "Monitoring", *replication_, *stream_,
                                       props.monitoring);
  AddPrivateAccess(props);

  AddOutput(*this, "DatabaseEndpoint", "MySQL endpoint address", database_->EndpointAddress());
  AddOutput(*this, "DatabasePort", "MySQL port", database_->EndpointPort());
  AddOutput(*this, "DatabaseSecretArn", "Secrets Manager secret with the master credentials",
            database_->SecretArn());
  AddOutput(*this, "StreamName", "Kinesis stream receiving the changes", stream_->StreamName());
  AddOutput(*this, "StreamArn", "Kinesis stream ARN", stream_->StreamArn());
  AddOutput(*this, "ReplicationTaskArn", "DMS CDC task", Ref(replication_->task()));
  AddOutput(*this, "DmsLogGroupName", "Log group DMS writes task logs to",
            Ref(replication_->log_group()));
  if (const CfnResource* topic = monitoring_->topic()) {
    AddOutput(*this, "AlarmTopicArn", "SNS topic the alarms notify", Ref(*topic));
  }
  if (bastion_ != nullptr) {
    AddOutput(*this, "BastionInstanceId", "Session Manager target for port forwarding to MySQL",
              bastion_->InstanceId());
  }
}

void PipelineStack::AddPrivateAccess(const PipelineStackProps& props) {
  if (props.bastion) {
    bastion_ = &New<Bastion>(
        *this, "Bastion",
        BastionProps{vpc_->VpcId(), vpc_->PrivateSubnetIds().front(),
                     GetAtt(database_->security_group(), "GroupId"), props.database.port});
    database_->AllowFrom(bastion_->security_group(), "MySQL from the Session Manager bastion");
  }
  if (!props.vpc_endpoints) return;
  std::vector<std::string> services = {kKinesisStreamsService, kSecretsManagerService};
  if (props.bastion) {
    services.insert(services.end(), {kSsmService, kSsmMessagesService, kEc2MessagesService});
  }
  endpoints_ = &New<VpcEndpoints>(
      *this, "Endpoints",
      VpcEndpointsProps{vpc_->VpcId(), Value(props.vpc.cidr), vpc_->PrivateSubnetIds(),
                        std::move(services)});
}

}  // namespace cdkpp
