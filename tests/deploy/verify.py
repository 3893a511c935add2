"""After a deploy: asks every service, through the AWS CLI, whether what exists
is what the config asked for. Each check names the configured value it proves.

verify_stack(checks, aws, stack, expected) runs them all and returns the
facts later steps need (task ARN, physical ids, ...).
"""
import ast
import ipaddress
import json

DMS_POLICIES = {
    "dms-vpc-role": "arn:aws:iam::aws:policy/service-role/AmazonDMSVPCManagementRole",
    "dms-cloudwatch-logs-role":
        "arn:aws:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole",
}


def _by_type(resources, resource_type):
    return [physical for (kind, physical) in resources.values() if kind == resource_type]


def _one(checks, resources, resource_type):
    found = _by_type(resources, resource_type)
    checks.check(f"stack has exactly one {resource_type}", len(found) == 1, f"found {found}")
    return found[0] if found else None


def _policy_statements(aws, role_name):
    """All statements of a role's inline policies (moto returns documents decoded)."""
    statements = []
    names = aws("iam", "list-role-policies", "--role-name", role_name)["PolicyNames"]
    for name in names:
        document = aws("iam", "get-role-policy", "--role-name", role_name,
                       "--policy-name", name)["PolicyDocument"]
        if isinstance(document, str):
            try:
                document = json.loads(document)
            except ValueError:  # moto returns CloudFormation-made policies as Python reprs
                document = ast.literal_eval(document)
        found = document["Statement"]
        statements += found if isinstance(found, list) else [found]
    return statements


def _allows(statements, action, resource):
    """True if an Allow statement names exactly this action on exactly this resource
    (least privilege: no wildcards accepted)."""
    for statement in statements:
        actions = statement.get("Action")
        resources = statement.get("Resource")
        actions = actions if isinstance(actions, list) else [actions]
        resources = resources if isinstance(resources, list) else [resources]
        if statement.get("Effect") == "Allow" and action in actions and resource in resources:
            return True
    return False


def _role_name(arn):
    return arn.rsplit("/", 1)[-1]


def verify_network(checks, aws, resources, want):
    vpc_id = _one(checks, resources, "AWS::EC2::VPC")
    vpc = aws("ec2", "describe-vpcs", "--vpc-ids", vpc_id)["Vpcs"][0]
    checks.equal("vpc.cidr", vpc["CidrBlock"], want["vpc"]["cidr"])
    network = ipaddress.ip_network(want["vpc"]["cidr"])

    subnets = aws("ec2", "describe-subnets", "--filters",
                  f"Name=vpc-id,Values={vpc_id}")["Subnets"]
    azs = want["vpc"]["maxAzs"]
    checks.equal("vpc.maxAzs: public + private subnet per zone", len(subnets), 2 * azs)
    checks.equal("vpc.maxAzs: distinct zones", len({s["AvailabilityZone"] for s in subnets}), azs)
    blocks = [ipaddress.ip_network(s["CidrBlock"]) for s in subnets]
    checks.check("subnets inside vpc.cidr", all(b.subnet_of(network) for b in blocks),
                 str(blocks))
    checks.check("subnets do not overlap",
                 not any(a.overlaps(b) for i, a in enumerate(blocks) for b in blocks[i + 1:]))

    # A subnet is public when its route table sends 0.0.0.0/0 to the internet gateway.
    tables = aws("ec2", "describe-route-tables", "--filters",
                 f"Name=vpc-id,Values={vpc_id}")["RouteTables"]
    default_route = {}
    for table in tables:
        target = next((r.get("GatewayId") or r.get("NatGatewayId") for r in table["Routes"]
                       if r.get("DestinationCidrBlock") == "0.0.0.0/0"), None)
        for association in table.get("Associations", []):
            if association.get("SubnetId"):
                default_route[association["SubnetId"]] = target
    public = sorted(s["SubnetId"] for s in subnets
                    if (default_route.get(s["SubnetId"]) or "").startswith("igw-"))
    if want["vpc"]["natGateways"] > 0:
        private = sorted(s["SubnetId"] for s in subnets
                         if (default_route.get(s["SubnetId"]) or "").startswith("nat-"))
        checks.equal("private subnets route to a NAT gateway", len(private), azs)
    else:  # natGateways: 0 leaves the private subnets without a default route
        private = sorted(s["SubnetId"] for s in subnets
                         if default_route.get(s["SubnetId"]) is None)
        checks.equal("private subnets have no default route (natGateways: 0)", len(private), azs)
    checks.equal("public subnets route to the internet gateway", len(public), azs)
    verify_endpoints(checks, aws, vpc_id, private, want)

    gateways = aws("ec2", "describe-internet-gateways", "--filters",
                   f"Name=attachment.vpc-id,Values={vpc_id}")["InternetGateways"]
    checks.equal("internet gateway attached", len(gateways), 1)
    nats = aws("ec2", "describe-nat-gateways", "--filter",
               f"Name=vpc-id,Values={vpc_id}")["NatGateways"]
    checks.equal("vpc.natGateways", len(nats), want["vpc"]["natGateways"])
    checks.check("NAT gateways sit in public subnets",
                 all(n["SubnetId"] in public for n in nats))
    flow_logs = aws("ec2", "describe-flow-logs", "--filter",
                    f"Name=resource-id,Values={vpc_id}")["FlowLogs"]
    checks.equal("vpc.flowLogs", len(flow_logs) == 1, want["vpc"]["flowLogs"])
    if want["vpc"]["flowLogs"] and flow_logs:
        group = flow_logs[0].get("LogGroupName")
        found = aws("logs", "describe-log-groups", "--log-group-name-prefix", group)["logGroups"]
        checks.equal("vpc.flowLogRetentionDays",
                     [g.get("retentionInDays") for g in found if g["logGroupName"] == group],
                     [want["vpc"]["flowLogRetentionDays"]])
    return {"vpc_id": vpc_id, "public": public, "private": private}


