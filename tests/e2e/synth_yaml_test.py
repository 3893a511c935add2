"""`cdkpp synth --format yaml` and `synth --print`: YAML templates with
CloudFormation short-form tags, cfn-lint clean and equal to the JSON template
when loaded; --print writes one template to stdout (YAML on a terminal) and
nothing to disk. The YAML deploy is tests/e2e/deploy_yaml_test.py."""
import glob
import json
import os
import subprocess

from cfnlint.decode import cfn_yaml

from e2e_support import (EXAMPLE_CONFIG, SOURCE_DIR, STACK, cdkpp, check, configs, lint, on_terminal, read_bytes,
                         run, synth, tempdir)


@check
def yaml_templates_equal_json_when_loaded_and_lint_clean():
    yaml_templates = []
    for config in configs():
        json_out, yaml_out = tempdir(), tempdir()
        synth(config, json_out)
        synth(config, yaml_out, "--format", "yaml")
        manifest = json.load(open(os.path.join(yaml_out, "manifest.json")))
        for name, artifact in manifest["artifacts"].items():
            yaml_file = artifact["properties"]["templateFile"]
            assert yaml_file == f"{name}.template.yaml", yaml_file
            path = os.path.join(yaml_out, yaml_file)
            loaded = json.loads(json.dumps(cfn_yaml.load(path)))
            assert loaded == json.load(open(os.path.join(json_out, f"{name}.template.json"))), (config, name)
            text = open(path).read()
            assert "!Ref " in text and "!GetAtt " in text and '{"Ref"' not in text, text[:2000]
            yaml_templates.append(path)
        assert not glob.glob(os.path.join(yaml_out, "*.template.json"))
    lint(yaml_templates)


@check
def yaml_is_byte_identical_across_runs():
    a, b = tempdir(), tempdir()
    synth(EXAMPLE_CONFIG, a, "--format", "yaml")
    synth(EXAMPLE_CONFIG, b, "--format", "yaml")
    name = f"{STACK}.template.yaml"
    assert read_bytes(os.path.join(a, name)) == read_bytes(os.path.join(b, name))


@check
def print_writes_the_template_to_stdout_and_nothing_to_disk():
    out, work = tempdir(), tempdir()
    synth(EXAMPLE_CONFIG, out)
    printed = cdkpp("synth", "--print", "-c", EXAMPLE_CONFIG, cwd=work)
    assert printed.returncode == 0 and printed.stderr == "", printed.stderr
    assert printed.stdout.encode() == read_bytes(os.path.join(out, f"{STACK}.template.json"))
    assert os.listdir(work) == [], os.listdir(work)
    as_yaml = cdkpp("synth", "--print", "--format", "yaml", "-c", EXAMPLE_CONFIG, cwd=work)
    yaml_out = tempdir()
    synth(EXAMPLE_CONFIG, yaml_out, "--format", "yaml")
    assert as_yaml.stdout.encode() == read_bytes(os.path.join(yaml_out, f"{STACK}.template.yaml"))


@check
def print_is_yaml_on_a_terminal_unless_format_says():
    assert on_terminal("synth", "--print", "-c", EXAMPLE_CONFIG).startswith("Description: ")
    assert on_terminal("synth", "--print", "--format", "json", "-c", EXAMPLE_CONFIG).startswith("{\n")


@check
def print_needs_one_stack():
    two = os.path.join(SOURCE_DIR, "tests", "testdata", "synth", "two_stacks.yaml")
    result = cdkpp("-q", "synth", "--print", "-c", two)  # -q: only the error on stderr
    assert result.returncode == 2 and result.stdout == "", result
    assert result.stderr.startswith("error: synth --print writes one template; choose a stack with --stack ("), \
        result.stderr
    names = result.stderr.split("(", 1)[1].rstrip(")\n").split(", ")
    one = cdkpp("synth", "--print", "-c", two, "--stack", names[1])
    assert one.returncode == 0 and json.loads(one.stdout)["Resources"], one.stderr


run()
