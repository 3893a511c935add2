#include "cdkpp/constructs/pipeline_stack.h"

#include <algorithm>

#include "cdkpp/constructs/network_stack.h"
#include "cdkpp/core/cfn_output.h"
#include "cdkpp/core/token.h"
#include "cdkpp/constructs/log_retention.h"
#include "constructs/checks.h"
#include "constructs/log_key.h"

namespace cdkpp {
namespace {

void AddOutput(Stack& stack, const std::string& id, const std::string& description, Value value) {
  New<CfnOutput>(stack, id, CfnOutputProps{std::move(value), description, std::nullopt, nullptr});
}

void CheckServerlessAlarms(const CloudWatchAlarmsProps& monitoring, Diagnostics* out) {
  // DMS Serverless publishes no instance metrics and only some task metrics:
  // an alarm on any other never fires.
  const std::vector<std::string>& published = DmsServerlessMetricNames();
  for (size_t i = 0; i < monitoring.extra_alarms.size(); ++i) {
    const ExtraAlarm& alarm = monitoring.extra_alarms[i];
    const std::string at = "monitoring.extra_alarms[" + std::to_string(i) + "]";
    internal::checks::Expect(out, alarm.scope != AlarmScope::kDmsInstance, at + ".scope",
                   "dms-task or kinesis-stream (DMS Serverless has no replication instance)",
                   "dms-instance");
    if (alarm.scope != AlarmScope::kDmsTask) continue;
    internal::checks::Expect(
        out, std::find(published.begin(), published.end(), alarm.metric) != published.end(),
        at + ".metric",
        "a metric DMS Serverless publishes (" + internal::JoinComma(published) + ")",
        internal::checks::Quote(alarm.metric));
  }
}

}  // namespace

Diagnostics PipelineStackProps::Validate() const {
  Diagnostics out;
  internal::checks::IntOneOf(&out, "log_retention_days", log_retention_days, AllowedLogRetentionDays());
  return out;
}

Diagnostics PipelineStackProps::ValidateWiring() const {
  Diagnostics out;
  // A created database that is publicly accessible goes into public subnets
  // (two zones, as every RDS subnet group): an existing VPC must name them.
  // (Checked only on a valid existing VPC: its own errors say what to fix.)
  if (existing_vpc && existing_vpc->Validate().empty() && !existing_database &&
      database.publicly_accessible) {
    internal::checks::Expect(&out, existing_vpc->public_subnet_ids.size() >= 2,
                   "existing_vpc.public_subnet_ids",
                   "at least two public subnets for the publicly accessible database "
                   "(or database.publiclyAccessible: false)",
                   std::to_string(existing_vpc->public_subnet_ids.size()));
  }
  if (replication.serverless) CheckServerlessAlarms(monitoring, &out);
  return out;
}


PipelineStack::PipelineStack(Construct& scope, std::string name, PipelineStackProps props)
    : Stack(scope, std::move(name), props.stack) {
  props.replication.log_retention_days = props.log_retention_days;
  if (props.log_kms_encryption) {
    CfnResource& key = internal::AddLogKey(*this, "Encrypts the CDC pipeline's log groups");
    props.vpc.log_kms_key = &key;
    props.replication.log_kms_key = &key;
  }
  for (auto& d : props.ValidateWiring()) AddError(d.message, d.key_path);
  if (props.vpc_from_stack) {
    ImportNetwork(scope, *props.vpc_from_stack);
  } else {
    AddNetwork(props);
  }
  AddDatabase(props);
  AddStream(props);
  replication_ = &New<DmsReplication>(*this, "Replication", *vpc_, *database_, *stream_,
                                      props.replication);
  monitoring_ = &New<CloudWatchAlarms>(*this, "Monitoring", *replication_, *stream_,
                                       props.monitoring);
  AddPrivateAccess(props);
  AddOutputs();
  ApplyOverrides(props.overrides);
}

CfnResource* PipelineStack::FindResource(const std::string& path_or_logical_id) {
  CfnResource* found = nullptr;
  const std::string prefix = path() + "/";
  Walk([&](const Construct& node) {
    auto* resource = dynamic_cast<const CfnResource*>(&node);
    if (found != nullptr || resource == nullptr) return;
    // A construct's path names its main resource ("Stream" is Stream/Resource), as
    // CDK's defaultChild.
    const std::string& at = resource->path();
    if (at == prefix + path_or_logical_id || at == prefix + path_or_logical_id + "/Resource" ||
        resource->LogicalId() == path_or_logical_id) {
      found = const_cast<CfnResource*>(resource);
    }
  });
  return found;
}

void PipelineStack::ApplyOverrides(const std::vector<ResourceOverride>& overrides) {
  for (size_t i = 0; i < overrides.size(); ++i) {
    CfnResource* resource = FindResource(overrides[i].resource);
    if (resource == nullptr) {
      AddError("expected a construct path below the stack or a logical id of one of its "
               "resources, got \"" + overrides[i].resource + "\"",
               "overrides[" + std::to_string(i) + "].resource");
      continue;
    }
    resource->AddOverride(overrides[i].path, overrides[i].value);
  }
}

void PipelineStack::AddNetwork(const PipelineStackProps& props) {
  if (props.existing_vpc) {
    vpc_ = &New<ExistingVpc>(*this, "VPC", *props.existing_vpc);
  } else {
    vpc_ = &New<Vpc>(*this, "VPC", props.vpc);
  }
}

void PipelineStack::ImportNetwork(Construct& scope, const std::string& network_stack) {
  const auto* network = dynamic_cast<const NetworkStack*>(scope.FindChild(network_stack));
  ImportedVpcProps imported;
  if (network == nullptr) {
    AddError("expected the name of a network stack added to the app before this stack, got \"" +
                 network_stack + "\"",
             "vpc_from_stack");
    imported.exports = NetworkExportNames(network_stack, 2);
  } else {
    imported.exports = network->exports();
    AddDependency(*network);
  }
  vpc_ = &New<ImportedVpc>(*this, "VPC", std::move(imported));
}

void PipelineStack::AddDatabase(const PipelineStackProps& props) {
  if (props.existing_database) {
    database_ = &New<ExistingMySql>(*this, "Database", *props.existing_database);
  } else {
    database_ = &New<RdsMysql>(*this, "Database", *vpc_, props.database);
  }
}

void PipelineStack::AddStream(const PipelineStackProps& props) {
  if (props.existing_stream) {
    stream_ = &New<ExistingStream>(*this, "Stream", *props.existing_stream);
  } else {
    stream_ = &New<KinesisStream>(*this, "Stream", props.stream);
  }
}

void PipelineStack::AddOutputs() {
  AddOutput(*this, "DatabaseEndpoint", "MySQL endpoint address", database_->EndpointAddress());
  AddOutput(*this, "DatabasePort", "MySQL port", database_->EndpointPort());
  AddOutput(*this, "DatabaseSecretArn", "Secrets Manager secret with the master credentials",
            database_->SecretArn());
  AddOutput(*this, "StreamName", "Kinesis stream receiving the changes", stream_->StreamName());
  AddOutput(*this, "StreamArn", "Kinesis stream ARN", stream_->StreamArn());
  if (replication_->serverless()) {
    AddOutput(*this, "ReplicationConfigArn", "DMS Serverless replication config",
              Ref(replication_->task()));
  } else {
    AddOutput(*this, "ReplicationTaskArn", "DMS CDC task", Ref(replication_->task()));
  }
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
                     database_->SecurityGroupId(), database_->Port()});
    database_->AllowFrom(bastion_->security_group(), "MySQL from the Session Manager bastion");
  }
  if (!props.vpc_endpoints) return;
  std::vector<std::string> services = {kKinesisStreamsService, kSecretsManagerService};
  if (props.bastion) {
    services.insert(services.end(), {kSsmService, kSsmMessagesService, kEc2MessagesService});
  }
  endpoints_ = &New<VpcEndpoints>(
      *this, "Endpoints",
      VpcEndpointsProps{vpc_->VpcId(), vpc_->VpcCidr(), vpc_->PrivateSubnetIds(),
                        std::move(services)});
}

}  // namespace cdkpp