def verify_endpoints(checks, aws, vpc_id, private, want):
    """vpc.endpoints: an interface endpoint with private DNS in the private
    subnets for each API the pipeline calls from them."""
    found = aws("ec2", "describe-vpc-endpoints", "--filters",
                f"Name=vpc-id,Values={vpc_id}")["VpcEndpoints"]
    services = sorted(e["ServiceName"].rsplit(".", 1)[1] for e in found)
    expected = []
    if want["vpc"].get("endpoints"):
        expected = ["kinesis-streams", "secretsmanager"]
        if want["database"].get("bastion"):
            expected += ["ec2messages", "ssm", "ssmmessages"]
    checks.equal("vpc.endpoints: interface endpoints", services, sorted(expected))
    for endpoint in found:
        checks.check(f"endpoint {endpoint['ServiceName']} is an interface with private DNS",
                     endpoint.get("VpcEndpointType") == "Interface"
                     and endpoint.get("PrivateDnsEnabled") is True, endpoint)
        checks.equal(f"endpoint {endpoint['ServiceName']} sits in the private subnets",
                     sorted(endpoint.get("SubnetIds", [])), private)


def verify_bastion(checks, aws, resources, want, network, database):
    """database.bastion: an instance in a private subnet with no key pair,
    IMDSv2 required, an encrypted root volume, a security group with no
    inbound rule that the database's security group admits on its port."""
    instances = _by_type(resources, "AWS::EC2::Instance")
    checks.equal("database.bastion: instances", len(instances), 1 if want["database"].get("bastion") else 0)
    if len(instances) != 1:
        return None
    found = aws("ec2", "describe-instances", "--instance-ids", instances[0])
    instance = found["Reservations"][0]["Instances"][0]
    checks.check("bastion sits in a private subnet", instance["SubnetId"] in network["private"],
                 instance["SubnetId"])
    checks.check("bastion has no key pair", not instance.get("KeyName"), instance.get("KeyName"))
    templates = _by_type(resources, "AWS::EC2::LaunchTemplate")
    versions = aws("ec2", "describe-launch-template-versions", "--launch-template-id",
                   templates[0])["LaunchTemplateVersions"] if templates else []
    checks.equal("bastion requires IMDSv2",
                 [v["LaunchTemplateData"].get("MetadataOptions", {}).get("HttpTokens")
                  for v in versions], ["required"])
    # moto launches the instance in the VPC's default group, ignoring its
    # SecurityGroupIds (AWS applies them), so the group checked is the
    # stack's bastion group, found by its description.
    stack_groups = aws("ec2", "describe-security-groups", "--group-ids",
                       *_by_type(resources, "AWS::EC2::SecurityGroup"))["SecurityGroups"]
    groups = [g["GroupId"] for g in stack_groups
              if g["Description"].startswith("Session Manager bastion")]
    checks.check("bastion has a security group", len(groups) == 1, groups)
    if not groups:
        return None
    described = aws("ec2", "describe-security-groups", "--group-ids", *groups)["SecurityGroups"]
    checks.check("bastion security group has no inbound rule",
                 all(not g.get("IpPermissions") for g in described), described)
    checks.check("the database admits the bastion on its port",
                 any(g in database["db_peer_groups"] for g in groups),
                 f"bastion {groups}, admitted {sorted(database['db_peer_groups'])}")
    return {"instance_id": instances[0]}


