"""The emulator's stand-in for the Lambda function behind
Custom::DmsServiceRoles. moto cannot run Lambda code (it would need Docker),
so this handler runs the very file cdkpp embeds in the template,
src/constructs/lambda/dms_service_roles.py, in the emulator process: its
boto3 IAM client talks to the emulator itself, cfnresponse is a recording
double, and a FAILED answer fails the stack operation with its reason, as
CloudFormation does. It first checks that the ServiceToken names a function
the stack made whose ZipFile is that file, byte for byte."""
import io
import os
import zipfile

import boto3
from moto.awslambda.models import lambda_backends
from moto.cloudformation import parsing
from moto.core.common_models import CloudFormationModel

from deploy.cfn_base import Handler, HandlerError

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Set by emulator.start_server once the port is known.
ENDPOINT_VARIABLE = "CDKPP_EMULATOR_ENDPOINT"

_module = None
_responses = None
# Seconds the handler asked to wait for IAM propagation (moto's IAM is
# consistent at once, so the emulator records the wait instead of sleeping).
waits = []


def _handler():
    global _module, _responses
    if _module is None:
        import sys
        sys.path.insert(0, os.path.join(SOURCE, "tests"))
        from support.cfnresponse_double import install_cfnresponse, load_handler
        _responses = install_cfnresponse()
        _module = load_handler(SOURCE)
    return _module


def _function_exists(service_token, account_id, region):
    try:
        lambda_backends[account_id][region].get_function(service_token)
        return True
    except Exception:
        return False


def _check_function(service_token, account_id, region):
    try:
        function = lambda_backends[account_id][region].get_function(service_token)
    except Exception as error:
        raise HandlerError(f"ServiceToken {service_token!r} is no Lambda function") from error
    with open(os.path.join(SOURCE, "src", "constructs", "lambda", "dms_service_roles.py"),
              "rb") as f:
        handler_file = f.read()
    # moto zips inline code as index.py, as Lambda does.
    with zipfile.ZipFile(io.BytesIO(function.code_bytes)) as archive:
        deployed = archive.read("index.py")
    if deployed != handler_file:
        raise HandlerError("the function's ZipFile is not src/constructs/lambda/dms_service_roles.py")


def invoke(request_type, props, account_id, region, physical=None):
    """Runs the handler for one request; returns its physical id or raises
    HandlerError with the reason of a FAILED answer."""
    module = _handler()
    # moto deletes a stack's resources in set order, retrying failures, not in
    # reverse dependency order as CloudFormation does: on Delete the function
    # may already be gone. Its code was checked on Create.
    if request_type != "Delete" or _function_exists(props["ServiceToken"], account_id, region):
        _check_function(props["ServiceToken"], account_id, region)
    iam = boto3.client("iam", endpoint_url=os.environ[ENDPOINT_VARIABLE], region_name=region,
                       aws_access_key_id="testing", aws_secret_access_key="testing")
    event = {"RequestType": request_type, "ResponseURL": "http://127.0.0.1:9/unused",
             "StackId": "emulated", "RequestId": "emulated", "LogicalResourceId": "ServiceRoles",
             "ResourceType": "Custom::DmsServiceRoles", "ResourceProperties": props}
    if physical:
        event["PhysicalResourceId"] = physical
    _responses.clear()
    module.handler(event, None, iam=iam, sleep=waits.append)
    if len(_responses) != 1:
        raise HandlerError(f"the handler answered {len(_responses)} times")
    answer = _responses[0]
    if answer["status"] != "SUCCESS":
        raise HandlerError(f"Custom::DmsServiceRoles failed: {answer['reason']}")
    return answer["physical"]


class CfnDmsServiceRoles(Handler, CloudFormationModel):
    TYPE = "Custom::DmsServiceRoles"
    ATTRIBUTES = ()

    @classmethod
    def create(cls, name, props, account_id, region):
        physical = invoke("Create", props, account_id, region)
        return cls(physical, props, account_id, region)

    def modify(self, props):
        self.physical_id = invoke("Update", props, self.account_id, self.region, self.physical_id)

    def delete(self, account_id, region_name):
        invoke("Delete", self.props, account_id, region_name, self.physical_id)


def install():
    """moto sends every Custom:: type to its Docker-backed CustomModel; a type
    registered here goes to its handler instead."""
    original = parsing.resource_class_from_type

    def resource_class_from_type(resource_type):
        if resource_type == CfnDmsServiceRoles.TYPE:
            return CfnDmsServiceRoles
        return original(resource_type)

    parsing.resource_class_from_type = resource_class_from_type
