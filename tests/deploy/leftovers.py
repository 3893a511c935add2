"""Everything the emulator holds, service by service, as sorted id lists, so a
test can prove that `delete-stack` left nothing behind: the inventory after
the delete must equal the one taken before the first deploy (moto's defaults:
the default VPC and its parts, default RDS parameter groups, ...), except for
what the template retains (DeletionPolicy: Retain), which must remain."""
# (label, aws CLI arguments, result list key, id field)
LISTINGS = [
    ("ec2 vpcs", ["ec2", "describe-vpcs"], "Vpcs", "VpcId"),
    ("ec2 subnets", ["ec2", "describe-subnets"], "Subnets", "SubnetId"),
    ("ec2 internet gateways", ["ec2", "describe-internet-gateways"], "InternetGateways",
     "InternetGatewayId"),
    ("ec2 NAT gateways", ["ec2", "describe-nat-gateways"], "NatGateways", "NatGatewayId"),
    ("ec2 route tables", ["ec2", "describe-route-tables"], "RouteTables", "RouteTableId"),
    ("ec2 security groups", ["ec2", "describe-security-groups"], "SecurityGroups", "GroupId"),
    ("ec2 elastic IPs", ["ec2", "describe-addresses"], "Addresses", "PublicIp"),
    ("ec2 flow logs", ["ec2", "describe-flow-logs"], "FlowLogs", "FlowLogId"),
    ("rds instances", ["rds", "describe-db-instances"], "DBInstances", "DBInstanceIdentifier"),
    ("rds subnet groups", ["rds", "describe-db-subnet-groups"], "DBSubnetGroups",
     "DBSubnetGroupName"),
    ("rds clusters", ["rds", "describe-db-clusters"], "DBClusters", "DBClusterIdentifier"),
    ("rds cluster parameter groups", ["rds", "describe-db-cluster-parameter-groups"],
     "DBClusterParameterGroups", "DBClusterParameterGroupName"),
    ("rds parameter groups", ["rds", "describe-db-parameter-groups"], "DBParameterGroups",
     "DBParameterGroupName"),
    ("secretsmanager secrets", ["secretsmanager", "list-secrets"], "SecretList", "ARN"),
    ("dms instances", ["dms", "describe-replication-instances"], "ReplicationInstances",
     "ReplicationInstanceArn"),
    ("dms subnet groups", ["dms", "describe-replication-subnet-groups"],
     "ReplicationSubnetGroups", "ReplicationSubnetGroupIdentifier"),
    ("dms endpoints", ["dms", "describe-endpoints"], "Endpoints", "EndpointArn"),
    ("dms tasks", ["dms", "describe-replication-tasks"], "ReplicationTasks",
     "ReplicationTaskArn"),
    ("dms replication configs", ["dms", "describe-replication-configs"],
     "ReplicationConfigs", "ReplicationConfigArn"),
    ("kinesis streams", ["kinesis", "list-streams"], "StreamNames", None),
    ("logs groups", ["logs", "describe-log-groups"], "logGroups", "logGroupName"),
    ("cloudwatch alarms", ["cloudwatch", "describe-alarms"], "MetricAlarms", "AlarmName"),
    ("iam roles", ["iam", "list-roles"], "Roles", "RoleName"),
    ("lambda functions", ["lambda", "list-functions"], "Functions", "FunctionName"),
    ("kms keys", ["kms", "list-keys"], "Keys", "KeyId"),
    ("sns topics", ["sns", "list-topics"], "Topics", "TopicArn"),
    ("sns subscriptions", ["sns", "list-subscriptions"], "Subscriptions", "SubscriptionArn"),
]


def _list(aws, args, key, field):
    items = aws(*args).get(key, [])
    if key == "NatGateways":  # deleted NAT gateways stay listed for a while, as in AWS
        items = [i for i in items if i.get("State") != "deleted"]
    if key == "DBParameterGroups":
        # RDS makes the engine's default group on first use and keeps it; a
        # stack cannot name one "default." (a reserved prefix).
        items = [i for i in items if not i[field].startswith("default.")]
    return sorted(i if field is None else i[field] for i in items)


def inventory(aws):
    """{label: sorted ids} for every listing."""
    return {label: _list(aws, args, key, field) for label, args, key, field in LISTINGS}


def check_nothing_left(checks, before, after, retained=frozenset()):
    """after must equal before except for the retained ids, which must remain."""
    for label, _, _, _ in LISTINGS:
        extra = set(after[label]) - set(before[label])
        left = extra - set(retained)
        checks.check(f"delete-stack left no {label}", not left, f"left behind: {sorted(left)}")
    for physical in sorted(retained):
        checks.check(f"retained {physical} is still listed",
                     any(physical in after[label] for label in after))