def verify_database(checks, aws, resources, want, network):
    db = want["database"]
    identifier = _one(checks, resources, "AWS::RDS::DBInstance")
    instance = aws("rds", "describe-db-instances", "--db-instance-identifier",
                   identifier)["DBInstances"][0]
    checks.equal("database.instanceClass", instance["DBInstanceClass"], db["instanceClass"])
    checks.equal("database engine", instance["Engine"], "mysql")
    checks.equal("database.engineVersion", instance["EngineVersion"], str(db["engineVersion"]))
    checks.equal("database.allocatedStorageGiB", instance["AllocatedStorage"],
                 db["allocatedStorageGiB"])
    checks.equal("database.publiclyAccessible", instance["PubliclyAccessible"],
                 db["publiclyAccessible"])
    checks.equal("database.backupRetentionDays", instance["BackupRetentionPeriod"],
                 db["backupRetentionDays"])
    checks.equal("database.multiAz", instance["MultiAZ"], db["multiAz"])
    checks.equal("database.storageEncrypted", instance["StorageEncrypted"],
                 db["storageEncrypted"])
    checks.equal("database.databaseName", instance["DBName"], db["databaseName"])
    checks.equal("database.deletionProtection", instance.get("DeletionProtection"),
                 db["deletionProtection"])
    checks.equal("database.port", instance["Endpoint"]["Port"], db["port"])
    checks.equal("database.masterUsername (through the dynamic reference)",
                 instance["MasterUsername"], db["masterUsername"])
    subnet_ids = sorted(s["SubnetIdentifier"] for s in instance["DBSubnetGroup"]["Subnets"])
    side = "public" if db["publiclyAccessible"] else "private"
    checks.equal(f"database in the {side} subnets", subnet_ids, network[side])

    groups = instance["DBParameterGroups"]
    checks.equal("database has its own parameter group", len(groups), 1)
    name = groups[0]["DBParameterGroupName"]
    group = aws("rds", "describe-db-parameter-groups", "--db-parameter-group-name",
                name)["DBParameterGroups"][0]
    family = "mysql" + ".".join(str(db["engineVersion"]).split(".")[:2])
    checks.equal("parameter group family", group["DBParameterGroupFamily"], family)
    params = {p["ParameterName"]: p.get("ParameterValue") for p in
              aws("rds", "describe-db-parameters", "--db-parameter-group-name", name,
                  "--source", "user")["Parameters"]}
    for key, value in (("binlog_format", "ROW"), ("binlog_row_image", "FULL"),
                       ("binlog_checksum", "NONE")):
        checks.equal(f"parameter {key}", params.get(key), value)

    # The MySQL port open to the allowed CIDRs on the database's security group.
    group_ids = [g["VpcSecurityGroupId"] for g in instance["VpcSecurityGroups"]]
    security = aws("ec2", "describe-security-groups", "--group-ids", *group_ids)
    port = db["port"]
    cidrs = sorted({r["CidrIp"] for g in security["SecurityGroups"]
                    for p in g["IpPermissions"] if p.get("FromPort") == port
                    for r in p.get("IpRanges", [])})
    checks.equal(f"database.allowedCidrs on port {port}", cidrs, sorted(db["allowedCidrs"]))
    peers = {r["GroupId"] for g in security["SecurityGroups"] for p in g["IpPermissions"]
             if p.get("FromPort") == port for r in p.get("UserIdGroupPairs", [])}
    return {"instance": instance, "db_security_groups": group_ids, "db_peer_groups": peers}


