"""CloudFormation handlers for Secrets Manager: AWS::SecretsManager::Secret
(with GenerateSecretString), SecretTargetAttachment and RotationSchedule,
on moto's Secrets Manager backend."""
import json

from moto.core.common_models import CloudFormationModel
from moto.rds.models import rds_backends
from moto.secretsmanager.models import secretsmanager_backends

from deploy.cfn_base import ApplyHandler, Handler, HandlerError, tags


def _generate_secret_string(backend, spec):
    password = json.loads(backend.get_random_password(
        password_length=int(spec.get("PasswordLength", 32)),
        exclude_characters=spec.get("ExcludeCharacters", ""),
        exclude_numbers=bool(spec.get("ExcludeNumbers", False)),
        exclude_punctuation=bool(spec.get("ExcludePunctuation", False)),
        exclude_uppercase=bool(spec.get("ExcludeUppercase", False)),
        exclude_lowercase=bool(spec.get("ExcludeLowercase", False)),
        include_space=bool(spec.get("IncludeSpace", False)),
        require_each_included_type=bool(spec.get("RequireEachIncludedType", True)),
    ))["RandomPassword"]
    template = spec.get("SecretStringTemplate")
    key = spec.get("GenerateStringKey")
    if (template is None) != (key is None):
        raise HandlerError("GenerateSecretString needs both SecretStringTemplate and "
                           "GenerateStringKey, or neither")
    if template is None:
        return password
    document = json.loads(template)
    document[key] = password
    return json.dumps(document)


class CfnSecret(Handler, CloudFormationModel):
    TYPE = "AWS::SecretsManager::Secret"
    NAME_PROPERTY = "Name"
    CREATE_ONLY = ("Name",)
    ATTRIBUTES = ("Id",)

    @classmethod
    def create(cls, name, props, account_id, region):
        backend = secretsmanager_backends[account_id][region]
        if "GenerateSecretString" in props and "SecretString" in props:
            raise HandlerError("Secret: SecretString and GenerateSecretString are exclusive")
        if "GenerateSecretString" in props:
            value = _generate_secret_string(backend, props["GenerateSecretString"])
        else:
            value = props.get("SecretString")
        backend.create_secret(
            name=name, secret_string=value, secret_binary=None,
            description=props.get("Description"), tags=tags(props),
            kms_key_id=props.get("KmsKeyId"), client_request_token=None,
            replica_regions=[], force_overwrite=False)
        return cls(backend.describe_secret(name).arn, props, account_id, region)

    def delete(self, account_id, region_name):
        secretsmanager_backends[account_id][region_name].delete_secret(
            self.physical_id, recovery_window_in_days=None,
            force_delete_without_recovery=True)


class CfnSecretTargetAttachment(ApplyHandler, CloudFormationModel):
    """Adds the database's connection fields to the secret (engine, host,
    port, dbInstanceIdentifier), as the real attachment does."""

    TYPE = "AWS::SecretsManager::SecretTargetAttachment"
    CREATE_ONLY = ("SecretId",)
    ATTRIBUTES = ("Id",)

    def apply(self, props):
        secrets = secretsmanager_backends[self.account_id][self.region]
        secret = secrets.describe_secret(props["SecretId"])
        current = secrets.get_secret_value(secret.arn, None, "AWSCURRENT")["SecretString"]
        document = json.loads(current)
        document.update(self._connection_fields(props))
        secrets.put_secret_value(secret.arn, json.dumps(document), None, None, ["AWSCURRENT"])
        self.physical_id = secret.arn  # Ref of an attachment is the secret's ARN

    def _connection_fields(self, props):
        rds = rds_backends[self.account_id][self.region]
        target = getattr(props["TargetId"], "db_cluster_identifier", props["TargetId"])
        if props.get("TargetType") == "AWS::RDS::DBCluster":  # the cluster's writer endpoint
            cluster = rds.clusters[target.lower()]
            return {"engine": "mysql" if cluster.engine == "aurora-mysql" else cluster.engine,
                    "host": cluster.endpoint, "port": int(cluster.port),
                    "dbClusterIdentifier": cluster.db_cluster_identifier}
        if props.get("TargetType") != "AWS::RDS::DBInstance":
            raise HandlerError(f"unsupported TargetType {props.get('TargetType')!r}")
        database = rds.describe_db_instances(db_instance_identifier=props["TargetId"])[0]
        return {"engine": database.engine, "host": database.address,
                "port": int(database.port),
                "dbInstanceIdentifier": database.db_instance_identifier}

    def delete(self, account_id, region_name):
        pass  # the fields stay in the secret; the secret itself is its own resource


class CfnRotationSchedule(ApplyHandler, CloudFormationModel):
    """Turns rotation on with the schedule's rules. A HostedRotationLambda
    (which AWS builds through the AWS::SecretsManager transform) is not
    emulated: no function exists, so rotation is enabled but never runs."""

    TYPE = "AWS::SecretsManager::RotationSchedule"
    CREATE_ONLY = ("SecretId",)

    def apply(self, props):
        # moto's RotateSecret without a function promotes a copy of the
        # secret's first value to AWSCURRENT (losing the attachment's fields),
        # so the schedule is recorded on the secret directly.
        secret = secretsmanager_backends[self.account_id][self.region].describe_secret(
            props["SecretId"])
        days = (props.get("RotationRules") or {}).get("AutomaticallyAfterDays", 0)
        secret.rotation_lambda_arn = props.get("RotationLambdaARN") or ""
        secret.auto_rotate_after_days = int(days)
        secret.rotation_requested = True  # makes DescribeSecret show the rotation fields
        secret.rotation_enabled = days > 0
        self.physical_id = secret.arn

    def delete(self, account_id, region_name):
        backend = secretsmanager_backends[account_id][region_name]
        if self.physical_id in backend.secrets:
            backend.describe_secret(self.physical_id).rotation_enabled = False
