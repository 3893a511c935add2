"""Environments end to end on examples/environments.yaml: `synth --env` for
each environment writes the manifest environment and templates that differ
from the base exactly where that environment's layers say (compared with
`cdkpp diff --format json`), an unknown environment is exit 2 listing the
names, `cdkpp ls` lists the stacks, and the AWS CDK CLI lists the assembly."""
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
        assert sorted(artifacts) == ["Billing", "Orders"], artifacts
        assert {a["environment"] for a in artifacts.values()} == {uri}, (env, artifacts)


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


@check
def deploy_commands_name_the_region_and_the_order():
    result = cdkpp("synth", "-c", CONFIG, "-o", tempdir(), "--env", "prod")
    assert result.returncode == 0, result.stderr
    deploys = [line for line in result.stdout.splitlines() if "aws cloudformation deploy" in line]
    assert len(deploys) == 2 and all(" --region eu-west-1" in line for line in deploys), deploys
    assert result.stdout.count("  export AWS_REGION=eu-west-1\n") == 2, result.stdout
    assert "Deploy order: Orders, Billing\nRemoval order: Billing, Orders\n" in result.stdout


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
    assert result.stdout == "Orders\nBilling\n"
    result = cdkpp("ls", "-c", CONFIG, "--env", "prod", "--format", "json")
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert [s["name"] for s in listing] == ["Orders", "Billing"]
    assert all(s["environment"] == "aws://222222222222/eu-west-1" and s["kind"] == "pipeline"
               and s["dependencies"] == [] and s["resources"] > 20 for s in listing), listing
    result = cdkpp("ls", "-c", CONFIG, "--env", "dev", "--long")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Orders  pipeline  aws://111111111111/eu-west-1  "), result.stdout
    assert result.stdout.splitlines()[0].endswith(" resources  depends on: -"), result.stdout


@check
def cdk_cli_lists_the_environment_assembly():
    result = cdk("ls", "--app", synth_env("prod"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Orders", "Billing"], result.stdout


run()