def verify_secret(checks, aws, resources, want, database):
    arn = _one(checks, resources, "AWS::SecretsManager::Secret")
    described = aws("secretsmanager", "describe-secret", "--secret-id", arn)
    checks.equal("secret exists", described.get("ARN"), arn)
    value = json.loads(aws("secretsmanager", "get-secret-value", "--secret-id",
                           arn)["SecretString"])
    checks.equal("secret username", value.get("username"), want["database"]["masterUsername"])
    checks.check("secret has a generated password", len(value.get("password", "")) >= 16)
    endpoint = database["instance"]["Endpoint"]
    checks.equal("secret attachment: host", value.get("host"), endpoint["Address"])
    checks.equal("secret attachment: port", int(value.get("port", 0)), endpoint["Port"])
    checks.equal("secret attachment: engine", value.get("engine"), "mysql")
    days = want["database"]["secretRotationDays"]
    checks.equal("database.secretRotationDays",
                 (bool(described.get("RotationEnabled")),
                  (described.get("RotationRules") or {}).get("AutomaticallyAfterDays")),
                 (days is not None, days))
    return {"secret_arn": arn}


def verify_stream(checks, aws, resources, want):
    st = want["stream"]
    name = _one(checks, resources, "AWS::Kinesis::Stream")
    checks.equal("stream.name", name, st["name"])
    summary = aws("kinesis", "describe-stream-summary", "--stream-name",
                  name)["StreamDescriptionSummary"]
    mode = "ON_DEMAND" if st["mode"] == "on-demand" else "PROVISIONED"
    checks.equal("stream.mode", summary["StreamModeDetails"]["StreamMode"], mode)
    if st["shardCount"] is not None:
        checks.equal("stream.shardCount", summary["OpenShardCount"], st["shardCount"])
    checks.equal("stream.retentionHours", summary["RetentionPeriodHours"], st["retentionHours"])
    if st["encryption"] == "kms":
        checks.equal("stream.encryption", (summary.get("EncryptionType"), summary.get("KeyId")),
                     ("KMS", "alias/aws/kinesis"))
    else:
        checks.check("stream.encryption none", summary.get("EncryptionType") in (None, "NONE"))
    return {"stream_arn": summary["StreamARN"], "stream_name": name}


