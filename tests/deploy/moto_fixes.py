"""Fixes to moto 5.2.1's own CloudFormation behaviour, each for a defect
measured on cdkpp's templates (listed in cfn_handlers.py). Every fix wraps
the moto function it corrects and calls moto's backends; install_all()
applies them once per process."""
import json
import re

from moto.cloudformation import models as cfn_models
from moto.cloudformation import parsing
from moto.ec2.models import ec2_backends
from moto.ec2.models.subnets import SubnetRouteTableAssociation
from moto.iam.models import Role, iam_backends
from moto.kinesis.models import Stream, kinesis_backends
from moto.rds.models import DBInstance, DBParameterGroup, rds_backends
from moto.secretsmanager.models import secretsmanager_backends

from deploy import cfn_rds
from moto.sns.models import sns_backends

from deploy.cfn_base import HandlerError


_DYNAMIC_REFERENCE = re.compile(r"\{\{resolve:secretsmanager:([^}]*)\}\}")


def _resolve_secret_reference(match, account_id, region):
    # secret-id:SecretString:json-key:version-stage:version-id; the secret id
    # may be an ARN, which itself contains colons (7 fields).
    parts = match.group(1).split(":")
    if parts[0] == "arn":
        secret_id, rest = ":".join(parts[:7]), parts[7:]
    else:
        secret_id, rest = parts[0], parts[1:]
    rest += [""] * (4 - len(rest))
    field, json_key, stage, version = rest[:4]
    if field not in ("", "SecretString"):
        raise HandlerError(f"dynamic reference field {field!r} is not SecretString")
    value = secretsmanager_backends[account_id][region].get_secret_value(
        secret_id, version or None, stage or ("AWSCURRENT" if not version else None)
    )["SecretString"]
    return str(json.loads(value)[json_key]) if json_key else value


def _install_dynamic_references():
    original = parsing.clean_json

    def clean_json(resource_json, resources_map):
        value = original(resource_json, resources_map)
        if isinstance(value, str) and "{{resolve:secretsmanager:" in value:
            account_id = resources_map["AWS::AccountId"]
            region = resources_map["AWS::Region"]
            value = _DYNAMIC_REFERENCE.sub(
                lambda m: _resolve_secret_reference(m, account_id, region), value)
        return value

    parsing.clean_json = clean_json  # recursive calls go through the module global


def _install_db_parameter_group_fix():
    original = DBInstance.create_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json["Properties"]
        if props.get("DBClusterIdentifier"):  # moto's handler drops it: an Aurora member
            return cfn_rds.create_cluster_instance(resource_name, props, account_id,
                                                   region_name)
        group = props.get("DBParameterGroupName")
        if isinstance(group, DBParameterGroup):
            props["DBParameterGroupName"] = group.name
        if "VPCSecurityGroups" in props:  # the CloudFormation name; moto reads another
            props["VpcSecurityGroupIds"] = props["VPCSecurityGroups"]
        database = original(cls, resource_name, cloudformation_json, account_id, region_name,
                            **kwargs)
        if props.get("DeletionProtection"):  # also ignored by moto's handler
            rds_backends[account_id][region_name].modify_db_instance(
                database.db_instance_identifier, {"deletion_protection": True})
        return database

    DBInstance.create_from_cloudformation_json = classmethod(create)


def _install_route_table_association_fix():
    original = SubnetRouteTableAssociation.create_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        association = original(cls, resource_name, cloudformation_json, account_id,
                               region_name, **kwargs)
        props = cloudformation_json["Properties"]
        ec2_backends[account_id][region_name].associate_route_table(
            route_table_id=props["RouteTableId"], subnet_id=props["SubnetId"])
        return association

    SubnetRouteTableAssociation.create_from_cloudformation_json = classmethod(create)


def _install_role_managed_policies_fix():
    original_create = Role.create_from_cloudformation_json.__func__
    original_delete = Role.delete_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        role = original_create(cls, resource_name, cloudformation_json, account_id,
                               region_name, **kwargs)
        backend = iam_backends[account_id]["global"]
        for arn in cloudformation_json["Properties"].get("ManagedPolicyArns") or []:
            backend.attach_role_policy(arn, role.name)
        return role

    def delete(cls, resource_name, cloudformation_json, account_id, region_name):
        # CloudFormation detaches what it attached before it deletes the role.
        backend = iam_backends[account_id]["global"]
        for role in list(backend.roles.values()):
            if role.name == resource_name:
                for arn in list(role.managed_policies):
                    backend.detach_role_policy(arn, resource_name)
        original_delete(cls, resource_name, cloudformation_json, account_id, region_name)

    Role.create_from_cloudformation_json = classmethod(create)
    Role.delete_from_cloudformation_json = classmethod(delete)


