"""The deploy-test flows shared by tests/e2e/deploy_*_test.py."""
import os
import tempfile

from deploy import expect, leftovers, verify
from deploy.harness import Aws, Cdkpp, Emulator


def delete_stack(aws, stack):
    aws("cloudformation", "delete-stack", "--stack-name", stack)
    aws.run("cloudformation", "wait", "stack-delete-complete", "--stack-name", stack)


def synth_one(cdkpp, config, out_dir):
    """Synthesizes config; returns (stack name, template path, expected values)."""
    want = expect.load(config)
    templates = cdkpp.synth(config, out_dir)
    if want["name"] not in templates:
        raise AssertionError(f"synth wrote {sorted(templates)}, not {want['name']}")
    return want["name"], templates[want["name"]], want


def create_verify_delete(checks, config):
    """synth -> `aws cloudformation deploy` -> every check -> delete-stack ->
    nothing left in any service."""
    with tempfile.TemporaryDirectory() as tmp:
        stack, template, want = synth_one(Cdkpp(), config, os.path.join(tmp, "out"))
        with Emulator() as emulator, Aws(emulator) as aws:
            before = leftovers.inventory(aws)
            aws.deploy(stack, template)
            verify.verify_stack(checks, aws, stack, want)
            delete_stack(aws, stack)
            leftovers.check_nothing_left(checks, before, leftovers.inventory(aws))