def verify_replication(checks, aws, resources, want, network, database, secret, stream):
    rep = want["replication"]
    identifier = rep["instanceIdentifier"]
    instances = aws("dms", "describe-replication-instances", "--filters",
                    f"Name=replication-instance-id,Values={identifier}")["ReplicationInstances"]
    checks.equal("replication.instanceIdentifier", len(instances), 1)
    instance = instances[0] if instances else {}
    instance_arn = _one(checks, resources, "AWS::DMS::ReplicationInstance")
    checks.equal("stack's replication instance", instance.get("ReplicationInstanceArn"),
                 instance_arn)
    checks.equal("replication.instanceClass", instance.get("ReplicationInstanceClass"),
                 rep["instanceClass"])
    checks.equal("replication instance not public", instance.get("PubliclyAccessible"), False)
    checks.equal("replication.allocatedStorageGiB", instance.get("AllocatedStorage"),
                 rep["allocatedStorageGiB"])
    checks.equal("replication.multiAz", instance.get("MultiAZ"), rep["multiAz"])
    group_id = _one(checks, resources, "AWS::DMS::ReplicationSubnetGroup")
    checks.equal("replication instance in the stack's subnet group",
                 (instance.get("ReplicationSubnetGroup") or {}).get(
                     "ReplicationSubnetGroupIdentifier"), group_id)
    groups = aws("dms", "describe-replication-subnet-groups", "--filters",
                 f"Name=replication-subnet-group-id,Values={group_id}")
    checks.equal("replication subnet group exists",
                 len(groups["ReplicationSubnetGroups"]), 1)
    dms_groups = {g["VpcSecurityGroupId"] for g in instance.get("VpcSecurityGroups", [])}
    checks.check("database security group admits the replication instance",
                 bool(dms_groups) and dms_groups <= database["db_peer_groups"],
                 f"{dms_groups} vs {database['db_peer_groups']}")

    endpoints = {e["EndpointArn"]: e for e in aws("dms", "describe-endpoints")["Endpoints"]}
    tasks = aws("dms", "describe-replication-tasks")["ReplicationTasks"]
    checks.equal("one replication task", len(tasks), 1)
    task = tasks[0] if tasks else {}
    checks.equal("replication.migrationType", task.get("MigrationType"), rep["migrationType"])
    checks.equal("task runs on the instance", task.get("ReplicationInstanceArn"), instance_arn)
    source = endpoints.get(task.get("SourceEndpointArn"), {})
    target = endpoints.get(task.get("TargetEndpointArn"), {})
    checks.equal("source endpoint is a MySQL source",
                 ((source.get("EndpointType") or "").lower(), source.get("EngineName")),
                 ("source", "mysql"))
    mysql = source.get("MySQLSettings") or {}
    checks.equal("source endpoint reads the database secret",
                 mysql.get("SecretsManagerSecretId"), secret["secret_arn"])
    role = mysql.get("SecretsManagerAccessRoleArn", "")
    checks.check("secret access role may read exactly that secret",
                 _allows(_policy_statements(aws, _role_name(role)),
                         "secretsmanager:GetSecretValue", secret["secret_arn"]), role)
    kinesis = target.get("KinesisSettings") or {}
    checks.equal("target endpoint engine", target.get("EngineName"), "kinesis")
    checks.equal("target endpoint writes to the stream", kinesis.get("StreamArn"),
                 stream["stream_arn"])
    checks.equal("replication.messageFormat", kinesis.get("MessageFormat"), rep["messageFormat"])
    role = kinesis.get("ServiceAccessRoleArn", "")
    statements = _policy_statements(aws, _role_name(role)) if role else []
    for action in ("kinesis:PutRecord", "kinesis:PutRecords", "kinesis:DescribeStream"):
        checks.check(f"stream access role allows {action} on the stream",
                     _allows(statements, action, stream["stream_arn"]), role)

    mappings = json.loads(task.get("TableMappings") or "{}")
    selected = sorted((r["object-locator"]["schema-name"], r["object-locator"]["table-name"],
                       r.get("rule-action")) for r in mappings.get("rules", [])
                      if r.get("rule-type") == "selection")
    checks.equal("replication.tables", selected,
                 sorted((t["schema"], t["table"], t.get("action", "include"))
                        for t in rep["tables"]))
    settings = json.loads(task.get("ReplicationTaskSettings") or "{}")
    checks.equal("task logging on", settings.get("Logging", {}).get("EnableLogging"), True)

    stack_roles = _by_type(resources, "AWS::IAM::Role")
    mode = rep["serviceRoles"]
    for name in DMS_POLICIES:  # auto makes sure they exist without owning them
        checks.equal(f"replication.serviceRoles {mode}: stack owns {name}",
                     name in stack_roles, mode == "stack")
    if mode != "existing":
        for name, policy in DMS_POLICIES.items():
            attached = aws("iam", "list-attached-role-policies", "--role-name", name)
            checks.check(f"{name} has {policy.rsplit('/', 1)[1]}",
                         policy in [p["PolicyArn"] for p in attached["AttachedPolicies"]])
            trust = aws("iam", "get-role", "--role-name", name)["Role"]["AssumeRolePolicyDocument"]
            trust = json.loads(trust) if isinstance(trust, str) else trust
            checks.check(f"{name} trusts dms.amazonaws.com",
                         "dms.amazonaws.com" in json.dumps(trust))
    return {"task_arn": task.get("ReplicationTaskArn"), "task": task,
            "instance_identifier": identifier}


