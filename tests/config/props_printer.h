#ifndef CDKPP_TESTS_CONFIG_PROPS_PRINTER_H_
#define CDKPP_TESTS_CONFIG_PROPS_PRINTER_H_

#include <string>

#include "cdkpp/constructs/pipeline_stack.h"

namespace cdkpp::testing {

/// Every field of PipelineStackProps, one "section.field=value" line each, so
/// tests can compare two props field by field and see which one differs.
/// (Extend this when a props struct gains a field.)
inline std::string PrintProps(const PipelineStackProps& p) {
  std::string out;
  auto line = [&out](const std::string& name, const std::string& value) {
    out += name + "=" + value + "\n";
  };
  auto str = [](const std::string& s) { return "\"" + s + "\""; };
  auto num = [](auto v) { return std::to_string(v); };
  auto flag = [](bool b) { return std::string(b ? "true" : "false"); };
  auto opt = [&num](const std::optional<int>& v) { return v ? num(*v) : std::string("unset"); };

  line("stack.description", str(p.stack.description));
  for (const auto& [k, v] : p.stack.tags) line("stack.tags." + k, str(v));

  line("vpc.cidr", str(p.vpc.cidr));
  line("vpc.max_azs", num(p.vpc.max_azs));
  line("vpc.nat_gateways", num(p.vpc.nat_gateways));
  line("vpc.subnet_cidr_mask", opt(p.vpc.subnet_cidr_mask));
  line("vpc.flow_logs", flag(p.vpc.flow_logs));
  line("vpc.flow_log_retention_days", num(p.vpc.flow_log_retention_days));

  const RdsMysqlProps& d = p.database;
  line("database.instance_class", str(d.instance_class));
  line("database.engine_version", str(d.engine_version));
  line("database.allocated_storage_gib", num(d.allocated_storage_gib));
  line("database.publicly_accessible", flag(d.publicly_accessible));
  for (const auto& c : d.allowed_cidrs) line("database.allowed_cidrs[]", str(c));
  line("database.database_name", str(d.database_name));
  line("database.master_username", str(d.master_username));
  line("database.backup_retention_days", num(d.backup_retention_days));
  line("database.multi_az", flag(d.multi_az));
  line("database.storage_encrypted", flag(d.storage_encrypted));
  line("database.deletion_protection", flag(d.deletion_protection));
  line("database.port", num(d.port));
  line("database.removal_policy", num(static_cast<int>(d.removal_policy)));
  line("database.secret_rotation_days", opt(d.secret_rotation_days));

  const DmsReplicationProps& r = p.replication;
  line("replication.instance_class", str(r.instance_class));
  line("replication.instance_identifier", str(r.instance_identifier));
  line("replication.migration_type", num(static_cast<int>(r.migration_type)));
  line("replication.create_service_roles", flag(r.create_service_roles));
  line("replication.message_format", num(static_cast<int>(r.message_format)));
  for (const auto& t : r.tables) {
    line("replication.tables[]",
         str(t.schema) + " " + str(t.table) + " " + num(static_cast<int>(t.action)));
  }
  line("replication.allocated_storage_gib", num(r.allocated_storage_gib));
  line("replication.multi_az", flag(r.multi_az));
  line("replication.log_retention_days", num(r.log_retention_days));
  line("replication.log_kms_key", r.log_kms_key ? "set" : "null");

  const KinesisStreamProps& s = p.stream;
  line("stream.name", str(s.name));
  line("stream.mode", num(static_cast<int>(s.mode)));
  line("stream.shard_count", opt(s.shard_count));
  line("stream.retention_hours", num(s.retention_hours));
  line("stream.encryption", num(static_cast<int>(s.encryption)));
  line("stream.kms_key", str(s.kms_key));

  const CloudWatchAlarmsProps& m = p.monitoring;
  line("monitoring.replication_lag_seconds", num(m.replication_lag_seconds));
  line("monitoring.period_seconds", num(m.period_seconds));
  line("monitoring.evaluation_periods", num(m.evaluation_periods));
  line("monitoring.alarm_topic", flag(m.alarm_topic));
  line("monitoring.alarm_email", m.alarm_email ? str(*m.alarm_email) : "unset");
  line("monitoring.log_kms_encryption", flag(m.log_kms_encryption));
  for (const auto& a : m.extra_alarms) {
    line("monitoring.alarms[]", str(a.id) + " " + num(static_cast<int>(a.scope)) + " " +
                                    str(a.metric) + " " + str(a.statistic) + " " +
                                    str(a.comparison) + " " + num(a.threshold) + " " +
                                    num(a.period_seconds) + " " + num(a.evaluation_periods));
  }
  return out;
}

}  // namespace cdkpp::testing

#endif  // CDKPP_TESTS_CONFIG_PROPS_PRINTER_H_
