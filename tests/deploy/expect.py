"""What a cdkpp config asks for: its first stack with cdkpp's defaults
filled in. The tests compare what the emulator shows against this,
never against the template cdkpp wrote."""
import functools
import json
import os
import subprocess

import yaml


@functools.lru_cache(maxsize=None)
def defaults():
    """Every key's default, per section, from `cdkpp schema` (the config schema
    tables), so these tests never carry a second copy of the defaults."""
    binary = os.environ.get("CDKPP_BIN", "build/cdkpp")
    printed = subprocess.run([binary, "schema"], capture_output=True, text=True, check=True)
    stack = json.loads(printed.stdout)["properties"]["stacks"]["items"]["properties"]
    out = {}
    for key, spec in stack.items():
        if "properties" in spec:  # a section
            out[key] = {k: v["default"] for k, v in spec["properties"].items() if "default" in v}
        elif "default" in spec and key != "suppressions":
            out[key] = spec["default"]
    return out


def load(path):
    """The first stack of the config at path, defaults filled in."""
    with open(path) as f:
        document = yaml.safe_load(f)
    stack = document["stacks"][0]
    expected = json.loads(json.dumps(defaults()))  # a deep copy
    for key, value in stack.items():
        if isinstance(value, dict) and isinstance(expected.get(key), dict):
            expected[key].update(value)
        else:
            expected[key] = value
    if expected["stream"]["mode"] == "on-demand":
        expected["stream"]["shardCount"] = None  # on-demand streams size themselves
    elif expected["stream"]["shardCount"] is None:
        expected["stream"]["shardCount"] = 1  # unset: one shard
    # createServiceRoles is the former spelling of serviceRoles: true = stack, false = existing.
    legacy = expected["replication"].pop("createServiceRoles", None)
    if legacy is not None:
        expected["replication"]["serviceRoles"] = "stack" if legacy else "existing"
    expected["replication"]["instanceIdentifier"] = \
        expected["replication"]["instanceIdentifier"].lower()
    return expected


def write(path, document):
    """Writes a config document (used to derive the update configs)."""
    with open(path, "w") as f:
        yaml.safe_dump(document, f, sort_keys=False)


def read(path):
    with open(path) as f:
        return yaml.safe_load(f)