def verify_monitoring(checks, aws, resources, want, replication):
    mon = want["monitoring"]
    group_name = f"dms-tasks-{replication['instance_identifier']}"
    groups = aws("logs", "describe-log-groups", "--log-group-name-prefix",
                 group_name)["logGroups"]
    exact = [g for g in groups if g["logGroupName"] == group_name]
    checks.equal(f"log group {group_name} exists", len(exact), 1)
    if exact:
        checks.equal("monitoring.logRetentionDays", exact[0].get("retentionInDays"),
                     mon["logRetentionDays"])

    task_resource_id = (replication["task_arn"] or "").rsplit(":", 1)[-1]
    checks.check("task resource id differs from its name (the emulator mimics AWS)",
                 task_resource_id != replication["task"].get("ReplicationTaskIdentifier"))
    alarms = aws("cloudwatch", "describe-alarms", "--alarm-names",
                 *_by_type(resources, "AWS::CloudWatch::Alarm"))["MetricAlarms"]
    topic = _one(checks, resources, "AWS::SNS::Topic")
    for metric in ("CDCLatencySource", "CDCLatencyTarget"):
        found = [a for a in alarms if a.get("Namespace") == "AWS/DMS"
                 and a.get("MetricName") == metric]
        if not checks.equal(f"one alarm on AWS/DMS {metric}", len(found), 1):
            continue
        alarm = found[0]
        checks.equal(f"{metric} threshold = monitoring.replicationLagSeconds",
                     alarm["Threshold"], float(mon["replicationLagSeconds"]))
        checks.equal(f"{metric} comparison", alarm["ComparisonOperator"],
                     "GreaterThanThreshold")
        checks.equal(f"{metric} period and evaluation periods",
                     (alarm["Period"], alarm["EvaluationPeriods"]),
                     (mon["periodSeconds"], mon["evaluationPeriods"]))
        dimensions = {d["Name"]: d["Value"] for d in alarm["Dimensions"]}
        checks.equal(f"{metric} dimensions", dimensions, {
            "ReplicationInstanceIdentifier": replication["instance_identifier"],
            "ReplicationTaskIdentifier": task_resource_id})
        checks.check(f"{metric} notifies the topic", topic in alarm.get("AlarmActions", []))
    scopes = {
        "dms-task": ("AWS/DMS",
                     {"ReplicationInstanceIdentifier": replication["instance_identifier"],
                      "ReplicationTaskIdentifier": task_resource_id}),
        "dms-instance": ("AWS/DMS",
                         {"ReplicationInstanceIdentifier": replication["instance_identifier"]}),
        "kinesis-stream": ("AWS/Kinesis", {"StreamName": want["stream"]["name"]}),
    }
    for extra in mon["alarms"]:
        namespace, dimensions = scopes[extra.get("scope", "dms-task")]
        found = [a for a in alarms if a.get("Namespace") == namespace
                 and a.get("MetricName") == extra["metric"]]
        if not checks.equal(f"monitoring.alarms {extra['id']}: one alarm", len(found), 1):
            continue
        alarm = found[0]
        checks.equal(f"monitoring.alarms {extra['id']}: values",
                     (alarm.get("Statistic"), alarm["ComparisonOperator"], alarm["Threshold"],
                      alarm["Period"], alarm["EvaluationPeriods"],
                      {d["Name"]: d["Value"] for d in alarm["Dimensions"]}),
                     (extra.get("statistic", "Maximum"),
                      extra.get("comparison", "GreaterThanThreshold"),
                      float(extra.get("threshold", 0)), extra.get("periodSeconds", 60),
                      extra.get("evaluationPeriods", 5), dimensions))
        checks.check(f"monitoring.alarms {extra['id']} notifies the topic",
                     topic in alarm.get("AlarmActions", []))
    subscriptions = aws("sns", "list-subscriptions-by-topic",
                        "--topic-arn", topic)["Subscriptions"]
    emails = sorted(s["Endpoint"] for s in subscriptions if s["Protocol"] == "email")
    checks.equal("monitoring.alarmEmail subscribed",
                 emails, [mon["alarmEmail"]] if mon["alarmEmail"] else [])
    return {"log_group": group_name, "topic": topic,
            "alarm_arns": [a["AlarmArn"] for a in alarms]}


