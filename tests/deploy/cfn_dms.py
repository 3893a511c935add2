"""CloudFormation handlers for AWS DMS: ReplicationSubnetGroup,
ReplicationInstance, Endpoint and ReplicationTask, on moto's DMS backend.
They refuse what DMS refuses where a template could get it wrong (a subnet
group before dms-vpc-role, a task whose mappings are not JSON strings)."""
import json

from moto.core.common_models import CloudFormationModel
from moto.dms.models import dms_backends
from moto.dms.utils import random_id
from moto.ec2.models import ec2_backends
from moto.iam.models import iam_backends

from deploy.cfn_base import Handler, HandlerError, tags


def _dms(account_id, region):
    return dms_backends[account_id][region]


class CfnReplicationSubnetGroup(Handler, CloudFormationModel):
    TYPE = "AWS::DMS::ReplicationSubnetGroup"
    NAME_PROPERTY = "ReplicationSubnetGroupIdentifier"
    CREATE_ONLY = ("ReplicationSubnetGroupIdentifier",)

    @classmethod
    def create(cls, name, props, account_id, region):
        # Real DMS refuses this until the account has dms-vpc-role, which is why
        # a stack that creates the role must make the group depend on it.
        try:
            iam_backends[account_id]["global"].get_role("dms-vpc-role")
        except Exception as error:
            raise HandlerError("The IAM Role arn:aws:iam::%s:role/dms-vpc-role is not "
                               "configured properly." % account_id) from error
        subnets = props.get("SubnetIds") or []
        ec2 = ec2_backends[account_id][region]
        for subnet_id in subnets:
            ec2.get_subnet(subnet_id)  # raises for a subnet that does not exist
        identifier = name.lower()
        group = _dms(account_id, region).create_replication_subnet_group(
            identifier, props["ReplicationSubnetGroupDescription"], subnets, tags(props))
        group.subnetIds = subnets  # moto's backend drops them (moto_fixes describes them)
        return cls(identifier, props, account_id, region)

    def delete(self, account_id, region_name):
        _dms(account_id, region_name).delete_replication_subnet_group(self.physical_id)


class CfnReplicationInstance(Handler, CloudFormationModel):
    TYPE = "AWS::DMS::ReplicationInstance"
    NAME_PROPERTY = "ReplicationInstanceIdentifier"
    CREATE_ONLY = ("KmsKeyId", "ResourceIdentifier", "DnsNameServers",
                   "ReplicationSubnetGroupIdentifier", "PubliclyAccessible")
    ATTRIBUTES = ("ReplicationInstancePrivateIpAddresses",
                  "ReplicationInstancePublicIpAddresses", "Id")

    @classmethod
    def create(cls, name, props, account_id, region):
        backend = _dms(account_id, region)
        group = props.get("ReplicationSubnetGroupIdentifier")
        if group and group.lower() not in backend.replication_subnet_groups:
            raise HandlerError(f"replication subnet group {group!r} does not exist")
        instance = backend.create_replication_instance(
            replication_instance_identifier=name.lower(),
            replication_instance_class=props["ReplicationInstanceClass"],
            allocated_storage=props.get("AllocatedStorage"),
            vpc_security_group_ids=props.get("VpcSecurityGroupIds"),
            availability_zone=props.get("AvailabilityZone"),
            replication_subnet_group_identifier=group.lower() if group else None,
            preferred_maintenance_window=props.get("PreferredMaintenanceWindow"),
            multi_az=props.get("MultiAZ", False),
            engine_version=props.get("EngineVersion"),
            auto_minor_version_upgrade=props.get("AutoMinorVersionUpgrade", True),
            tags=tags(props), kms_key_id=props.get("KmsKeyId"),
            publicly_accessible=props.get("PubliclyAccessible", True),
            resource_identifier=props.get("ResourceIdentifier"),
            network_type=props.get("NetworkType"))
        return cls(instance.arn, props, account_id, region)

    def _instance(self):
        return _dms(self.account_id, self.region).replication_instances[self.physical_id]

    def attribute(self, name):
        instance = self._instance()
        if name == "Id":
            return self.physical_id
        if name == "ReplicationInstancePrivateIpAddresses":
            return ",".join(instance.private_ip_addresses)
        return ",".join(instance.public_ip_addresses)

    def modify(self, props):
        instance = self._instance()
        instance.id = props.get("ReplicationInstanceIdentifier", instance.id).lower()
        instance.replication_instance_class = props["ReplicationInstanceClass"]
        instance.allocated_storage = props.get("AllocatedStorage", instance.allocated_storage)
        instance.multi_az = props.get("MultiAZ", False)
        instance.engine_version = props.get("EngineVersion", instance.engine_version)
        instance.vpc_security_groups = [{"VpcSecurityGroupId": g, "Status": "active"}
                                        for g in props.get("VpcSecurityGroupIds") or []]

    def delete(self, account_id, region_name):
        _dms(account_id, region_name).delete_replication_instance(self.physical_id)


_ENDPOINT_SETTINGS = {
    "DynamoDbSettings": "dynamo_db_settings", "S3Settings": "s3_settings",
    "MongoDbSettings": "mongo_db_settings", "KinesisSettings": "kinesis_settings",
    "KafkaSettings": "kafka_settings", "ElasticsearchSettings": "elasticsearch_settings",
    "NeptuneSettings": "neptune_settings", "RedshiftSettings": "redshift_settings",
    "PostgreSqlSettings": "postgre_sql_settings", "MySqlSettings": "my_sql_settings",
    "OracleSettings": "oracle_settings", "SybaseSettings": "sybase_settings",
    "MicrosoftSqlServerSettings": "microsoft_sql_server_settings",
    "IbmDb2Settings": "ibm_db2_settings", "DocDbSettings": "doc_db_settings",
    "RedisSettings": "redis_settings", "GcpMySQLSettings": "gcp_my_sql_settings",
}
_ENDPOINT_SCALARS = {
    "Username": "username", "Password": "password", "ServerName": "server_name",
    "Port": "port", "DatabaseName": "database_name",
    "ExtraConnectionAttributes": "extra_connection_attributes",
    "CertificateArn": "certificate_arn", "SslMode": "ssl_mode",
}


