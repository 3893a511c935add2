"""`cdkpp synth` as users run it: exit codes, default config lookup, atomic
writes (nothing written on error), --stack, --help and --version (-q:
cli_rough_edges_test.py)."""
import json
import os
import re
import shutil

from e2e_support import EXAMPLE_CONFIG, STACK, cdkpp, check, read_bytes, run, synth, tempdir


@check
def help_and_version_exit_zero():
    assert cdkpp("--help").returncode == 0
    version = cdkpp("--version")
    assert version.returncode == 0 and version.stdout.startswith("cdkpp "), version.stdout
    assert cdkpp("synth", "--help").returncode == 0


@check
def usage_errors_exit_two():
    assert cdkpp().returncode == 2
    assert cdkpp("frobnicate").returncode == 2
    assert cdkpp("synth", "--no-such-flag").returncode == 2


@check
def default_config_is_found_in_working_directory():
    work = tempdir()
    shutil.copy(EXAMPLE_CONFIG, os.path.join(work, "cdkpp.yaml"))
    result = cdkpp("synth", cwd=work)
    assert result.returncode == 0, result.stderr
    assert os.path.exists(os.path.join(work, "cdk.out", f"{STACK}.template.json"))
    assert os.path.exists(os.path.join(work, "cdk.out", "manifest.json"))


@check
def missing_default_config_is_a_usage_error():
    result = cdkpp("synth", cwd=tempdir())
    assert result.returncode == 2
    assert "cdkpp.yaml" in result.stderr and "cdkpp.json" in result.stderr, result.stderr


@check
def bad_config_leaves_existing_output_untouched():
    work = tempdir()
    out = os.path.join(work, "out")
    synth(EXAMPLE_CONFIG, out)
    before = {n: read_bytes(os.path.join(out, n)) for n in os.listdir(out)}
    bad = os.path.join(work, "pipeline.yaml")
    with open(EXAMPLE_CONFIG) as f:
        text = re.sub(r"shardCount: \S+", "shardCount: two", f.read())
    with open(bad, "w") as f:
        f.write(text)
    result = cdkpp("synth", "-c", bad, "-o", out)
    assert result.returncode == 2, result.returncode
    assert 'stacks[0].stream.shardCount: expected an integer' in result.stderr, result.stderr
    assert f"{bad}:" in result.stderr, result.stderr
    after = {n: read_bytes(os.path.join(out, n)) for n in os.listdir(out)}
    assert before == after, "output changed or temporary files left behind"


@check
def print_deploy_command_with_capabilities_and_post_deploy_steps():
    result = synth(EXAMPLE_CONFIG, tempdir())
    # serviceRoles: auto names no IAM resource, so CAPABILITY_IAM suffices.
    assert "--no-fail-on-empty-changeset --capabilities CAPABILITY_IAM" in result.stdout, result.stdout
    assert "CALL mysql.rds_set_configuration('binlog retention hours', 24);" in result.stdout
    assert "aws kinesis get-records" in result.stdout
    assert "aws dms start-replication-task" in result.stdout


@check
def bare_config_synthesizes_private_without_security_errors():
    work = tempdir()
    config = os.path.join(work, "cdkpp.yaml")
    with open(config, "w") as f:
        f.write("stacks: [{name: Demo}]\n")  # every default: a private database
    result = cdkpp("synth", "-c", config, "-o", os.path.join(work, "out"))
    assert result.returncode == 0, result.stderr
    assert "error CDKPP-SEC" not in result.stderr, result.stderr
    with open(os.path.join(work, "out", "Demo.template.json")) as f:
        template = json.load(f)
    databases = [r for r in template["Resources"].values() if r["Type"] == "AWS::RDS::DBInstance"]
    assert [d["Properties"]["PubliclyAccessible"] for d in databases] == [False], databases


@check
def synth_refuses_templates_with_unsuppressed_validation_errors():
    work = tempdir()
    config = os.path.join(work, "cdkpp.yaml")
    public = ("stacks:\n  - name: Demo\n"
              "    database: {publiclyAccessible: true, allowedCidrs: [0.0.0.0/0]}\n")
    with open(config, "w") as f:
        f.write(public)  # the seed's public test database, nothing accepted
    result = cdkpp("synth", "-c", config, "-o", os.path.join(work, "out"))
    assert result.returncode == 2, result
    assert "error CDKPP-SEC-002" in result.stderr and "error CDKPP-SEC-003" in result.stderr, result.stderr
    assert "not writing templates with errors" in result.stderr, result.stderr
    assert not os.path.exists(os.path.join(work, "out")), "wrote output despite errors"
    with open(config, "w") as f:
        f.write(public + "    suppressions:\n"
                "      - {rule: CDKPP-SEC-002, reason: test database}\n"
                "      - {rule: CDKPP-SEC-003, reason: test database}\n")
    result = cdkpp("synth", "-c", config, "-o", os.path.join(work, "out"))
    assert result.returncode == 0, result.stderr
    assert "warning CDKPP-SEC-007" in result.stderr, "unsuppressed warnings are shown"


@check
def stack_option_selects_one_stack():
    config = os.path.join(os.environ.get("CDKPP_SOURCE_DIR", "."), "tests", "testdata", "synth", "two_stacks.yaml")
    out = tempdir()
    synth(config, out, "--stack", "Demo")
    assert sorted(os.listdir(out)) == ["Demo.template.json", "cdk.out", "manifest.json"], os.listdir(out)
    result = cdkpp("synth", "-c", config, "-o", tempdir(), "--stack", "Nope")
    assert result.returncode == 2 and 'no stack named "Nope"' in result.stderr, result.stderr


run()
