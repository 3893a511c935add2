#include "config/section_readers.h"

namespace cdkpp::config {
namespace {

const EnumSpelling<RemovalPolicy> kRemovalPolicy{{{"destroy", RemovalPolicy::kDestroy},
                                                  {"retain", RemovalPolicy::kRetain},
                                                  {"snapshot", RemovalPolicy::kSnapshot}},
                                                 3};
const EnumSpelling<MigrationType> kMigrationType{
    {{"cdc", MigrationType::kCdc},
     {"full-load", MigrationType::kFullLoad},
     {"full-load-and-cdc", MigrationType::kFullLoadAndCdc}},
    3};
const EnumSpelling<MessageFormat> kMessageFormat{
    {{"json", MessageFormat::kJson}, {"json-unformatted", MessageFormat::kJsonUnformatted}}, 2};
const EnumSpelling<TableAction> kTableAction{
    {{"include", TableAction::kInclude}, {"exclude", TableAction::kExclude}}, 2};
// The CloudFormation spellings are accepted too, so values copied from a
// template or from the AWS docs work.
const EnumSpelling<StreamMode> kStreamMode{{{"provisioned", StreamMode::kProvisioned},
                                            {"on-demand", StreamMode::kOnDemand},
                                            {"PROVISIONED", StreamMode::kProvisioned},
                                            {"ON_DEMAND", StreamMode::kOnDemand}},
                                           2};
const EnumSpelling<StreamEncryption> kStreamEncryption{
    {{"kms", StreamEncryption::kKms}, {"none", StreamEncryption::kNone}}, 2};
const EnumSpelling<AlarmScope> kAlarmScope{{{"dms-task", AlarmScope::kDmsTask},
                                            {"dms-instance", AlarmScope::kDmsInstance},
                                            {"kinesis-stream", AlarmScope::kKinesisStream}},
                                           3};

TableMapping ReadTable(LoadContext& ctx, const Field& f) {
  TableMapping table;
  MappingReader m(ctx, f);
  m.String("schema", &table.schema);
  m.String("table", &table.table);
  m.Enum("action", &table.action, kTableAction);
  m.Finish();
  return table;
}

ExtraAlarm ReadAlarm(LoadContext& ctx, const Field& f) {
  ExtraAlarm alarm;
  MappingReader m(ctx, f);
  if (auto id = m.Require("id")) ReadString(ctx, *id, &alarm.id);
  m.Enum("scope", &alarm.scope, kAlarmScope);
  if (auto metric = m.Require("metric")) ReadString(ctx, *metric, &alarm.metric);
  m.String("statistic", &alarm.statistic);
  m.String("comparison", &alarm.comparison);
  m.Double("threshold", &alarm.threshold);
  m.Int("periodSeconds", &alarm.period_seconds);
  m.Int("evaluationPeriods", &alarm.evaluation_periods);
  m.Finish();
  return alarm;
}

}  // namespace

void ReadVpc(LoadContext& ctx, const Field& f, VpcProps* props) {
  MappingReader m(ctx, f);
  m.String("cidr", &props->cidr);
  m.Int("maxAzs", &props->max_azs);
  m.Int("natGateways", &props->nat_gateways);
  m.OptionalInt("subnetCidrMask", &props->subnet_cidr_mask);
  m.Bool("flowLogs", &props->flow_logs);
  m.Int("flowLogRetentionDays", &props->flow_log_retention_days);
  m.Finish();
}

void ReadDatabase(LoadContext& ctx, const Field& f, RdsMysqlProps* props) {
  MappingReader m(ctx, f);
  m.String("instanceClass", &props->instance_class);
  m.String("engineVersion", &props->engine_version);
  m.Int("allocatedStorageGiB", &props->allocated_storage_gib);
  m.Bool("publiclyAccessible", &props->publicly_accessible);
  m.StringList("allowedCidrs", &props->allowed_cidrs);
  m.String("databaseName", &props->database_name);
  m.String("masterUsername", &props->master_username);
  m.Int("backupRetentionDays", &props->backup_retention_days);
  m.Bool("multiAz", &props->multi_az);
  m.Bool("storageEncrypted", &props->storage_encrypted);
  m.Bool("deletionProtection", &props->deletion_protection);
  m.Int("port", &props->port);
  m.Enum("removalPolicy", &props->removal_policy, kRemovalPolicy);
  m.OptionalInt("secretRotationDays", &props->secret_rotation_days);
  m.Finish();
}

void ReadReplication(LoadContext& ctx, const Field& f, DmsReplicationProps* props) {
  MappingReader m(ctx, f);
  m.String("instanceClass", &props->instance_class);
  m.String("instanceIdentifier", &props->instance_identifier);
  m.Enum("migrationType", &props->migration_type, kMigrationType);
  m.Bool("createServiceRoles", &props->create_service_roles);
  m.Enum("messageFormat", &props->message_format, kMessageFormat);
  if (auto tables = m.Get("tables")) {
    if (tables->node.IsSequence()) {
      props->tables.clear();
      for (const Field& item : ListItems(ctx, *tables))
        props->tables.push_back(ReadTable(ctx, item));
    } else {
      ctx.Error(kTypeError, tables->where, tables->path,
                "expected a list of {schema, table, action}, got " + Describe(tables->node));
    }
  }
  m.Int("allocatedStorageGiB", &props->allocated_storage_gib);
  m.Bool("multiAz", &props->multi_az);
  m.Finish();
}

void ReadStream(LoadContext& ctx, const Field& f, KinesisStreamProps* props) {
  MappingReader m(ctx, f);
  m.String("name", &props->name);
  m.Enum("mode", &props->mode, kStreamMode);
  m.OptionalInt("shardCount", &props->shard_count, "an integer >= 1");
  m.Int("retentionHours", &props->retention_hours, "an integer from 24 to 8760");
  m.Enum("encryption", &props->encryption, kStreamEncryption);
  m.String("kmsKey", &props->kms_key);
  m.Finish();
}

void ReadMonitoring(LoadContext& ctx, const Field& f, CloudWatchAlarmsProps* props,
                    DmsReplicationProps* replication) {
  MappingReader m(ctx, f);
  // DMS writes its task logs to a log group the replication construct owns,
  // so this monitoring key configures DmsReplicationProps.
  m.Int("logRetentionDays", &replication->log_retention_days);
  m.Int("replicationLagSeconds", &props->replication_lag_seconds);
  m.Int("periodSeconds", &props->period_seconds);
  m.Int("evaluationPeriods", &props->evaluation_periods);
  m.Bool("alarmTopic", &props->alarm_topic);
  m.OptionalString("alarmEmail", &props->alarm_email);
  m.Bool("logKmsEncryption", &props->log_kms_encryption);
  if (auto alarms = m.Get("alarms")) {
    props->extra_alarms.clear();
    for (const Field& item : ListItems(ctx, *alarms)) {
      props->extra_alarms.push_back(ReadAlarm(ctx, item));
    }
  }
  m.Finish();
}

}  // namespace cdkpp::config