class CfnEndpoint(Handler, CloudFormationModel):
    TYPE = "AWS::DMS::Endpoint"
    NAME_PROPERTY = "EndpointIdentifier"
    CREATE_ONLY = ("KmsKeyId", "ResourceIdentifier")
    ATTRIBUTES = ("ExternalId", "Id")

    @classmethod
    def create(cls, name, props, account_id, region):
        args = {arg: props.get(prop) for prop, arg in _ENDPOINT_SETTINGS.items()}
        args.update({arg: props.get(prop) for prop, arg in _ENDPOINT_SCALARS.items()})
        endpoint = _dms(account_id, region).create_endpoint(
            endpoint_identifier=name.lower(), endpoint_type=props["EndpointType"],
            engine_name=props["EngineName"], kms_key_id=props.get("KmsKeyId"),
            tags=tags(props), service_access_role_arn=None, external_table_definition=None,
            dms_transfer_settings=None, resource_identifier=props.get("ResourceIdentifier"),
            timestream_settings=None, **args)
        endpoint.status = "active"
        return cls(endpoint.endpoint_arn, props, account_id, region)

    def _endpoint(self):
        for endpoint in _dms(self.account_id, self.region).endpoints.values():
            if endpoint.endpoint_arn == self.physical_id:
                return endpoint
        raise HandlerError(f"endpoint {self.physical_id} is gone")

    def attribute(self, name):
        return self._endpoint().external_id if name == "ExternalId" else self.physical_id

    def modify(self, props):
        endpoint = self._endpoint()
        for prop, attr in {**_ENDPOINT_SETTINGS, **_ENDPOINT_SCALARS}.items():
            setattr(endpoint, attr, props.get(prop))
        endpoint.endpoint_type = props["EndpointType"]
        endpoint.engine_name = props["EngineName"]

    def delete(self, account_id, region_name):
        _dms(account_id, region_name).delete_endpoint(self.physical_id)


class CfnReplicationTask(Handler, CloudFormationModel):
    TYPE = "AWS::DMS::ReplicationTask"
    NAME_PROPERTY = "ReplicationTaskIdentifier"
    CREATE_ONLY = ("ResourceIdentifier", "TargetEndpointArn", "ReplicationInstanceArn",
                   "SourceEndpointArn")
    ATTRIBUTES = ("Id",)

    @staticmethod
    def _validate(backend, props):
        if props["ReplicationInstanceArn"] not in backend.replication_instances:
            raise HandlerError("ReplicationInstanceArn does not name a replication instance")
        arns = {e.endpoint_arn: e for e in backend.endpoints.values()}
        for key, kind in (("SourceEndpointArn", "source"), ("TargetEndpointArn", "target")):
            endpoint = arns.get(props.get(key))
            if endpoint is None or endpoint.endpoint_type != kind:
                raise HandlerError(f"{key} does not name a {kind} endpoint")
        if props["MigrationType"] not in ("full-load", "cdc", "full-load-and-cdc"):
            raise HandlerError(f"MigrationType {props['MigrationType']!r} is invalid")
        for key in ("TableMappings", "ReplicationTaskSettings"):
            if key in props:  # DMS takes these as JSON documents in strings
                if not isinstance(props[key], str):
                    raise HandlerError(f"{key} must be a JSON string")
                json.loads(props[key])

    @classmethod
    def create(cls, name, props, account_id, region):
        backend = _dms(account_id, region)
        cls._validate(backend, props)
        task = backend.create_replication_task(
            replication_task_identifier=name.lower(),
            source_endpoint_arn=props["SourceEndpointArn"],
            target_endpoint_arn=props["TargetEndpointArn"],
            replication_instance_arn=props["ReplicationInstanceArn"],
            migration_type=props["MigrationType"], table_mappings=props["TableMappings"],
            replication_task_settings=props.get("ReplicationTaskSettings"))
        # Real task ARNs end in a generated resource id, not the task's name; the
        # alarms' ReplicationTaskIdentifier dimension must be that id, so a
        # template that uses the name fails here as its alarm would in AWS.
        backend.replication_tasks.pop(task.arn)
        resource_id = props.get("ResourceIdentifier") or random_id(True, 26)
        task.arn = task.arn.rsplit(":", 1)[0] + ":" + resource_id
        backend.replication_tasks[task.arn] = task
        if props.get("Tags"):
            backend.tagger.tag_resource(task.arn, tags(props))
        task.ready()
        return cls(task.arn, props, account_id, region)

    def modify(self, props):
        backend = _dms(self.account_id, self.region)
        self._validate(backend, props)
        task = backend.replication_tasks[self.physical_id]
        task.id = props.get("ReplicationTaskIdentifier", task.id).lower()
        task.migration_type = props["MigrationType"]
        task.table_mappings = props["TableMappings"]
        task.replication_task_settings = props.get("ReplicationTaskSettings")

    def delete(self, account_id, region_name):
        _dms(account_id, region_name).delete_replication_task(self.physical_id)