def _install_ec2_delete_fix():
    """moto's CloudFormation models for these EC2 types cannot be deleted, so
    delete-stack kept them and then failed on the VPC (DependencyViolation).
    Each gets the delete CloudFormation performs, through moto's EC2 backend;
    moto retries deletions in dependency order on failure."""
    from moto.ec2.models.elastic_ip_addresses import ElasticAddress
    from moto.ec2.models.flow_logs import FlowLogs
    from moto.ec2.models.internet_gateways import InternetGateway
    from moto.ec2.models.nat_gateways import NatGateway
    from moto.ec2.models.route_tables import Route, RouteTable
    from moto.ec2.models.security_groups import SecurityGroupIngress
    from moto.ec2.models.vpn_gateway import VPCGatewayAttachment

    def ec2(account_id, region):
        return ec2_backends[account_id][region]

    # moto deletes in no particular order: a route or an association whose
    # table is already gone has nothing left to delete.
    def delete_route(self, account_id, region):
        backend = ec2(account_id, region)
        if self.route_table.id in backend.route_tables:
            backend.delete_route(self.route_table.id, self.destination_cidr_block)

    def delete_association(self, account_id, region):
        backend = ec2(account_id, region)
        table = backend.route_tables.get(self.route_table_id)
        if table is None:
            return
        for association_id, subnet_id in list(table._associations.items()):
            if subnet_id == self.subnet_id:
                backend.disassociate_route_table(association_id)
        backend.subnet_associations.pop(f"{self.route_table_id}:{self.subnet_id}", None)

    def delete_route_table(self, account_id, region):
        ec2(account_id, region).delete_route_table(self.id)

    def delete_attachment(self, account_id, region):
        if self.gateway_id and self.gateway_id.startswith("igw-"):
            ec2(account_id, region).detach_internet_gateway(self.gateway_id, self.vpc_id)

    def delete_internet_gateway(self, account_id, region):
        ec2(account_id, region).delete_internet_gateway(self.id)

    def delete_nat_gateway(self, account_id, region):
        backend = ec2(account_id, region)
        backend.delete_nat_gateway(self.id)
        for address in backend.addresses:  # AWS frees the address and the interface
            if address.eni is self._eni:
                backend.disassociate_address(address=address.public_ip)
        backend.delete_network_interface(self._eni.id)

    def delete_address(self, account_id, region):
        ec2(account_id, region).release_address(address=self.public_ip)

    def delete_flow_log(self, account_id, region):
        ec2(account_id, region).delete_flow_logs([self.id])

    # An ingress rule on a group the stack does not own (an existing
    # database's group) must be revoked, or it outlives the stack.
    def delete_ingress(self, account_id, region):
        backend = ec2(account_id, region)
        group_id = self.security_group.id
        groups = {g.id: g for g in backend.describe_security_groups()}
        if group_id not in groups:
            return
        p = self.properties
        source = p.get("SourceSecurityGroupId")
        if source and source not in groups:
            # moto deleted the source group first (its order is random per
            # process; AWS refuses to delete a group a rule names), and its
            # revoke then fails on the missing source: drop the rule itself.
            group = groups[group_id]
            group.ingress_rules = [r for r in group.ingress_rules
                                   if r.source_group.get("GroupId") != source]
            return
        ranges = [{"CidrIp": p["CidrIp"], "Description": p.get("Description")}] if p.get("CidrIp") else []
        sources = [{"GroupId": source}] if source else []
        backend.revoke_security_group_ingress(group_id, p["IpProtocol"], p.get("FromPort"),
                                              p.get("ToPort"), ranges, sources)

    Route.delete = delete_route
    SecurityGroupIngress.delete = delete_ingress
    SubnetRouteTableAssociation.delete = delete_association
    RouteTable.delete = delete_route_table
    VPCGatewayAttachment.delete = delete_attachment
    InternetGateway.delete = delete_internet_gateway
    NatGateway.delete = delete_nat_gateway
    ElasticAddress.delete = delete_address
    FlowLogs.delete = delete_flow_log


def _install_template_summary_fix():
    """GetTemplateSummary (which `deploy` calls to update a stack) raised
    KeyError on a template without AWSTemplateFormatVersion, which is optional
    and which AWS CDK never writes."""
    from moto.cloudformation import responses

    original = responses.get_template_summary_response_from_template

    def summary(template_body):
        document = cfn_models.Stack.parse_template(template_body)
        if "AWSTemplateFormatVersion" in document:
            return original(template_body)
        document["AWSTemplateFormatVersion"] = None
        result = original(json.dumps(document))
        del result["Version"]
        return result

    responses.get_template_summary_response_from_template = summary


