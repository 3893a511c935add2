// CDKPP-SEC-016 (DMS public instance, cdk-nag AwsSolutions-DMS1) and
// CDKPP-SEC-019 (alarms that notify nobody).
#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {

void CheckDmsPublic(const RuleContext& ctx, Reporter& out) {
  for (const ResourceView* r : ctx.OfType("AWS::DMS::ReplicationInstance")) {
    const Json* v = Get(r->properties, "PubliclyAccessible");
    if (v == nullptr) {
      // The DMS default is true: an unset flag gives the instance a public IP.
      out.Report(*r, "Properties.PubliclyAccessible",
                 "replication instance is publicly accessible (PubliclyAccessible unset, DMS "
                 "defaults to true)");
    } else if (AsBool(v).value_or(false)) {
      out.Report(*r, "Properties.PubliclyAccessible",
                 "replication instance is publicly accessible");
    }
  }
}

void CheckAlarmActions(const RuleContext& ctx, Reporter& out) {
  for (const ResourceView* r : ctx.OfType("AWS::CloudWatch::Alarm")) {
    if (!AsBool(Get(r->properties, "ActionsEnabled")).value_or(true)) {
      out.Report(*r, "Properties.ActionsEnabled", "alarm actions are disabled");
      continue;
    }
    const Json* actions = Get(r->properties, "AlarmActions");
    if (actions == nullptr || (actions->is_array() && actions->empty())) {
      out.Report(*r, "Properties.AlarmActions", "alarm has no AlarmActions: it notifies nobody");
    }
  }
}

}  // namespace cdkpp::validate::internal
