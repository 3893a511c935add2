"""cfn-lint reports zero errors and zero warnings on every template the
examples, templates/ and the test configs produce."""
import glob
import os
import subprocess

from e2e_support import EXAMPLE_BIN, check, configs, lint, run, synth, tempdir


@check
def every_config_template_is_clean():
    templates = []
    for config in configs():
        out = tempdir()
        synth(config, out)
        templates += sorted(glob.glob(os.path.join(out, "*.template.json")))
    assert len(templates) >= len(configs()), templates
    lint(templates)


@check
def example_program_template_is_clean():
    out = tempdir()
    subprocess.run([EXAMPLE_BIN, out], check=True, capture_output=True)
    lint(sorted(glob.glob(os.path.join(out, "*.template.json"))))


@check
def lint_catches_a_broken_template():
    # Guards the guard: a template cfn-lint must reject, so a silent linter fails this test.
    path = os.path.join(tempdir(), "broken.json")
    with open(path, "w") as f:
        f.write('{"Resources": {"S": {"Type": "AWS::Kinesis::Stream", "Properties": {"ShardCount": "x"}}}}')
    result = subprocess.run(["cfn-lint", path], capture_output=True, text=True)
    assert result.returncode != 0, result.stdout


run()