def _install_template_url_fix():
    """A TemplateURL on the emulator itself (path style, as `deploy --s3-bucket`
    builds it from the S3 endpoint) was read as a virtual-hosted URL on host
    "127": moto only knew path style for the host name "localhost"."""
    from urllib.parse import urlparse

    from moto.cloudformation import responses

    original = responses.get_stack_from_s3_url

    def get_stack(template_url, account_id, partition):
        if urlparse(template_url).hostname == "127.0.0.1":
            template_url = template_url.replace("//127.0.0.1", "//localhost", 1)
        return original(template_url, account_id=account_id, partition=partition)

    responses.get_stack_from_s3_url = get_stack


def _install_topic_tags_fix():
    """AWS::SNS::Topic ignored its Tags."""
    from moto.sns.models import Topic

    original = Topic.create_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        topic = original(cls, resource_name, cloudformation_json, account_id, region_name,
                         **kwargs)
        tags = {t["Key"]: t["Value"] for t in cloudformation_json["Properties"].get("Tags") or []}
        if tags:
            sns_backends[account_id][region_name].tag_resource(topic.arn, tags)
        return topic

    Topic.create_from_cloudformation_json = classmethod(create)


def _install_no_silent_update_guard():
    """moto answers an update of a type it cannot update (RDS, EC2 networking,
    log groups, ...) by dropping the resource from the stack, which then
    stays behind on delete. Fail such an update loudly instead, so no test
    passes on an update the emulator did not make."""
    original = parsing.parse_and_update_resource

    def update(logical_id, resource_json, resources_map, account_id, region_name):
        resource = original(logical_id, resource_json, resources_map, account_id, region_name)
        if resource is None:
            raise HandlerError(f"the emulator cannot update {resource_json.get('Type')} "
                               f"{logical_id} in place (moto has no update for this type)")
        return resource

    parsing.parse_and_update_resource = update


def _install_kms_key_tags_fix():
    """AWS::KMS::Key passed CloudFormation's Key/Value tags to a backend that
    reads TagKey/TagValue: KeyError, HTTP 500."""
    from moto.kms.models import Key

    original = Key.create_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json["Properties"]
        props["Tags"] = [{"TagKey": t["Key"], "TagValue": t["Value"]}
                         for t in props.get("Tags") or []]
        return original(cls, resource_name, cloudformation_json, account_id, region_name,
                        **kwargs)

    Key.create_from_cloudformation_json = classmethod(create)


def _install_change_set_outputs_fix():
    original = cfn_models.ChangeSet.apply

    def apply(self):
        original(self)
        stack = self.stack
        stack.template_dict = self.template_dict
        stack.description = self.template_dict.get("Description")
        stack.output_map = stack._create_output_map()

    cfn_models.ChangeSet.apply = apply


def _install_kinesis_stream_fix():
    original = Stream.create_from_cloudformation_json.__func__

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        stream = original(cls, resource_name, cloudformation_json, account_id, region_name,
                          **kwargs)
        props = cloudformation_json.get("Properties", {})
        backend = kinesis_backends[account_id][region_name]
        if "StreamModeDetails" in props:
            backend.update_stream_mode(stream.arn, dict(props["StreamModeDetails"]))
        encryption = props.get("StreamEncryption")
        if encryption:
            backend.start_stream_encryption(stream.arn, None, encryption["EncryptionType"],
                                            encryption["KeyId"])
        return stream

    Stream.create_from_cloudformation_json = classmethod(create)


# CloudFormation refuses a stack with IAM resources unless the request
# acknowledges them: CAPABILITY_IAM or CAPABILITY_NAMED_IAM, and only the
# latter when one of them has a custom name (CreateChangeSet, Capabilities).
_IAM_TYPES = {"AWS::IAM::AccessKey", "AWS::IAM::Group", "AWS::IAM::InstanceProfile",
              "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::Role",
              "AWS::IAM::User", "AWS::IAM::UserToGroupAddition"}
_IAM_NAME_PROPERTIES = {"GroupName", "InstanceProfileName", "ManagedPolicyName", "RoleName",
                        "UserName"}


class InsufficientCapabilities(HandlerError):
    code = "InsufficientCapabilitiesException"


def _missing_iam_capability(template, acknowledged):
    """The capability a template's IAM resources need that `acknowledged`
    lacks, or None."""
    resources = [r for r in (template.get("Resources") or {}).values()
                 if isinstance(r, dict) and r.get("Type") in _IAM_TYPES]
    named = any(_IAM_NAME_PROPERTIES & set(r.get("Properties") or {}) for r in resources)
    if named and "CAPABILITY_NAMED_IAM" not in acknowledged:
        return "CAPABILITY_NAMED_IAM"
    if resources and not {"CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"} & set(acknowledged):
        return "CAPABILITY_IAM"
    return None


