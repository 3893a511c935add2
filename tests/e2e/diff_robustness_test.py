#!/usr/bin/env python3
"""`cdkpp diff` and `cdkpp validate` on malformed templates: every template
section and every member diff reads, given the wrong type, on the OLD side and
on the NEW side. Whatever the input, the exit code is 0, 1 or 2: never a
signal (an abort is -6 here, 134 in a shell) and never "internal error"."""
import glob
import json
import os
import subprocess
import tempfile

from e2e_support import CDKPP, SOURCE_DIR, check, run

DIFF = os.path.join(SOURCE_DIR, "tests", "testdata", "diff")
MALFORMED = sorted(glob.glob(os.path.join(DIFF, "malformed", "*.json")) +
                   glob.glob(os.path.join(DIFF, "malformed", "*.yaml")))
BASE = os.path.join(DIFF, "pipeline", "base.yaml")
# Files that are not templates at all: LoadTemplate refuses them (exit 2).
NOT_TEMPLATES = {"null.json": b"null", "list.json": b"[]", "number.yaml": b"5",
                 "string.json": b'"text"', "empty.json": b"", "binary.yaml": b"\x00\xff\xfe{",
                 "deep.json": b"[" * 100000}


def run_cdkpp(*args):
    # Bytes, not text: the output of a template with invalid UTF-8 need not decode.
    return subprocess.run([CDKPP, *args], capture_output=True)


def assert_clean_exit(result, allowed, what):
    assert result.returncode in allowed, (
        f"{what}: exit {result.returncode}\n{result.stderr.decode(errors='replace')}")
    assert b"internal error" not in result.stderr, f"{what}: {result.stderr!r}"


@check
def there_are_malformed_templates_of_every_kind():
    names = {os.path.basename(p) for p in MALFORMED}
    for expected in ("sections_wrong_types.json", "resource_type_number.json",
                     "iam_wrong_types.json", "security_groups_wrong_types.json",
                     "references_replaced.json", "invalid_utf8.yaml", "short_forms.yaml"):
        assert expected in names, f"{expected} missing from {sorted(names)}"


@check
def diff_exits_0_1_or_2_on_every_malformed_template_old_and_new():
    for path in MALFORMED:
        for old, new in ((path, BASE), (BASE, path), (path, path)):
            for fmt in ("text", "json", "markdown"):
                result = run_cdkpp("diff", "--fail", "--format", fmt, old, new)
                assert_clean_exit(result, (0, 1, 2), f"diff {fmt} {old} {new}")


@check
def diff_of_each_malformed_pair_exits_cleanly():
    for old in MALFORMED:
        for new in MALFORMED:
            result = run_cdkpp("diff", "--strict", "--fail-on", "security", old, new)
            assert_clean_exit(result, (0, 1, 2), f"diff {old} {new}")


@check
def type_and_effect_that_are_not_strings_are_reported_as_changes():
    # Both aborted diff (type_error.302, exit 134) before; now they are changes.
    number_type = os.path.join(DIFF, "malformed", "resource_type_number.json")
    with tempfile.TemporaryDirectory(prefix="cdkpp-e2e-") as d:
        topic = os.path.join(d, "topic.json")
        with open(topic, "w") as f:
            json.dump({"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {"X": 1}}}}, f)
        result = run_cdkpp("diff", "--format", "json", "--fail", number_type, topic)
        assert_clean_exit(result, (1,), "diff Type 5 -> AWS::SNS::Topic")
        [resource] = json.loads(result.stdout)["resources"]
        assert resource["impact"] == "replace", resource
        assert resource["reasons"] == ["type changed from 5 to AWS::SNS::Topic"], resource
    iam = os.path.join(DIFF, "malformed", "iam_wrong_types.json")
    result = run_cdkpp("diff", "--format", "json", "--fail-on", "security", BASE, iam)
    assert_clean_exit(result, (1,), "diff base -> Effect 1")
    effects = {s["effect"] for s in json.loads(result.stdout)["security"]["iamStatements"]
               if s["holder"].startswith("Policy")}
    assert {"1", "[]", "null"} <= effects, effects


@check
def files_that_are_not_templates_exit_2():
    with tempfile.TemporaryDirectory(prefix="cdkpp-e2e-") as d:
        for name, data in NOT_TEMPLATES.items():
            path = os.path.join(d, name)
            with open(path, "wb") as f:
                f.write(data)
            assert_clean_exit(run_cdkpp("diff", path, BASE), (2,), f"diff {name} base")
            assert_clean_exit(run_cdkpp("diff", BASE, path), (2,), f"diff base {name}")
            assert_clean_exit(run_cdkpp("validate", path), (2,), f"validate {name}")


@check
def validate_exits_0_1_or_2_on_every_malformed_template():
    for path in MALFORMED:
        for fmt in ("text", "json", "sarif"):
            result = run_cdkpp("validate", "--format", fmt, path)
            assert_clean_exit(result, (0, 1, 2), f"validate {fmt} {path}")


run()
