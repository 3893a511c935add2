"""The AWS CDK CLI reads cdkpp's output directory as a cloud assembly
(`cdk ls --app DIR`), so `cdk deploy --app DIR` is an option for users who
already run the CDK CLI. Uses the pinned CLI that scripts/dev.sh installs."""
import os

from e2e_support import EXAMPLE_CONFIG, SOURCE_DIR, cdk, check, run, synth, tempdir

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
