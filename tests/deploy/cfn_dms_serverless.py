"""DMS Serverless on the emulator: moto 5.2.1 has no backend for
AWS::DMS::ReplicationConfig, so the harness keeps each config's state here and
answers DescribeReplicationConfigs from it (install() adds the action to moto's
DMS responses). The handler refuses what DMS refuses where a template could get
it wrong: endpoints, subnet group or security groups that do not exist, a
capacity outside the DCU set, a ResourceIdentifier that is not a DMS name."""
import json
import re

from moto.core.common_models import CloudFormationModel
from moto.dms.models import dms_backends
from moto.dms.responses import DatabaseMigrationServiceResponse
from moto.dms.utils import random_id
from moto.ec2.models import ec2_backends

from deploy.cfn_base import Handler, HandlerError, tags

# {(account, region): {config ARN: the DescribeReplicationConfigs entry}}
CONFIGS = {}

# ComputeConfig of AWS::DMS::ReplicationConfig: "The list of valid DCU values".
CAPACITY_UNITS = (1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384)
# A DMS resource name: a letter first, letters, digits and single hyphens.
_DMS_NAME = re.compile(r"^[A-Za-z](?:-?[A-Za-z0-9])*$")


def _configs(account_id, region):
    return CONFIGS.setdefault((account_id, region), {})


def _document(value, key):
    """TableMappings / ReplicationSettings: CloudFormation takes a JSON object
    (or its text); DMS stores the text."""
    if isinstance(value, str):
        json.loads(value)
        return value
    if not isinstance(value, dict):
        raise HandlerError(f"{key} must be a JSON object")
    return json.dumps(value)


def _check_references(account_id, region, props):
    dms = dms_backends[account_id][region]
    arns = {e.endpoint_arn: e for e in dms.endpoints.values()}
    for key, kind in (("SourceEndpointArn", "source"), ("TargetEndpointArn", "target")):
        endpoint = arns.get(props.get(key))
        if endpoint is None or endpoint.endpoint_type != kind:
            raise HandlerError(f"{key} does not name a {kind} endpoint")
    compute = props.get("ComputeConfig") or {}
    group = (compute.get("ReplicationSubnetGroupId") or "").lower()
    if group not in dms.replication_subnet_groups:
        raise HandlerError(f"replication subnet group {group!r} does not exist")
    ec2 = ec2_backends[account_id][region]
    for group_id in compute.get("VpcSecurityGroupIds") or []:
        ec2.get_security_group_from_id(group_id) or _missing("security group", group_id)


def _missing(what, name):
    raise HandlerError(f"{what} {name!r} does not exist")


def _check_compute(props):
    compute = props.get("ComputeConfig") or {}
    low, high = compute.get("MinCapacityUnits"), compute.get("MaxCapacityUnits")
    if high not in CAPACITY_UNITS or (low is not None and low not in CAPACITY_UNITS):
        raise HandlerError(f"capacity units must be from {CAPACITY_UNITS}")
    if low is not None and low > high:
        raise HandlerError("MinCapacityUnits is above MaxCapacityUnits")
    if props.get("ReplicationType") not in ("full-load", "cdc", "full-load-and-cdc"):
        raise HandlerError(f"ReplicationType {props.get('ReplicationType')!r} is invalid")


class CfnReplicationConfig(Handler, CloudFormationModel):
    TYPE = "AWS::DMS::ReplicationConfig"
    NAME_PROPERTY = "ReplicationConfigIdentifier"
    CREATE_ONLY = ("ResourceIdentifier",)
    ATTRIBUTES = ("ReplicationConfigArn",)

    @classmethod
    def create(cls, name, props, account_id, region):
        resource_id = props.get("ResourceIdentifier") or random_id(True, 26)
        if not _DMS_NAME.match(resource_id):
            raise HandlerError(f"ResourceIdentifier {resource_id!r} is not a DMS name")
        arn = f"arn:aws:dms:{region}:{account_id}:replication-config:{resource_id}"
        if arn in _configs(account_id, region):
            raise HandlerError(f"replication config {arn} already exists")
        handler = cls(arn, props, account_id, region)
        handler.modify(props)
        return handler

    def modify(self, props):
        _check_references(self.account_id, self.region, props)
        _check_compute(props)
        _configs(self.account_id, self.region)[self.physical_id] = {
            "ReplicationConfigIdentifier": props.get("ReplicationConfigIdentifier")
            or self.physical_id.rsplit(":", 1)[1],
            "ReplicationConfigArn": self.physical_id,
            "SourceEndpointArn": props["SourceEndpointArn"],
            "TargetEndpointArn": props["TargetEndpointArn"],
            "ReplicationType": props["ReplicationType"],
            "ComputeConfig": props["ComputeConfig"],
            "ReplicationSettings": _document(props.get("ReplicationSettings") or {},
                                             "ReplicationSettings"),
            "TableMappings": _document(props["TableMappings"], "TableMappings"),
            "Tags": tags(props)}

    def attribute(self, name):
        return self.physical_id

    def delete(self, account_id, region_name):
        _configs(account_id, region_name).pop(self.physical_id, None)


def _describe_replication_configs(self):
    found = list(_configs(self.current_account, self.region).values())
    for entry in self._get_param("Filters", []):
        if entry["Name"] in ("replication-config-arn", "replication-config-id"):
            key = ("ReplicationConfigArn" if entry["Name"].endswith("arn")
                   else "ReplicationConfigIdentifier")
            found = [c for c in found if c[key] in entry["Values"]]
    return json.dumps({"ReplicationConfigs": [
        {k: v for k, v in c.items() if k != "Tags"} for c in found]})


def install():
    """Adds DescribeReplicationConfigs to moto's DMS API."""
    DatabaseMigrationServiceResponse.describe_replication_configs = \
        _describe_replication_configs
