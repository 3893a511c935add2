"""The deploy flows for the created Aurora MySQL cluster and for DMS
Serverless (examples/aurora.yaml, examples/serverless.yaml). Each deploys the
example with deletion protection off (AWS refuses to delete a protected
database, and so does the emulator), checks what the config asks for through
the service APIs, then delete-stack must leave nothing of the stack behind.
The types moto lacks (the cluster, its parameter group, the replication
config) are kept by the harness (cfn_rds.py, cfn_dms_serverless.py)."""
import json
import os
import tempfile

from deploy import expect, leftovers
from deploy.harness import Aws, Cdkpp, Emulator
from deploy.scenario import (create_account_service_roles, delete_stack, retained_ids,
                             synth_one)

ACCOUNT = "123456789012"  # moto's default account


def deletable_copy(source, target):
    """source with database.deletionProtection off, written to target."""
    document = expect.read(source)
    document["stacks"][0].setdefault("database", {})["deletionProtection"] = False
    expect.write(target, document)
    return target


def physical_ids(resources, kind):
    return sorted(physical for resource_type, physical in resources.values()
                  if resource_type == kind)


def deploy_check_delete(checks, config, check_stack):
    """synth -> deploy (in an account that has the DMS roles, as these examples
    expect) -> check_stack(checks, aws, stack, want, resources) -> delete-stack
    -> nothing left but what the template retains."""
    with tempfile.TemporaryDirectory() as tmp:
        path = deletable_copy(config, os.path.join(tmp, "config.yaml"))
        printed, want = synth_one(Cdkpp(), path, os.path.join(tmp, "out"))
        with Emulator() as emulator, Aws(emulator) as aws:
            create_account_service_roles(aws)
            before = leftovers.inventory(aws)
            aws.deploy(printed)
            resources = aws.stack_resources(printed.stack)
            check_stack(checks, aws, printed.stack, want, resources)
            retained = retained_ids(printed.template, resources)
            delete_stack(aws, printed.stack)
            leftovers.check_nothing_left(checks, before, leftovers.inventory(aws), retained)


def secret_document(aws, arn):
    return json.loads(aws("secretsmanager", "get-secret-value", "--secret-id", arn)
                      ["SecretString"])


def check_source_endpoint(checks, aws, engine_name, secret_arn):
    endpoints = {e["EndpointType"].lower(): e for e in aws("dms", "describe-endpoints")["Endpoints"]}
    source = endpoints.get("source", {})
    checks.equal("the DMS source endpoint has the engine name", source.get("EngineName"),
                 engine_name)
    checks.equal("the DMS source endpoint reads the stack's secret",
                 (source.get("MySQLSettings") or {}).get("SecretsManagerSecretId"), secret_arn)
    return endpoints


def check_aurora(checks, aws, stack, want, resources):
    database = want["database"]
    types = {kind for kind, _ in resources.values()}
    checks.equal("no stand-alone MySQL parameter group",
                 sorted(types & {"AWS::RDS::DBParameterGroup"}), [])
    [cluster_id] = physical_ids(resources, "AWS::RDS::DBCluster")
    [group] = physical_ids(resources, "AWS::RDS::DBClusterParameterGroup")
    cluster = aws("rds", "describe-db-clusters", "--db-cluster-identifier",
                  cluster_id)["DBClusters"][0]
    checks.equal("cluster engine", cluster["Engine"], "aurora-mysql")
    checks.equal("cluster engine version", cluster["EngineVersion"], database["engineVersion"])
    checks.equal("cluster port", cluster["Port"], database["port"])
    checks.equal("cluster storage encrypted", cluster["StorageEncrypted"], True)
    checks.equal("cluster backup retention", cluster["BackupRetentionPeriod"],
                 database["backupRetentionDays"])
    checks.equal("cluster deletion protection", cluster["DeletionProtection"],
                 database["deletionProtection"])
    checks.equal("cluster parameter group", cluster["DBClusterParameterGroup"], group)
    [db_group] = [physical for logical, (kind, physical) in resources.items()
                  if kind == "AWS::EC2::SecurityGroup" and logical.startswith("DatabaseSecurity")]
    checks.equal("cluster security group", [g["VpcSecurityGroupId"] for g in
                                            cluster.get("VpcSecurityGroups", [])], [db_group])
    family = aws("rds", "describe-db-cluster-parameter-groups",
                 "--db-cluster-parameter-group-name", group)["DBClusterParameterGroups"][0]
    checks.equal("parameter group family from the engine version",
                 family["DBParameterGroupFamily"], "aurora-mysql8.0")
    parameters = {p["ParameterName"]: p.get("ParameterValue") for p in aws(
        "rds", "describe-db-cluster-parameters", "--db-cluster-parameter-group-name",
        group)["Parameters"]}
    checks.equal("binlog settings DMS needs", parameters,
                 {"binlog_checksum": "NONE", "binlog_format": "ROW", "binlog_row_image": "FULL"})
    members = [i for i in aws("rds", "describe-db-instances")["DBInstances"]
               if i.get("DBClusterIdentifier") == cluster_id]
    checks.equal("writer and (multiAz) reader instances in the cluster", len(members),
                 2 if database["multiAz"] else 1)
    checks.equal("member classes", sorted({i["DBInstanceClass"] for i in members}),
                 [database["instanceClass"]])
    checks.equal("members not publicly accessible",
                 sorted({i["PubliclyAccessible"] for i in members}), [False])
    outputs = aws.outputs(stack)
    checks.equal("output DatabaseEndpoint is the cluster's writer endpoint",
                 outputs.get("DatabaseEndpoint"), cluster["Endpoint"])
    secret = secret_document(aws, outputs["DatabaseSecretArn"])
    checks.equal("the secret holds the cluster's host and port",
                 (secret.get("host"), secret.get("port")), (cluster["Endpoint"], database["port"]))
    check_source_endpoint(checks, aws, "aurora", outputs["DatabaseSecretArn"])


