"""CloudFormation support that moto 5.2.1 lacks for the cdkpp pipeline.

install() must run in the emulator process before the first stack is parsed.
It adds CloudFormation handlers (cfn_secrets.py, cfn_dms.py, cfn_monitoring.py on
cfn_base.py) (moto's CloudFormationModel pattern) for
  AWS::SecretsManager::Secret, AWS::SecretsManager::SecretTargetAttachment,
  AWS::DMS::ReplicationSubnetGroup, ::ReplicationInstance, ::Endpoint,
  ::ReplicationTask, AWS::CloudWatch::Alarm, AWS::SNS::Subscription,
  AWS::SecretsManager::RotationSchedule, AWS::RDS::DBCluster and
  ::DBClusterParameterGroup (cfn_rds.py), AWS::DMS::ReplicationConfig (cfn_dms_serverless.py,
  whose state the harness keeps: moto has no DMS Serverless), and
  Custom::DmsServiceRoles (cfn_custom.py:
  the inline Lambda handler cdkpp embeds, run in-process),
each of which calls moto's own service backend, so the describe APIs then show
what the stack made; and it fixes these moto defects (moto_fixes.py), each
measured first:
  - `DBParameterGroupName: {Ref: <AWS::RDS::DBParameterGroup>}` gave HTTP 500
    (moto's Ref yields the group object, not its name), and the DB instance's
    `VPCSecurityGroups` was ignored (moto reads `VpcSecurityGroupIds`), which
    left the database in the VPC's default security group, as was
    `DeletionProtection`;
  - AWS::EC2::SubnetRouteTableAssociation left no association that
    DescribeRouteTables shows (so no subnet had a route);
  - `{{resolve:secretsmanager:...}}` dynamic references were passed through as
    literal text (moto does not resolve them at all);
  - moto could not delete the CloudFormation-made Route, RouteTable,
    SubnetRouteTableAssociation, VPCGatewayAttachment, InternetGateway,
    NatGateway, EIP and FlowLog, so delete-stack failed on the VPC;
  - AWS::IAM::Role ignored ManagedPolicyArns (so dms-vpc-role had no policy);
  - GetTemplateSummary failed (HTTP 500) on templates without the optional
    AWSTemplateFormatVersion, so `deploy` could not update such a stack;
  - a TemplateURL on 127.0.0.1 (what `deploy --s3-bucket` sends to an
    emulator) was parsed as a virtual-hosted bucket URL: NoSuchBucket;
  - stacks made through a change set (the path `aws cloudformation deploy`
    takes) kept no Outputs (and no Description);
  - AWS::Kinesis::Stream ignored StreamModeDetails and StreamEncryption;
  - AWS::SNS::Topic ignored its Tags; AWS::KMS::Key crashed on them;
  - an update of a type moto cannot update silently dropped the resource from
    the stack: it now fails the deploy with the reason.
Nothing else of moto changes. Templates are never rewritten.

Update semantics follow the resource provider schemas: a change to a
createOnlyProperty replaces the resource (new physical id), any other change
is made in place (same physical id), as CloudFormation does.
"""
import importlib.metadata

from moto.cloudformation import parsing

# Importing the handler modules defines the classes moto discovers.
from deploy import (cfn_custom, cfn_dms, cfn_dms_serverless, cfn_monitoring,  # noqa: F401
                    cfn_rds, cfn_secrets, moto_fixes)
from deploy.cfn_base import handler_classes


# The moto release every handler and fix here was measured on: they reach
# into moto's internals (backends, parsing, response classes), which change
# between releases without notice.
MOTO_VERSION = "5.2.1"


class MotoVersionError(RuntimeError):
    pass


def check_moto_version():
    installed = importlib.metadata.version("moto")
    if installed != MOTO_VERSION:
        raise MotoVersionError(
            f"moto {installed} is installed, but the deploy-test emulator patches moto "
            f"{MOTO_VERSION} (tests/deploy/cfn_handlers.py, moto_fixes.py): install moto "
            f"{MOTO_VERSION}, or re-measure every fix on {installed} and update MOTO_VERSION")


def install():
    """Checks the moto version, registers the handlers and applies the fixes.
    Call once per process, before the first stack is parsed."""
    check_moto_version()
    for cache in (parsing.get_model_list, parsing.get_model_map, parsing.get_name_type_map):
        cache.cache_clear()  # moto caches the model list on first use
    missing = [c.TYPE for c in handler_classes()
               if parsing.get_model_map().get(c.TYPE) is not c]
    if missing:
        raise RuntimeError(f"handlers not registered: {missing}")
    moto_fixes.install_all()
    cfn_custom.install()
    cfn_dms_serverless.install()
