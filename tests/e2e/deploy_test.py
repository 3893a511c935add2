#!/usr/bin/env python3
"""Deploy tests: each scenario synthesizes a config, deploys it with `aws
cloudformation deploy` (the command `cdkpp synth` printed) on the local AWS
emulator and checks every configured value through the service APIs
(docs/deploy-tests.md). ctest runs one entry per scenario, e2e.deploy_<name>.

    python3 tests/e2e/deploy_test.py NAME     one scenario (CDKPP_BIN=build/cdkpp)
    python3 tests/e2e/deploy_test.py --list   the scenario names, for CMake
"""
import os
import sys

SOURCE = os.environ.get("CDKPP_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

EXAMPLE = ("examples", "pipeline.yaml")

# name -> (what it shows, the flow in tests/deploy/scenario.py, its config
# under the source tree, the flow's options)
SCENARIOS = {
    "default": (
        "The default example deploys in a fresh account (serviceRoles: auto "
        "creates both DMS roles), shows every configured value, and delete-stack "
        "leaves nothing behind but the DMS roles, unchanged.",
        "create_verify_delete", EXAMPLE, {"run_steps": True}),
    "yaml": (
        "The example's YAML template (`synth --format yaml`, short-form tags) "
        "deploys, shows every configured value, and deletes cleanly.",
        "create_verify_delete", EXAMPLE, {"template_format": "yaml"}),
    "custom": (
        "tests/deploy/configs/custom.yaml (see its header): values other than "
        "the defaults deploy and show; delete-stack leaves nothing.",
        "create_verify_delete", ("tests", "deploy", "configs", "custom.yaml"), {}),
    "custom_on_demand": (
        "An ON_DEMAND, KMS-encrypted stream in an account that already has the "
        "DMS service roles (createServiceRoles: false); delete-stack leaves them.",
        "create_verify_delete", ("tests", "deploy", "configs", "custom-on-demand.yaml"), {}),
    "roles_present": (
        "The example (serviceRoles: auto) in an account that already has both "
        "DMS roles: the deploy leaves them as they were, delete-stack keeps them.",
        "create_verify_delete", EXAMPLE, {"account_roles": "both"}),
    "roles_partial": (
        "The example (serviceRoles: auto) in an account with dms-vpc-role only: "
        "the custom resource creates the other one; delete-stack keeps both.",
        "create_verify_delete", EXAMPLE, {"account_roles": "vpc-only"}),
    "update": (
        "Two updates of the example: each time the stack shows the new values "
        "and `cdkpp diff` predicted which resources keep their physical id.",
        "create_update_delete", EXAMPLE, {}),
    "production": (
        "templates/production: private Multi-AZ database with deletion "
        "protection, password rotation (a Transform: CAPABILITY_AUTO_EXPAND), "
        "flow logs, an extra alarm, a Session Manager bastion and interface "
        "endpoints with no NAT gateway; the printed steps (port forwarding) run. "
        "Not deleted: deletion protection refuses that in AWS, which is the "
        "profile's point.",
        "create_verify_delete", ("templates", "production", "cdkpp.yaml"),
        {"delete": False, "run_steps": True}),
    "existing": (
        "An account's own VPC, database (with its DMS secret) and stream, made "
        "first through the AWS CLI: the stack creates none of them and uses "
        "each; delete-stack leaves them intact and nothing of the stack.",
        "existing_resources", EXAMPLE, {}),
    "aurora": (
        "examples/aurora.yaml with deletion protection off: the Aurora MySQL "
        "cluster, its binlog parameter group, writer and reader exist as "
        "configured, the secret and DMS read the cluster; delete-stack leaves "
        "nothing.",
        "aurora_cluster", ("examples", "aurora.yaml"), {}),
    "serverless": (
        "examples/serverless.yaml with deletion protection off: a DMS Serverless "
        "replication config (no instance, no task) with the configured capacity, "
        "network and settings, its log group and alarms; delete-stack leaves "
        "nothing.",
        "dms_serverless", ("examples", "serverless.yaml"), {}),
    "shared_network": (
        "examples/environments.yaml: the Network stack, then Orders and Billing "
        "in its VPC through Fn::ImportValue, in the printed order; their DMS and "
        "RDS subnet groups are the network's private subnets and they create no "
        "network resource; deleting the network first fails while imported; "
        "deleting in the printed removal order leaves nothing.",
        "shared_network", ("examples", "environments.yaml"), {}),
    "large_template": (
        "A template over 51,200 bytes is refused inline and deploys through "
        "--s3-bucket on the emulator's S3; delete-stack leaves nothing.",
        "large_template_through_s3", EXAMPLE, {}),
}


def main(argv):
    if argv == ["--list"]:
        print(";".join(SCENARIOS))  # a CMake list
        return
    if len(argv) != 1 or argv[0] not in SCENARIOS:
        print(f"usage: deploy_test.py --list | {' | '.join(SCENARIOS)}", file=sys.stderr)
        sys.exit(2)
    summary, flow, config, options = SCENARIOS[argv[0]]
    print(f"deploy scenario {argv[0]}: {summary}", flush=True)
    # Imported here: --list runs at CMake configure time and needs nothing.
    sys.path.insert(0, os.path.join(SOURCE, "tests"))
    from deploy import harness, scenario
    harness.main(lambda checks: getattr(scenario, flow)(
        checks, os.path.join(SOURCE, *config), **options))


if __name__ == "__main__":
    main(sys.argv[1:])