def check_serverless(checks, aws, stack, want, resources):
    replication = want["replication"]
    serverless = replication["serverless"]
    types = {kind for kind, _ in resources.values()}
    checks.equal("no replication instance or task",
                 sorted(types & {"AWS::DMS::ReplicationInstance", "AWS::DMS::ReplicationTask"}),
                 [])
    configs = aws("dms", "describe-replication-configs")["ReplicationConfigs"]
    checks.equal("one replication config", len(configs), 1)
    config = configs[0] if configs else {}
    resource_id = replication["instanceIdentifier"]
    arn = f"arn:aws:dms:us-east-1:{ACCOUNT}:replication-config:{resource_id}"
    checks.equal("the config's ARN ends in its ResourceIdentifier",
                 config.get("ReplicationConfigArn"), arn)
    checks.equal("output ReplicationConfigArn", aws.outputs(stack).get("ReplicationConfigArn"),
                 arn)
    compute = config.get("ComputeConfig", {})
    checks.equal("capacity units", (compute.get("MinCapacityUnits"),
                                    compute.get("MaxCapacityUnits")),
                 (serverless["minCapacity"], serverless["maxCapacity"]))
    [subnet_group] = physical_ids(resources, "AWS::DMS::ReplicationSubnetGroup")
    checks.equal("the stack's DMS subnet group", compute.get("ReplicationSubnetGroupId"),
                 subnet_group)
    [dms_group] = [physical for logical, (kind, physical) in resources.items()
                   if kind == "AWS::EC2::SecurityGroup" and logical.startswith("Replication")]
    checks.equal("the stack's DMS security group", compute.get("VpcSecurityGroupIds"),
                 [dms_group])
    checks.equal("replication type", config.get("ReplicationType"),
                 replication["migrationType"])
    settings = json.loads(config.get("ReplicationSettings", "{}"))
    checks.equal("task logging on", settings.get("Logging", {}).get("EnableLogging"), True)
    for section, values in (replication.get("taskSettings") or {}).items():
        checks.equal(f"taskSettings.{section} merged in", settings.get(section), values)
    rules = json.loads(config.get("TableMappings", "{}")).get("rules", [])
    checks.equal("table mappings", [(r["object-locator"]["schema-name"],
                                     r["object-locator"]["table-name"]) for r in rules],
                 [(t["schema"], t["table"]) for t in replication["tables"]])
    endpoints = check_source_endpoint(checks, aws, "mysql", aws.outputs(stack)[
        "DatabaseSecretArn"])
    checks.equal("the config joins the stack's endpoints",
                 (config.get("SourceEndpointArn"), config.get("TargetEndpointArn")),
                 (endpoints["source"]["EndpointArn"], endpoints["target"]["EndpointArn"]))
    log_group = f"dms-serverless-replication-{resource_id}"
    groups = aws("logs", "describe-log-groups", "--log-group-name-prefix",
                 log_group)["logGroups"]
    checks.equal("the log group DMS Serverless writes to, with the retention",
                 [(g["logGroupName"], g.get("retentionInDays")) for g in groups],
                 [(log_group, want["monitoring"]["logRetentionDays"])])
    alarms = {a["MetricName"]: a for a in aws("cloudwatch", "describe-alarms")["MetricAlarms"]}
    for metric in ("CDCLatencySource", "CDCLatencyTarget"):
        checks.equal(f"{metric} alarm on the config's dimension",
                     alarms.get(metric, {}).get("Dimensions"),
                     [{"Name": "ReplicationConfigId", "Value": f"{ACCOUNT}:{resource_id}"}])


def aurora_cluster(checks, config):
    deploy_check_delete(checks, config, check_aurora)


def dms_serverless(checks, config):
    deploy_check_delete(checks, config, check_serverless)