def _install_capabilities_check():
    """moto ignored Capabilities, so a deploy command that forgot one passed
    here and would fail in AWS. CreateChangeSet (what `deploy` calls) now
    refuses it as CloudFormation does. CAPABILITY_AUTO_EXPAND is not
    checked: moto expands no macro, so nothing here can tell if it was needed."""
    from moto.cloudformation import responses

    original = responses.CloudFormationResponse.create_change_set

    def create_change_set(self):
        body = self._get_param("TemplateBody")
        if self._get_param("TemplateURL"):
            body = self._get_stack_from_s3_url(self._get_param("TemplateURL"))
        elif self._get_bool_param("UsePreviousTemplate", False):
            body = self.cloudformation_backend.get_stack(self._get_param("StackName")).template
        missing = _missing_iam_capability(cfn_models.Stack.parse_template(body),
                                          self._get_param("Capabilities", []))
        if missing:
            raise InsufficientCapabilities(f"Requires capabilities : [{missing}]")
        return original(self)

    responses.CloudFormationResponse.create_change_set = create_change_set


def _install_dms_subnet_group_fix():
    """DescribeReplicationSubnetGroups answered "subnet-12345" for every
    group; it now lists the subnets the group was made with (which the
    AWS::DMS::ReplicationSubnetGroup handler records: moto's backend drops them)."""
    from moto.dms.models import FakeReplicationSubnetGroup

    original = FakeReplicationSubnetGroup.to_dict

    def to_dict(self):
        described = original(self)
        described["Subnets"] = [{"SubnetIdentifier": subnet, "SubnetStatus": "Active"}
                                for subnet in self.subnetIds or []]
        return described

    FakeReplicationSubnetGroup.to_dict = to_dict


def _install_change_set_exports_fix():
    """A stack deployed through a change set (what `aws cloudformation
    deploy` does) could neither import nor export in moto: its resources
    were parsed without the region's exports ("No export named ... found"),
    and its own outputs' exports were never registered."""
    original = cfn_models.CloudFormationBackend.execute_change_set

    def execute(self, change_set_name, stack_name=None):
        change_set = self.change_sets.get(change_set_name) or next(
            (c for c in self.change_sets.values() if c.change_set_name == change_set_name), None)
        stack = self.stacks.get(change_set.stack_id) if change_set is not None else None
        if stack is not None:
            stack.cross_stack_resources = self.exports
            stack.resource_map.cross_stack_resources = self.exports
        original(self, change_set_name, stack_name)
        if stack is not None:
            for name in [n for n, e in self.exports.items()
                         if e.exporting_stack_id == stack.stack_id]:
                del self.exports[name]
            for export in stack.exports:
                self.exports[export.name] = export

    cfn_models.CloudFormationBackend.execute_change_set = execute


def _imported_names(value):
    """Every export name a template imports (Fn::ImportValue of a literal)."""
    if isinstance(value, dict):
        name = value.get("Fn::ImportValue")
        found = {name} if isinstance(name, str) else set()
        for item in value.values():
            found |= _imported_names(item)
        return found
    if isinstance(value, list):
        return set().union(*(_imported_names(item) for item in value)) if value else set()
    return set()


def _install_export_in_use_guard():
    """moto deleted a stack whose exports another stack imports, and dropped
    the exports from under the importer. CloudFormation refuses: a stack
    cannot be deleted while another stack references one of its outputs
    (Fn::ImportValue). Here, as there, the delete fails: the stack stays
    DELETE_FAILED, the event naming the export and its importers."""
    original = cfn_models.CloudFormationBackend.delete_stack

    def delete_stack(self, name_or_stack_id):
        stack = next((s for s in self.stacks.values()
                      if name_or_stack_id in (s.stack_id, s.name)), None)
        if stack is not None:
            exported = {e.name for e in stack.exports}
            users = {}
            for other in self.stacks.values():
                if other is stack:
                    continue
                for name in _imported_names(other.template_dict) & exported:
                    users.setdefault(name, []).append(other.name)
            if users:
                name = sorted(users)[0]
                stack.status = "DELETE_FAILED"
                stack._add_stack_event(
                    "DELETE_FAILED", resource_status_reason=(
                        f"Export {name} cannot be deleted as it is in use by "
                        f"{' and '.join(sorted(users[name]))}"))
                return None
        return original(self, name_or_stack_id)

    cfn_models.CloudFormationBackend.delete_stack = delete_stack


def install_all():
    _install_dynamic_references()
    _install_db_parameter_group_fix()
    _install_route_table_association_fix()
    _install_role_managed_policies_fix()
    _install_ec2_delete_fix()
    _install_template_summary_fix()
    _install_template_url_fix()
    _install_topic_tags_fix()
    _install_no_silent_update_guard()
    _install_kms_key_tags_fix()
    _install_change_set_outputs_fix()
    _install_kinesis_stream_fix()
    _install_capabilities_check()
    _install_dms_subnet_group_fix()
    _install_change_set_exports_fix()
    _install_export_in_use_guard()
