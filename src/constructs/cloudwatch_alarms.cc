#include "cdkpp/constructs/cloudwatch_alarms.h"

#include <cctype>
#include <optional>
#include <set>

#include "cdkpp/constructs/dms_replication.h"
#include "cdkpp/constructs/i_stream.h"
#include "cdkpp/core/token.h"
#include "constructs/checks.h"
#include "util/numbers.h"
#include "util/utf8.h"

namespace cdkpp {
namespace {

const std::set<std::string>& Comparisons() {
  static const std::set<std::string> kComparisons = {
      "GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold",
      "LessThanOrEqualToThreshold"};
  return kComparisons;
}

const std::set<std::string>& Statistics() {
  static const std::set<std::string> kStatistics = {"Average", "Maximum", "Minimum", "SampleCount",
                                                    "Sum"};
  return kStatistics;
}

std::string JoinNames(const std::set<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// CloudWatch accepts periods of 10 or 30 seconds (high resolution) or multiples of 60.
void CheckPeriod(Diagnostics* out, const std::string& key, int period) {
  internal::checks::Expect(out, period == 10 || period == 30 || (period >= 60 && period % 60 == 0), key,
                 "10, 30 or a multiple of 60 seconds", std::to_string(period));
}

bool IsPlausibleEmail(const std::string& s) {
  size_t at = s.find('@');
  return at != std::string::npos && at > 0 && s.find('.', at) != std::string::npos &&
         s.find(' ') == std::string::npos && s.back() != '.';
}

Value Dimension(const std::string& name, Value value) {
  return Value::Map({{"Name", name}, {"Value", std::move(value)}});
}

}  // namespace

Diagnostics CloudWatchAlarmsProps::Validate() const {
  Diagnostics out;
  internal::checks::IntAtLeast(&out, "replication_lag_seconds", replication_lag_seconds, 1);
  CheckPeriod(&out, "period_seconds", period_seconds);
  internal::checks::IntInRange(&out, "evaluation_periods", evaluation_periods, 1, 100);
  if (alarm_email) {
    internal::checks::Expect(&out, IsPlausibleEmail(*alarm_email), "alarm_email", "an e-mail address",
                   internal::checks::Quote(*alarm_email));
    internal::CheckUtf8(&out, "alarm_email", *alarm_email);
    internal::checks::Expect(&out, alarm_topic, "alarm_topic",
                   "true when alarmEmail is set (the address subscribes to the topic)", "false");
  }
  std::set<std::string> ids;
  for (size_t i = 0; i < extra_alarms.size(); ++i) {
    const ExtraAlarm& alarm = extra_alarms[i];
    std::string key = "extra_alarms[" + std::to_string(i) + "]";
    bool id_ok = !alarm.id.empty();
    for (char c : alarm.id) id_ok = id_ok && std::isalnum(static_cast<unsigned char>(c));
    internal::checks::Expect(&out, id_ok, key + ".id", "an id of letters and digits", internal::checks::Quote(alarm.id));
    internal::checks::Expect(&out, !id_ok || ids.insert(alarm.id).second, key + ".id",
                   "an id no other alarm has", internal::checks::Quote(alarm.id));
    internal::checks::Expect(&out, !alarm.metric.empty(), key + ".metric", "a metric name", "\"\"");
    internal::CheckUtf8(&out, key + ".metric", alarm.metric);
    internal::checks::Expect(&out, Statistics().count(alarm.statistic) > 0, key + ".statistic",
                   "one of " + JoinNames(Statistics()), internal::checks::Quote(alarm.statistic));
    internal::checks::Expect(&out, Comparisons().count(alarm.comparison) > 0, key + ".comparison",
                   "one of " + JoinNames(Comparisons()), internal::checks::Quote(alarm.comparison));
    CheckPeriod(&out, key + ".period_seconds", alarm.period_seconds);
    internal::checks::IntInRange(&out, key + ".evaluation_periods", alarm.evaluation_periods, 1, 100);
  }
  return out;
}

CloudWatchAlarms::CloudWatchAlarms(Construct& scope, std::string id,
                                   const DmsReplication& replication, const IStream& stream,
                                   CloudWatchAlarmsProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  for (auto& d : props_.Validate()) AddError(d.message, d.key_path);
  // The order of the steps is the order of the resources in the template.
  if (props_.alarm_topic) AddAlarmTopic();
  // The dimensions DMS really publishes the replication's metrics under.
  ValueList task_dimensions = replication.CdcMetricDimensions();
  AddLatencyAlarms(task_dimensions);
  for (const ExtraAlarm& extra : props_.extra_alarms) {
    AddExtraAlarm(extra, task_dimensions, replication, stream);
  }
}

void CloudWatchAlarms::AddAlarmTopic() {
  topic_ =
      &New<CfnResource>(*this, "AlarmTopic", "AWS::SNS::Topic",
                        Value::Map({{"DisplayName", "CDC pipeline alarms"}}), TagFormat::kList);
  if (!props_.alarm_email) return;
  New<CfnResource>(
      *this, "AlarmEmail", "AWS::SNS::Subscription",
      Value::Map(
          {{"Endpoint", *props_.alarm_email}, {"Protocol", "email"}, {"TopicArn", Ref(*topic_)}}));
}

void CloudWatchAlarms::AddLatencyAlarms(const ValueList& task_dimensions) {
  const std::string lag = std::to_string(props_.replication_lag_seconds);
  for (const char* metric : {"CDCLatencySource", "CDCLatencyTarget"}) {
    std::string side = std::string(metric) == "CDCLatencySource" ? "source" : "target";
    AddAlarm(metric, "DMS " + side + " latency above " + lag + " s (" + metric + ")",
             {{"ComparisonOperator", "GreaterThanThreshold"},
              {"Dimensions", task_dimensions},
              {"EvaluationPeriods", props_.evaluation_periods},
              {"MetricName", metric},
              {"Namespace", "AWS/DMS"},
              {"Period", props_.period_seconds},
              {"Statistic", "Average"},
              {"Threshold", props_.replication_lag_seconds}});
  }
}

void CloudWatchAlarms::AddExtraAlarm(const ExtraAlarm& extra, const ValueList& task_dimensions,
                                     const DmsReplication& replication,
                                     const IStream& stream) {
  ValueList dimensions;
  std::string name_space = "AWS/DMS";
  switch (extra.scope) {
    case AlarmScope::kDmsTask:
      dimensions = task_dimensions;
      break;
    case AlarmScope::kDmsInstance:
      // DMS Serverless has no instance (PipelineStackProps::ValidateWiring).
      dimensions = {Dimension("ReplicationInstanceIdentifier", replication.InstanceIdentifier())};
      break;
    case AlarmScope::kKinesisStream:
      name_space = "AWS/Kinesis";
      dimensions = {Dimension("StreamName", stream.StreamName())};
      break;
  }
  // A whole threshold is written as an integer ("5", not "5.0"); the check
  // keeps a huge one (1e300) from an undefined cast.
  std::optional<long long> whole = internal::ExactInt64(extra.threshold);
  Value threshold = whole ? Value(static_cast<int64_t>(*whole)) : Value(extra.threshold);
  // nlohmann's number formatting ignores the C locale: same bytes everywhere.
  std::string shown = whole ? std::to_string(*whole) : Json(extra.threshold).dump();
  AddAlarm(extra.id, extra.metric + " " + extra.comparison + " " + shown,
           {{"ComparisonOperator", extra.comparison},
            {"Dimensions", dimensions},
            {"EvaluationPeriods", extra.evaluation_periods},
            {"MetricName", extra.metric},
            {"Namespace", name_space},
            {"Period", extra.period_seconds},
            {"Statistic", extra.statistic},
            {"Threshold", threshold}});
}

CfnResource& CloudWatchAlarms::AddAlarm(const std::string& id, const std::string& description,
                                        ValueMap spec) {
  ValueMap properties;
  if (topic_ != nullptr) {
    properties.emplace_back("AlarmActions", Value::List({Ref(*topic_)}));
    properties.emplace_back("OKActions", Value::List({Ref(*topic_)}));
  }
  properties.emplace_back("AlarmDescription", description);
  for (auto& entry : spec) properties.push_back(std::move(entry));
  // No data means no changes are flowing, not that replication is late.
  properties.emplace_back("TreatMissingData", "notBreaching");
  return New<CfnResource>(*this, id, "AWS::CloudWatch::Alarm", Value(std::move(properties)),
                          TagFormat::kList);
}

}  // namespace cdkpp
