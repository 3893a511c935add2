"""CloudFormation handlers for an Aurora MySQL cluster on moto's RDS backend:
AWS::RDS::DBClusterParameterGroup and AWS::RDS::DBCluster, which moto 5.2.1
cannot create from a template (the group's model has no CloudFormation type,
the cluster none at all), and the cluster's member instances (moto's
DBInstance handler drops DBClusterIdentifier; moto_fixes routes them here)."""
from moto.core.common_models import CloudFormationModel
from moto.rds.models import rds_backends

from deploy.cfn_base import Handler, HandlerError, tags


def _rds(account_id, region):
    return rds_backends[account_id][region]


def _name(value):
    """A Ref to a moto RDS model yields the model itself, not its name."""
    return getattr(value, "name", value)


class CfnDBClusterParameterGroup(Handler, CloudFormationModel):
    TYPE = "AWS::RDS::DBClusterParameterGroup"
    NAME_PROPERTY = "DBClusterParameterGroupName"
    CREATE_ONLY = ("DBClusterParameterGroupName", "Description", "Family")

    @classmethod
    def create(cls, name, props, account_id, region):
        backend = _rds(account_id, region)
        group = backend.create_db_cluster_parameter_group(
            db_cluster_parameter_group_name=name.lower(),
            db_parameter_group_family=props["Family"], description=props["Description"],
            tags=tags(props))
        handler = cls(group.name, props, account_id, region)
        handler.modify(props)
        return handler

    def modify(self, props):
        # As RDS stores them: ParameterValue strings, applied pending-reboot.
        _rds(self.account_id, self.region).modify_db_cluster_parameter_group(
            self.physical_id, [{"ParameterName": key, "ParameterValue": str(value),
                                "ApplyMethod": "pending-reboot"}
                               for key, value in (props.get("Parameters") or {}).items()])

    def delete(self, account_id, region_name):
        _rds(account_id, region_name).delete_db_cluster_parameter_group(self.physical_id)


class CfnDBCluster(Handler, CloudFormationModel):
    TYPE = "AWS::RDS::DBCluster"
    NAME_PROPERTY = "DBClusterIdentifier"
    CREATE_ONLY = ("DBClusterIdentifier", "DatabaseName", "Engine", "StorageEncrypted",
                   "KmsKeyId", "DBSubnetGroupName")
    ATTRIBUTES = ("Endpoint.Address", "Endpoint.Port", "ReadEndpoint.Address",
                  "DBClusterArn", "DBClusterResourceId")

    @classmethod
    def create(cls, name, props, account_id, region):
        backend = _rds(account_id, region)
        group = _name(props.get("DBClusterParameterGroupName"))
        if group and group.lower() not in backend.db_cluster_parameter_groups:
            raise HandlerError(f"DB cluster parameter group {group!r} does not exist")
        cluster = backend.create_db_cluster({
            "db_cluster_identifier": name.lower(), "engine": props["Engine"],
            "engine_version": props.get("EngineVersion"),
            "master_username": props.get("MasterUsername"),
            "master_user_password": props.get("MasterUserPassword"),
            "database_name": props.get("DatabaseName"), "port": props.get("Port"),
            "backup_retention_period": props.get("BackupRetentionPeriod", 1),
            "copy_tags_to_snapshot": props.get("CopyTagsToSnapshot", False),
            "db_cluster_parameter_group_name": group.lower() if group else None,
            "db_subnet_group_name": _name(props.get("DBSubnetGroupName")),
            "storage_encrypted": props.get("StorageEncrypted", False),
            "kms_key_id": props.get("KmsKeyId"),
            "deletion_protection": props.get("DeletionProtection", False),
            "vpc_security_group_ids": props.get("VpcSecurityGroupIds") or [],
            "tags": tags(props)})
        cluster.status = "available"
        return cls(cluster.db_cluster_identifier, props, account_id, region)

    def _cluster(self):
        return _rds(self.account_id, self.region).clusters[self.physical_id]

    def attribute(self, name):
        cluster = self._cluster()
        return {"Endpoint.Address": cluster.endpoint, "Endpoint.Port": str(cluster.port),
                "ReadEndpoint.Address": cluster.reader_endpoint,
                "DBClusterArn": cluster.db_cluster_arn,
                "DBClusterResourceId": cluster.db_cluster_resource_id}[name]

    def delete(self, account_id, region_name):
        # RDS refuses while deletion protection is on, as here; the members
        # (which depend on the cluster) are deleted first.
        _rds(account_id, region_name).delete_db_cluster(self.physical_id)


def create_cluster_instance(name, props, account_id, region):
    """A DBInstance with DBClusterIdentifier: a member of that cluster, with the
    cluster's engine version (moto has no default for aurora-mysql)."""
    backend = _rds(account_id, region)
    cluster_id = _name(props["DBClusterIdentifier"]).lower()
    if cluster_id not in backend.clusters:
        raise HandlerError(f"DB cluster {cluster_id!r} does not exist")
    cluster = backend.clusters[cluster_id]
    return backend.create_db_instance({
        "db_instance_identifier": name.replace("_", "-").lower(),
        "db_cluster_identifier": cluster_id, "engine": props["Engine"],
        "engine_version": props.get("EngineVersion") or cluster.engine_version,
        "db_instance_class": props["DBInstanceClass"],
        "db_subnet_group_name": _name(props.get("DBSubnetGroupName")),
        "publicly_accessible": props.get("PubliclyAccessible", False),
        "port": cluster.port, "storage_encrypted": cluster.storage_encrypted,
        "tags": tags(props)})
