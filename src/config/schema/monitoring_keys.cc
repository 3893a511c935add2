// The `monitoring` section: log retention, CDC latency alarms, notification
// and extra alarms (CloudWatchAlarmsProps and the stack-wide log settings of
// PipelineStackProps), and its `alarms[]` items (ExtraAlarm).
#include "cdkpp/constructs/log_retention.h"
#include "cdkpp/constructs/pipeline_stack.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"
#include "config/schema/shared_rules.h"

namespace cdkpp::config::schema {
namespace {

const SectionSpec& AlarmSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = ExtraAlarm;
    SectionSpec spec = Table<P>(
        "monitoring.alarms[]", "An extra CloudWatch alarm.",
        Keys(Required(Key("id", CDKPP_MEMBER(P, id),
                          Pattern("^[A-Za-z0-9]+$", 255, "an id of letters and digits"),
                          "Construct id of the alarm, unique among the alarms.")),
             Key("scope", CDKPP_MEMBER(P, scope),
                 Choices({{"dms-task", static_cast<int>(AlarmScope::kDmsTask)},
                          {"dms-instance", static_cast<int>(AlarmScope::kDmsInstance)},
                          {"kinesis-stream", static_cast<int>(AlarmScope::kKinesisStream)}}),
                 "What is watched; fixes the namespace (`AWS/DMS` or `AWS/Kinesis`) and fills the "
                 "real dimensions (task resource id, instance identifier, or stream name)."),
             Required(Key("metric", CDKPP_MEMBER(P, metric), Length(1, "a metric name"),
                          "Metric name, e.g. `CDCThroughputRowsSource`, "
                          "`WriteProvisionedThroughputExceeded`.")),
             Key("statistic", CDKPP_MEMBER(P, statistic),
                 Choices({{"Average"}, {"Maximum"}, {"Minimum"}, {"SampleCount"}, {"Sum"}}),
                 "Statistic of the metric."),
             Key("comparison", CDKPP_MEMBER(P, comparison),
                 Choices({{"GreaterThanOrEqualToThreshold"},
                          {"GreaterThanThreshold"},
                          {"LessThanThreshold"},
                          {"LessThanOrEqualToThreshold"}}),
                 "How the statistic is compared with the threshold."),
             Key("threshold", CDKPP_MEMBER(P, threshold), NoRule(),
                 "Threshold value (integer or decimal)."),
             Key("periodSeconds", CDKPP_MEMBER(P, period_seconds), PeriodRule(),
                 "Period of the alarm in seconds."),
             Key("evaluationPeriods", CDKPP_MEMBER(P, evaluation_periods), EvaluationPeriodsRule(),
                 "Periods over threshold before the alarm fires.")));
    spec.rows_in_parent = true;
    return spec;
  }());
  return kSpec;
}

}  // namespace

const SectionSpec& MonitoringSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = PipelineStackProps;
    SectionSpec spec = Table<P>(
        "monitoring", "Log retention, CDC latency alarms, SNS notification, extra alarms.",
        Keys(Key("logRetentionDays", CDKPP_MEMBER(P, log_retention_days),
                 OneOf(AllowedLogRetentionDays()),
                 "Retention in days of the `dms-tasks-<identifier>` log group DMS writes to."),
             Key("replicationLagSeconds", CDKPP_MEMBER(P, monitoring.replication_lag_seconds),
                 AtLeast(1),
                 "Alarm when `CDCLatencySource` or `CDCLatencyTarget` exceeds this many seconds."),
             Key("periodSeconds", CDKPP_MEMBER(P, monitoring.period_seconds), PeriodRule(),
                 "Period of the latency alarms in seconds."),
             Key("evaluationPeriods", CDKPP_MEMBER(P, monitoring.evaluation_periods),
                 EvaluationPeriodsRule(), "Periods over threshold before the latency alarms fire."),
             Key("alarmTopic", CDKPP_MEMBER(P, monitoring.alarm_topic), NoRule(),
                 "Create an SNS topic that every alarm notifies (alarm and OK)."),
             Key("alarmEmail", CDKPP_MEMBER(P, monitoring.alarm_email),
                 Pattern(R"(^[^@ ]+@[^ ]*\.[^ ]*[^ .]$)", 254, "an e-mail address"),
                 "Subscribe this e-mail address to the topic (AWS sends a confirmation mail). "
                 "Requires `alarmTopic: true`."),
             Key("logKmsEncryption", CDKPP_MEMBER(P, log_kms_encryption), NoRule(),
                 "Encrypt the stack's log groups (DMS task logs, VPC flow logs) with a "
                 "customer-managed KMS key the stack creates."),
             SectionList("alarms", CDKPP_MEMBER(P, monitoring.extra_alarms), AlarmSection, NoRule(),
                         "Extra alarms.")));
    // The alarms' props and the stack-wide log settings.
    spec.validate = [](const void* p) {
      const auto& props = *static_cast<const PipelineStackProps*>(p);
      Diagnostics out = props.Validate();
      for (Diagnostic& d : props.monitoring.Validate()) {
        d.key_path = "monitoring." + d.key_path;
        out.push_back(std::move(d));
      }
      return out;
    };
    return spec;
  }());
  return kSpec;
}

}  // namespace cdkpp::config::schema
