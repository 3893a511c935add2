#ifndef CDKPP_CONSTRUCTS_CLOUDWATCH_ALARMS_H_
#define CDKPP_CONSTRUCTS_CLOUDWATCH_ALARMS_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"

namespace cdkpp {

class DmsReplication;
class IStream;

/// What an extra alarm watches; each scope fixes the namespace and the
/// dimensions, which are filled with the real resolved values.
enum class AlarmScope { kDmsTask, kDmsInstance, kKinesisStream };

/// An alarm beyond the two CDC latency alarms (config: monitoring.alarms[]).
struct ExtraAlarm {
  std::string id;  ///< construct id, unique within the construct
  AlarmScope scope = AlarmScope::kDmsTask;
  std::string metric;  ///< e.g. CDCThroughputRowsSource, WriteProvisionedThroughputExceeded
  std::string statistic = "Maximum";
  std::string comparison = "GreaterThanThreshold";
  double threshold = 0;
  int period_seconds = 60;
  int evaluation_periods = 5;
};

/// The config fills it from `monitoring` (src/config/schema/monitoring_keys.cc).
struct CloudWatchAlarmsProps {
  /// Alarm when CDCLatencySource or CDCLatencyTarget exceeds this.
  int replication_lag_seconds = 300;
  int period_seconds = 60;
  int evaluation_periods = 5;
  /// Create an SNS topic the alarms notify.
  bool alarm_topic = true;
  /// Subscribe this address to the topic (it must confirm by e-mail).
  std::optional<std::string> alarm_email;
  std::vector<ExtraAlarm> extra_alarms;

  Diagnostics Validate() const;
};

/// CDC latency alarms on both AWS/DMS CDCLatencySource and CDCLatencyTarget,
/// with the dimensions DMS really publishes (instance identifier and task
/// resource id), an optional SNS topic with e-mail subscription, and extra
/// alarms from config.
class CloudWatchAlarms : public Construct {
 public:
  /// REQUIRES: replication and stream outlive this; replication shares its stack.
  CloudWatchAlarms(Construct& scope, std::string id, const DmsReplication& replication,
                   const IStream& stream, CloudWatchAlarmsProps props = {});

  const CloudWatchAlarmsProps& props() const { return props_; }
  /// The topic, or nullptr when alarm_topic is false.
  const CfnResource* topic() const { return topic_; }

 private:
  /// The SNS topic alarms notify, and its e-mail subscription when asked.
  void AddAlarmTopic();
  /// The source and target CDC latency alarms of the task.
  void AddLatencyAlarms(const ValueList& task_dimensions);
  void AddExtraAlarm(const ExtraAlarm& extra, const ValueList& task_dimensions,
                     const DmsReplication& replication, const IStream& stream);
  CfnResource& AddAlarm(const std::string& id, const std::string& description, ValueMap spec);

  CloudWatchAlarmsProps props_;
  CfnResource* topic_ = nullptr;
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_CLOUDWATCH_ALARMS_H_
