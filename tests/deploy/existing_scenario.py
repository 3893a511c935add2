"""The deploy flow for `existing`: the test first makes, through the AWS CLI,
what a real account already has (a VPC with two private subnets and a
security group, an RDS MySQL instance with a DMS secret, a Kinesis stream),
then deploys a config that names all three. The stack must create none of
them, its DMS source endpoint must read that secret, the ingress must land on
that security group and the target must write to that stream; delete-stack
must leave the pre-existing resources intact (the ingress rule gone) and
nothing of the stack behind."""
import json
import os
import tempfile

from deploy import expect, leftovers, verify
from deploy.harness import Aws, Cdkpp, Emulator
from deploy.scenario import delete_stack, synth_one

CREATED_TYPES = {
    "AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::InternetGateway", "AWS::EC2::NatGateway",
    "AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster",
    "AWS::RDS::DBSubnetGroup", "AWS::RDS::DBParameterGroup", "AWS::SecretsManager::Secret",
    "AWS::SecretsManager::SecretTargetAttachment", "AWS::Kinesis::Stream"}


def make_account_resources(aws):
    """The VPC, database, secret and stream the account already has; returns
    their ids."""
    vpc = aws("ec2", "create-vpc", "--cidr-block", "10.30.0.0/16")["Vpc"]["VpcId"]
    subnets = [aws("ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", cidr,
                   "--availability-zone", zone)["Subnet"]["SubnetId"]
               for cidr, zone in (("10.30.1.0/24", "us-east-1a"), ("10.30.2.0/24", "us-east-1b"))]
    group = aws("ec2", "create-security-group", "--group-name", "orders-db",
                "--description", "orders database", "--vpc-id", vpc)["GroupId"]
    aws("rds", "create-db-subnet-group", "--db-subnet-group-name", "orders-db",
        "--db-subnet-group-description", "orders", "--subnet-ids", *subnets)
    db = aws("rds", "create-db-instance", "--db-instance-identifier", "orders",
             "--db-instance-class", "db.t3.micro", "--engine", "mysql",
             "--master-username", "admin", "--master-user-password", "not-a-real-secret-1",
             "--allocated-storage", "20", "--db-subnet-group-name", "orders-db",
             "--vpc-security-group-ids", group)["DBInstance"]
    host = db["Endpoint"]["Address"] if "Endpoint" in db else aws(
        "rds", "describe-db-instances", "--db-instance-identifier", "orders")[
        "DBInstances"][0]["Endpoint"]["Address"]
    secret = aws("secretsmanager", "create-secret", "--name", "orders-dms", "--secret-string",
                 json.dumps({"username": "dms", "password": "not-a-real-secret-2",
                             "host": host, "port": 3306}))["ARN"]
    aws("kinesis", "create-stream", "--stream-name", "orders-cdc", "--shard-count", "1")
    stream = aws("kinesis", "describe-stream-summary", "--stream-name", "orders-cdc")[
        "StreamDescriptionSummary"]["StreamARN"]
    return {"vpc": vpc, "subnets": subnets, "group": group, "host": host, "secret": secret,
            "stream": stream}


def write_config(path, ids):
    stack = {
        "name": "OrdersCdcExisting",
        "vpc": {"existing": {"vpcId": ids["vpc"], "cidr": "10.30.0.0/16",
                             "privateSubnetIds": ids["subnets"]}},
        "database": {"existing": {"host": ids["host"], "port": 3306, "secretArn": ids["secret"],
                                  "securityGroupId": ids["group"]}},
        "stream": {"existing": {"arn": ids["stream"]}},
        "replication": {"tables": [{"schema": "orders", "table": "%"}]},
    }
    expect.write(path, {"stacks": [stack]})
    return path


def ingress_sources(aws, group):
    """The security groups the group admits on 3306."""
    found = aws("ec2", "describe-security-groups", "--group-ids", group)["SecurityGroups"][0]
    return sorted(pair["GroupId"] for rule in found.get("IpPermissions", [])
                  if rule.get("FromPort") == 3306 for pair in rule.get("UserIdGroupPairs", []))


def verify_existing(checks, aws, stack, ids):
    resources = aws.stack_resources(stack)
    types = {kind for kind, _ in resources.values()}
    checks.equal("the stack creates no network, database, secret or stream",
                 sorted(types & CREATED_TYPES), [])
    dms_group = next(physical for logical, (kind, physical) in resources.items()
                     if kind == "AWS::EC2::SecurityGroup" and logical.startswith("Replication"))
    groups = aws("ec2", "describe-security-groups", "--group-ids", dms_group)["SecurityGroups"]
    checks.equal("the DMS security group is in the existing VPC", groups[0]["VpcId"], ids["vpc"])
    checks.equal("the ingress landed on the existing security group, from DMS's",
                 ingress_sources(aws, ids["group"]), [dms_group])
    subnet_groups = aws("dms", "describe-replication-subnet-groups")["ReplicationSubnetGroups"]
    subnets = sorted(s["SubnetIdentifier"] for g in subnet_groups for s in g["Subnets"])
    checks.equal("the DMS subnet group uses the existing subnets", subnets, sorted(ids["subnets"]))
    endpoints = {e["EndpointType"].lower(): e for e in aws("dms", "describe-endpoints")["Endpoints"]}
    source = endpoints.get("source", {})
    mysql = source.get("MySQLSettings") or {}
    checks.equal("the source endpoint reads the existing secret",
                 mysql.get("SecretsManagerSecretId"), ids["secret"])
    role = mysql.get("SecretsManagerAccessRoleArn", "")
    checks.check("the secret access role may read exactly that secret",
                 verify._allows(verify._policy_statements(aws, verify._role_name(role)),
                                "secretsmanager:GetSecretValue", ids["secret"]), role)
    checks.equal("the target endpoint writes the existing stream",
                 endpoints.get("target", {}).get("KinesisSettings", {}).get("StreamArn"),
                 ids["stream"])
    outputs = aws.outputs(stack)
    checks.equal("output StreamName is the name in the ARN", outputs.get("StreamName"),
                 "orders-cdc")
    checks.equal("output DatabaseSecretArn is the existing secret",
                 outputs.get("DatabaseSecretArn"), ids["secret"])


def existing_resources(checks, config=None):
    """Make the account's resources, deploy a config naming them, check,
    delete-stack; the account's resources stay, nothing else does."""
    with tempfile.TemporaryDirectory() as tmp, Emulator() as emulator, Aws(emulator) as aws:
        ids = make_account_resources(aws)
        path = write_config(os.path.join(tmp, "existing.yaml"), ids)
        printed, _ = synth_one(Cdkpp(), path, os.path.join(tmp, "out"))
        before = leftovers.inventory(aws)
        aws.deploy(printed)
        verify_existing(checks, aws, printed.stack, ids)
        delete_stack(aws, printed.stack)
        # serviceRoles: auto keeps the DMS roles it made, by design.
        leftovers.check_nothing_left(checks, before, leftovers.inventory(aws),
                                     set(verify.DMS_POLICIES))
        checks.equal("delete-stack removed the ingress from the existing group",
                     ingress_sources(aws, ids["group"]), [])
        after = leftovers.inventory(aws)
        for label, kept in (("ec2 vpcs", ids["vpc"]), ("ec2 security groups", ids["group"]),
                            ("rds instances", "orders"), ("secretsmanager secrets", ids["secret"]),
                            ("kinesis streams", "orders-cdc")):
            checks.check(f"the existing {label.split()[-1]} {kept} is intact", kept in after[label])
