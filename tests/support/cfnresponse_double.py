"""A recording stand-in for `cfnresponse`, the module Lambda provides to
inline (ZipFile) functions only, and the loader of the DMS service-role
handler as a module. Shared by the handler's unit tests and the deploy-test
emulator, which both run the handler file cdkpp embeds in templates."""
import importlib.util
import os
import sys
import types


def install_cfnresponse():
    """Puts a `cfnresponse` module into sys.modules whose send() appends
    {status, data, physical, reason} to the list returned."""
    responses = []
    module = types.ModuleType("cfnresponse")
    module.SUCCESS, module.FAILED = "SUCCESS", "FAILED"

    def send(event, context, status, data, physical=None, noEcho=False, reason=None):
        responses.append({"status": status, "data": data, "physical": physical,
                          "reason": reason, "request": event["RequestType"]})

    module.send = send
    module.responses = responses
    sys.modules["cfnresponse"] = module
    return responses


def load_handler(source_dir):
    """The handler file cdkpp embeds, imported as a module."""
    path = os.path.join(source_dir, "src", "constructs", "lambda", "dms_service_roles.py")
    spec = importlib.util.spec_from_file_location("dms_service_roles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
