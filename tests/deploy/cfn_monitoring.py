"""CloudFormation handlers for AWS::CloudWatch::Alarm and
AWS::SNS::Subscription, on moto's CloudWatch and SNS backends."""
from moto.cloudwatch.models import cloudwatch_backends
from moto.core.common_models import CloudFormationModel
from moto.sns.models import sns_backends

from deploy.cfn_base import ApplyHandler, Handler, HandlerError, tags


class CfnAlarm(ApplyHandler, CloudFormationModel):
    TYPE = "AWS::CloudWatch::Alarm"
    NAME_PROPERTY = "AlarmName"
    CREATE_ONLY = ("AlarmName",)
    ATTRIBUTES = ("Arn",)

    def apply(self, props):
        for dimension in props.get("Dimensions") or []:
            if not isinstance(dimension.get("Value"), str) or not dimension["Value"]:
                raise HandlerError(f"dimension {dimension.get('Name')!r} has no value")
        cloudwatch_backends[self.account_id][self.region].put_metric_alarm(
            name=self.physical_id, namespace=props.get("Namespace"),
            metric_name=props.get("MetricName"),
            comparison_operator=props["ComparisonOperator"],
            evaluation_periods=props["EvaluationPeriods"], period=props.get("Period"),
            threshold=float(props["Threshold"]), statistic=props.get("Statistic"),
            description=props.get("AlarmDescription"),
            dimensions=props.get("Dimensions") or [],
            alarm_actions=props.get("AlarmActions") or [],
            datapoints_to_alarm=props.get("DatapointsToAlarm"),
            extended_statistic=props.get("ExtendedStatistic"),
            ok_actions=props.get("OKActions") or [],
            insufficient_data_actions=props.get("InsufficientDataActions") or [],
            unit=props.get("Unit"), actions_enabled=props.get("ActionsEnabled", True),
            treat_missing_data=props.get("TreatMissingData"), tags=tags(props))

    def attribute(self, name):
        return cloudwatch_backends[self.account_id][self.region].alarms[
            self.physical_id].alarm_arn

    def delete(self, account_id, region_name):
        cloudwatch_backends[account_id][region_name].delete_alarms([self.physical_id])


class CfnSubscription(Handler, CloudFormationModel):
    TYPE = "AWS::SNS::Subscription"
    CREATE_ONLY = ("Endpoint", "Protocol", "TopicArn")

    @classmethod
    def create(cls, name, props, account_id, region):
        subscription = sns_backends[account_id][region].subscribe(
            props["TopicArn"], props["Endpoint"], props["Protocol"])
        return cls(subscription.arn, props, account_id, region)

    def modify(self, props):
        pass  # only delivery attributes (not used by cdkpp) are updatable

    def delete(self, account_id, region_name):
        sns_backends[account_id][region_name].unsubscribe(self.physical_id)
