"""`cdkpp schema` against real configs: the JSON Schema is valid draft-07,
accepts every valid config of the repository and rejects every bad config of
tests/testdata/config/bad/ (type, enum, range, pattern, unknown or missing
key), each of which cdkpp rejects too, at the key its first line names.

YAML is read with the YAML 1.2 core schema, as cdkpp and the YAML language
server read it (PyYAML's default YAML 1.1 rules would make `yes` a bool and
`1e3` a string)."""
import glob
import json
import os
import re

import jsonschema
import yaml

from e2e_support import SOURCE_DIR, cdkpp, check, run


class CoreSchemaLoader(yaml.SafeLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema's plain scalars."""


CoreSchemaLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+0123456789.")),
]:
    CoreSchemaLoader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), first)
# Merge keys (`<<: *name`), which cdkpp and the YAML language server expand.
CoreSchemaLoader.add_implicit_resolver("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), ["<"])
# YAML 1.2 has no octal "012": it is twelve.
CoreSchemaLoader.add_constructor("tag:yaml.org,2002:int",
                                 lambda loader, node: int(loader.construct_scalar(node)))


def load(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith(".json"):
            return json.load(f)
        return yaml.load(f, Loader=CoreSchemaLoader)  # noqa: S506 - a safe loader


def schema():
    result = cdkpp("schema")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def validator():
    return jsonschema.Draft7Validator(schema())


def files(*patterns):
    found = sorted(p for pattern in patterns for p in glob.glob(os.path.join(SOURCE_DIR, pattern)))
    assert found, f"no files for {patterns}"
    return found


VALID = ("examples/*.yaml", "templates/*/cdkpp.yaml", "tests/testdata/config/*.yaml",
         "tests/testdata/config/*.json", "tests/testdata/synth/*.yaml", "tests/deploy/configs/*.yaml")
BAD = ("tests/testdata/config/bad/*.yaml", "tests/testdata/config/bad/*.json")


@check
def schema_is_valid_draft_07():
    document = schema()
    assert document["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(document)


@check
def schema_bytes_are_deterministic():
    assert cdkpp("schema").stdout == cdkpp("schema").stdout


@check
def core_schema_loader_reads_as_cdkpp_does():
    assert yaml.load("a: yes\nb: 1e3\nc: 012\nd: ~\n", Loader=CoreSchemaLoader) == \
        {"a": "yes", "b": 1000.0, "c": 12, "d": None}


@check
def every_valid_config_validates():
    v = validator()
    for path in files(*VALID):
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in v.iter_errors(load(path))]
        assert not errors, f"{path}: {errors}"
        result = cdkpp("validate", "-q", "-c", path)
        assert result.returncode != 2, f"cdkpp refuses {path}:\n{result.stderr}"


@check
def every_bad_config_is_rejected_by_both():
    v = validator()
    for path in files(*BAD):
        result = cdkpp("validate", "-q", "-c", path)
        assert result.returncode == 2, f"cdkpp accepts {path}: {result.returncode}"
        with open(path, encoding="utf-8") as f:
            first = f.readline()
        if first.startswith("# cdkpp reports: "):
            key = first.split(": ", 1)[1].strip()
            assert f": {key}: " in result.stderr, f"{path}: cdkpp said\n{result.stderr}"
        assert not v.is_valid(load(path)), f"the JSON Schema accepts {path}"


run()