def _tag_map(tags):
    if isinstance(tags, dict):
        return tags
    return {t.get("Key", t.get("key")): t.get("Value", t.get("value")) for t in tags or []}


def verify_tags(checks, aws, resources, want, facts):
    """The config's stack tags on one resource of every taggable service."""
    wanted = {str(k): str(v) for k, v in (want.get("tags") or {}).items()}
    if not wanted:
        return
    found = {
        "VPC": aws("ec2", "describe-vpcs", "--vpc-ids", facts["network"]["vpc_id"])[
            "Vpcs"][0].get("Tags"),
        "DB instance": facts["database"]["instance"].get("TagList"),
        "secret": aws("secretsmanager", "describe-secret", "--secret-id",
                      facts["secret"]["secret_arn"]).get("Tags"),
        "stream": aws("kinesis", "list-tags-for-stream", "--stream-name",
                      facts["stream"]["stream_name"])["Tags"],
        "replication task": aws("dms", "list-tags-for-resource", "--resource-arn",
                                facts["replication"]["task_arn"])["TagList"],
        "log group": aws("logs", "list-tags-log-group", "--log-group-name",
                         facts["monitoring"]["log_group"]).get("tags"),
        "alarm": aws("cloudwatch", "list-tags-for-resource", "--resource-arn",
                     facts["monitoring"]["alarm_arns"][0])["Tags"],
        "topic": aws("sns", "list-tags-for-resource", "--resource-arn",
                     facts["monitoring"]["topic"])["Tags"],
    }
    if want["replication"]["serviceRoles"] == "stack":  # else the account's roles, not the stack's
        found["IAM role"] = aws("iam", "list-role-tags", "--role-name", "dms-vpc-role")["Tags"]
    for label, tags in found.items():
        got = _tag_map(tags)
        checks.equal(f"tags on the {label}", {k: got.get(k) for k in wanted}, wanted)


def verify_outputs(checks, aws, stack, facts):
    outputs = aws.outputs(stack)
    expected = {
        "DatabaseEndpoint": facts["database"]["instance"]["Endpoint"]["Address"],
        "DatabaseSecretArn": facts["secret"]["secret_arn"],
        "StreamName": facts["stream"]["stream_name"],
        "StreamArn": facts["stream"]["stream_arn"],
        "ReplicationTaskArn": facts["replication"]["task_arn"],
        "DmsLogGroupName": facts["monitoring"]["log_group"],
    }
    for key, value in expected.items():
        checks.equal(f"output {key}", outputs.get(key), value)
    return outputs


def verify_stack(checks, aws, stack, want):
    """Every check for one deployed stack; returns the facts gathered."""
    described = aws("cloudformation", "describe-stacks", "--stack-name", stack)["Stacks"][0]
    checks.check("stack complete", described["StackStatus"] in ("CREATE_COMPLETE",
                 "UPDATE_COMPLETE"), described["StackStatus"])
    resources = aws.stack_resources(stack)
    facts = {"resources": resources}
    facts["network"] = verify_network(checks, aws, resources, want)
    facts["database"] = verify_database(checks, aws, resources, want, facts["network"])
    facts["bastion"] = verify_bastion(checks, aws, resources, want, facts["network"],
                                      facts["database"])
    facts["secret"] = verify_secret(checks, aws, resources, want, facts["database"])
    facts["stream"] = verify_stream(checks, aws, resources, want)
    facts["replication"] = verify_replication(checks, aws, resources, want, facts["network"],
                                              facts["database"], facts["secret"],
                                              facts["stream"])
    facts["monitoring"] = verify_monitoring(checks, aws, resources, want,
                                            facts["replication"])
    verify_tags(checks, aws, resources, want, facts)
    facts["outputs"] = verify_outputs(checks, aws, stack, facts)
    return facts
