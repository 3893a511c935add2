"""The shared part of the emulator's CloudFormation handlers: the moto
CloudFormationModel plumbing (Ref, GetAtt, create/update/delete dispatch with
CloudFormation's update-or-replace rule) and the error type that fails a
stack operation the way AWS refuses a request."""
from moto.cloudformation.exceptions import CloudFormationError


class HandlerError(CloudFormationError):
    """A request real AWS would refuse; fails the stack operation with a
    readable error (HTTP 400) instead of moto's HTTP 500."""

    code = "ValidationError"


class Handler:
    """Shared CloudFormation plumbing. Subclasses also derive directly from
    CloudFormationModel, because moto finds handlers through
    CloudFormationModel.__subclasses__() (direct subclasses only).

    An update replaces the resource (new physical id) when one of
    CREATE_ONLY (the type's createOnlyProperties in its resource provider
    schema) changes, and modifies it in place otherwise."""

    TYPE = ""
    NAME_PROPERTY = ""
    CREATE_ONLY: tuple = ()
    ATTRIBUTES: tuple = ()

    def __init__(self, physical_id, props, account_id, region):
        self.physical_id = physical_id
        self.props = props
        self.account_id = account_id
        self.region = region

    # --- moto's CloudFormationModel interface ---
    @classmethod
    def cloudformation_type(cls):
        return cls.TYPE

    @classmethod
    def cloudformation_name_type(cls):
        return cls.NAME_PROPERTY

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in cls.ATTRIBUTES

    @property
    def physical_resource_id(self):
        return self.physical_id

    def get_cfn_attribute(self, name):
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException

        if name not in self.ATTRIBUTES:
            raise UnformattedGetAttTemplateException()
        return self.attribute(name)

    def is_created(self):
        return True

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json,
                                        account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties") or {}
        return cls.create(resource_name, props, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name,
                                        cloudformation_json, account_id, region_name):
        props = cloudformation_json.get("Properties") or {}
        old = original_resource.props
        if any(props.get(k) != old.get(k) for k in cls.CREATE_ONLY):
            # Replacement: CloudFormation creates the new one, then deletes the old.
            replacement = cls.create(new_resource_name, props, account_id, region_name)
            original_resource.delete(account_id, region_name)
            return replacement
        original_resource.modify(props)
        original_resource.props = props
        return original_resource

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json,
                                        account_id, region_name):
        pass  # moto calls instance.delete() first; nothing is left for this path.

    # --- per type ---
    @classmethod
    def create(cls, name, props, account_id, region):
        raise NotImplementedError

    def attribute(self, name):
        # "Id", the one attribute most types have, is their Ref: the physical id.
        return self.physical_id

    def modify(self, props):
        # Types whose in-place update no test exercises do not pretend to.
        raise HandlerError(f"the emulator cannot update {self.TYPE} in place")

    def delete(self, account_id, region_name):
        raise NotImplementedError


class ApplyHandler(Handler):
    """A type whose create and in-place update are the same backend call:
    the subclass defines apply(props), which may set physical_id (a
    resource whose Ref is another resource's id, e.g. the secret's ARN)."""

    @classmethod
    def create(cls, name, props, account_id, region):
        handler = cls(name, props, account_id, region)
        handler.apply(props)
        return handler

    def modify(self, props):
        self.apply(props)

    def apply(self, props):
        raise NotImplementedError


def handler_classes():
    """Every concrete handler (one with a TYPE), however deep it derives."""
    found, pending = [], [Handler]
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if cls.TYPE:
            found.append(cls)
    return sorted(found, key=lambda c: c.TYPE)


def tags(props):
    return [{"Key": t["Key"], "Value": t["Value"]} for t in props.get("Tags") or []]
