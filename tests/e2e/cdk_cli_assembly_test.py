"""The AWS CDK CLI reads cdkpp's output directory as a cloud assembly
(`cdk ls --app DIR`), so `cdk deploy --app DIR` is an option for users who
already run the CDK CLI. Uses the pinned CLI that scripts/dev.sh installs."""
import os
import subprocess

from e2e_support import EXAMPLE_CONFIG, SOURCE_DIR, check, run, synth, tempdir

CDK = os.path.join(SOURCE_DIR, "build", "tools", "node_modules", ".bin", "cdk")


def cdk(*args):
    assert os.path.exists(CDK), f"{CDK} is missing: `bash scripts/dev.sh test` installs it"
    # A clean environment: the CLI reads every CDK* variable (CDKPP_BIN too) as
    # an option, and with CI=true it logs to stdout.
    home = tempdir()
    env = {"PATH": os.environ["PATH"], "HOME": home, "CDK_HOME": home,
           "CDK_DISABLE_VERSION_CHECK": "1", "AWS_ACCESS_KEY_ID": "testing",
           "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1",
           "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"}
    return subprocess.run([CDK, *args], capture_output=True, text=True, env=env, timeout=120)


@check
def cdk_lists_the_stacks_of_the_assembly():
    config = os.path.join(SOURCE_DIR, "tests", "testdata", "synth", "two_stacks.yaml")
    out = tempdir()
    synth(config, out)
    result = cdk("ls", "--app", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Demo", "Demo-Four-Shards"], result.stdout


@check
def cdk_reads_back_the_same_template():
    out = tempdir()
    synth(EXAMPLE_CONFIG, out)
    result = cdk("synth", "--app", out, "--json", "DmsMysqlKinesisCloudwatch1Stack")
    assert result.returncode == 0, result.stderr
    import json
    with open(os.path.join(out, "DmsMysqlKinesisCloudwatch1Stack.template.json")) as f:
        assert json.loads(result.stdout) == json.load(f)


run()
