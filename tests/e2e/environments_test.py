"""Environments end to end on examples/environments.yaml (a shared Network
stack, Orders and Billing in its VPC): `synth --env` for each environment
writes the manifest environment and the pipelines' dependencies on the
network, templates that differ from the base exactly where that
environment's layers say (compared with `cdkpp diff --format json`), deploy
and removal order; an unknown environment is exit 2 listing the names,
`cdkpp ls` lists the stacks in deploy order, and the AWS CDK CLI lists the
assembly in dependency order and reads the dependencies."""
import json
import os

from e2e_support import SOURCE_DIR, cdk, cdkpp, check, run, synth, tempdir

CONFIG = os.path.join(SOURCE_DIR, "examples", "environments.yaml")
ENVIRONMENTS = {"dev": "aws://111111111111/eu-west-1", "staging": "aws://333333333333/eu-central-1",
                "prod": "aws://222222222222/eu-west-1"}


def synth_env(env):
    out = tempdir()
    synth(CONFIG, out, *(["--env", env] if env else []))
    return out


def manifest(out):
    with open(os.path.join(out, "manifest.json")) as f:
        return json.load(f)


def database_changes(base, other, stack):
    """The changed properties of the stack's database instance: {property: (old, new)}."""
    result = cdkpp("diff", "--format", "json", os.path.join(base, f"{stack}.template.json"),
                   os.path.join(other, f"{stack}.template.json"))
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    changes = {}
    for resource in report["resources"]:
        assert resource["type"] == "AWS::RDS::DBInstance", resource  # nothing else differs
        for change in resource["changes"]:
            assert change["path"][0] == "Properties", change
            changes[change["path"][1]] = (change.get("old"), change.get("new"))
    return changes


@check
def manifest_names_each_environment():
    assert {a["environment"] for a in manifest(synth_env(None))["artifacts"].values()} == \
        {"aws://unknown-account/unknown-region"}
    for env, uri in ENVIRONMENTS.items():
        artifacts = manifest(synth_env(env))["artifacts"]
        assert sorted(artifacts) == ["Billing", "Network", "Orders"], artifacts
        assert {a["environment"] for a in artifacts.values()} == {uri}, (env, artifacts)
        assert "dependencies" not in artifacts["Network"], artifacts["Network"]
        assert artifacts["Orders"]["dependencies"] == ["Network"], artifacts["Orders"]
        assert artifacts["Billing"]["dependencies"] == ["Network"], artifacts["Billing"]


@check
def templates_differ_exactly_where_the_layers_say():
    base = synth_env(None)
    assert database_changes(base, synth_env("dev"), "Orders") == {}
    assert database_changes(base, synth_env("staging"), "Billing") == {
        "BackupRetentionPeriod": (1, 3)}
    prod = synth_env("prod")
    assert database_changes(base, prod, "Orders") == {
        "BackupRetentionPeriod": (1, 7), "MultiAZ": (False, True), "DeletionProtection": (False, True),
        "DBInstanceClass": ("db.t3.micro", "db.r6g.large")}
    assert database_changes(base, prod, "Billing") == {
        "BackupRetentionPeriod": (1, 7), "MultiAZ": (False, True), "DeletionProtection": (False, True)}
    # No layer names the network: it is the same in every environment.
    assert database_changes(base, prod, "Network") == {}


@check
def deploy_commands_name_the_region_and_the_order():
    result = cdkpp("synth", "-c", CONFIG, "-o", tempdir(), "--env", "prod")
    assert result.returncode == 0, result.stderr
    deploys = [line for line in result.stdout.splitlines() if "aws cloudformation deploy" in line]
    assert len(deploys) == 3 and all(" --region eu-west-1" in line for line in deploys), deploys
    assert [d.split(" --stack-name ")[1].split()[0] for d in deploys] == \
        ["Network", "Orders", "Billing"], deploys
    # Only the pipelines have steps after deploy (AWS CLI calls in the region).
    assert result.stdout.count("  export AWS_REGION=eu-west-1\n") == 2, result.stdout
    assert "Deploy order: Network, Orders, Billing\nRemoval order: Billing, Orders, Network\n" \
        in result.stdout


@check
def unknown_environment_is_a_usage_error_listing_the_names():
    result = cdkpp("synth", "-c", CONFIG, "-o", tempdir(), "--env", "prd")
    assert result.returncode == 2, result
    assert 'no environment named "prd"; did you mean "prod"?; the config\'s environments: dev ' \
        'staging prod' in result.stderr, result.stderr


@check
def ls_lists_the_stacks_in_deploy_order():
    result = cdkpp("ls", "-c", CONFIG)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Network\nOrders\nBilling\n"
    result = cdkpp("ls", "-c", CONFIG, "--env", "prod", "--format", "json")
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert [(s["name"], s["kind"], s["dependencies"]) for s in listing] == [
        ("Network", "network", []), ("Orders", "pipeline", ["Network"]),
        ("Billing", "pipeline", ["Network"])], listing
    assert all(s["environment"] == "aws://222222222222/eu-west-1" for s in listing), listing
    assert all(s["resources"] > 20 for s in listing[1:]), listing
    result = cdkpp("ls", "-c", CONFIG, "--env", "dev", "--long")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Network  network   aws://111111111111/eu-west-1  "), lines
    assert lines[0].endswith(" resources  depends on: -"), lines
    assert lines[1].startswith("Orders   pipeline  aws://111111111111/eu-west-1  "), lines
    assert lines[1].endswith(" resources  depends on: Network"), lines


@check
def cdk_cli_lists_the_environment_assembly():
    out = synth_env("prod")
    result = cdk("ls", "--app", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Network", "Orders", "Billing"], result.stdout
    # The CLI reads the manifest's dependencies (it lists in the manifest's
    # order, which is the deploy order; --show-dependencies names them).
    result = cdk("ls", "--app", out, "--show-dependencies")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "- id: Network\n  dependencies: []\n"
        "- id: Orders\n  dependencies:\n    - id: Network\n      dependencies: []\n"
        "- id: Billing\n  dependencies:\n    - id: Network\n      dependencies: []"), \
        result.stdout


run()
