"""cfn-lint's own fixture templates (tests/testdata/cfn-lint, MIT-0, see its
SOURCE.md), templates nobody here wrote:
- every good template parses and gets no template (CDKPP-CFN-*) or schema
  (CDKPP-SCH-*) error from `cdkpp validate`; security findings are fine;
- every good template and its JSON rendering by cfn-lint's own reader are
  identical to `cdkpp diff` (so YAML is read as cfn-lint reads it);
- what cdkpp says about each bad template (flagged or not, by which rules)
  is recorded in expected.txt: a change in either direction fails until the
  file is updated on purpose, and the in-scope misses of IN_SCOPE must be
  flagged by their rule.
Templates cdkpp wrongly rejects stay listed in KNOWN_FALSE_POSITIVES with the
reason, so this test says how far cdkpp is from the goal instead of hiding it.
"""
import datetime
import glob
import json
import os

from cfnlint.decode import decode_str

from e2e_support import SOURCE_DIR, cdkpp, check, run, tempdir

FIXTURES = os.path.join(SOURCE_DIR, "tests", "testdata", "cfn-lint")
EXPECTED = os.path.join(FIXTURES, "expected.txt")

# Good templates cdkpp still flags (file -> why); the test fails when one
# passes, so the list only shrinks.
KNOWN_FALSE_POSITIVES = {
    "core/config_cfn_lint.json": "no Resources: cdkpp requires one (CloudFormation does too)",
    "core/config_cfn_lint.yaml": "no Resources: cdkpp requires one (CloudFormation does too)",
    "core/config_only_i1002.yaml": "no Resources: cdkpp requires one (CloudFormation does too)",
    "core/config_only_i1003.yaml": "no Resources: cdkpp requires one (CloudFormation does too)",
    "core/config_parameters.yaml": "no Resources: cdkpp requires one (CloudFormation does too)",
    "decode/parsing.json": "no Resources: cdkpp requires one (CloudFormation does too)",
    "mappings/name.yaml": "no Resources: cdkpp requires one (CloudFormation does too)",
    "parameters/default.yaml": "no Resources: cdkpp requires one (CloudFormation does too)",
    "resources/cloudformation/stack_nested.yaml": "no Resources: cdkpp requires one",
    "custom/is-defined.yaml": "a section named Parameter and Lambda Code given as a local path "
                              "(packaged by the CLI before deploy)",
    "custom/is-not-defined.yaml": "Lambda Code as a local path (packaged before deploy)",
    "custom/numeric-inequalities-large.yaml": "Lambda Code as a local path (packaged before deploy)",
    "custom/numeric-inequalities-small.yaml": "Lambda Code as a local path (packaged before deploy)",
    "functions/foreach.yaml": "Fn::ForEach over a collection cdkpp cannot expand",
    "functions/ref.yaml": "Ref to a resource a module (::MODULE) creates",
    "functions/sub.yaml": "Fn::Sub with an intrinsic as its string; Stack properties of a "
                          "Service Catalog product",
    "functions/sub_needed.yaml": "references to resources declared elsewhere (a fixture for W1020)",
    "functions/sub_needed_custom_excludes.yaml": "an unresolved ${Stage} checked against a pattern",
    "schema_resource.yaml": "a private registry type (Initech::TPS::Report)",
}

# Bad templates cdkpp must flag, by the rule that covers them.
IN_SCOPE = {
    "functions/import_value.yaml": "CDKPP-CFN-017",  # malformed Fn::ImportValue
    "resources/uniqueNames.yaml": "CDKPP-CFN-008",  # a parameter named like a resource
    "resources/iam/iam_policy.yaml": "CDKPP-SCH-005",  # Effect: NotAllow
    # BlockDeviceMappings[].Ebs: VolumeType (an instance), Iops (a launch configuration)
    "properties_ebs.yaml": "CDKPP-SCH-005",
    # an IgnoreGlobals key that Globals.Function lacks
    "resources/serverless/ignore_globals_typo.yaml": "CDKPP-CFN-001",
}


def templates(kind):
    root = os.path.join(FIXTURES, kind)
    paths = glob.glob(os.path.join(root, "**", "*.*"), recursive=True)
    return sorted(os.path.relpath(p, root) for p in paths if p.endswith((".json", ".yaml", ".yml")))


def verdict(path):
    """'parse error', 'clean', or the sorted error rule ids cdkpp reports."""
    result = cdkpp("validate", "--format", "json", path)
    if result.returncode == 2:
        return "parse error"
    assert result.returncode in (0, 1), f"{path}: exit {result.returncode}\n{result.stderr}"
    findings = [f for t in json.loads(result.stdout)["templates"] for f in t["findings"]]
    codes = sorted({f["ruleId"] for f in findings
                    if f["severity"] == "error" and f["ruleId"].startswith(("CDKPP-CFN", "CDKPP-SCH"))})
    return " ".join(codes) if codes else "clean"


@check
def good_templates_get_no_template_or_schema_error():
    wrong = {}
    for name in templates("good"):
        v = verdict(os.path.join(FIXTURES, "good", name))
        if v != "clean" and name not in KNOWN_FALSE_POSITIVES:
            wrong[name] = v
    fixed = [n for n in KNOWN_FALSE_POSITIVES
             if verdict(os.path.join(FIXTURES, "good", n)) == "clean"]
    assert not wrong, "good templates flagged:\n" + "\n".join(f"{k}: {v}" for k, v in wrong.items())
    assert not fixed, f"no longer flagged, remove from KNOWN_FALSE_POSITIVES: {fixed}"


def json_default(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(repr(value))


@check
def good_templates_diff_identical_to_their_json_rendering():
    out = tempdir()
    differ = {}
    for name in templates("good"):
        path = os.path.join(FIXTURES, "good", name)
        if not name.endswith((".yaml", ".yml")) or name in KNOWN_FALSE_POSITIVES:
            continue
        with open(path, encoding="utf-8") as f:
            template, matches = decode_str(f.read())
        if template is None:
            continue  # cfn-lint cannot read it either
        rendered = os.path.join(out, name.replace("/", "_") + ".json")
        with open(rendered, "w", encoding="utf-8") as f:
            json.dump(template, f, default=json_default)
        result = cdkpp("diff", "--fail", path, rendered)
        if result.returncode != 0:
            differ[name] = (result.stdout + result.stderr)[-600:]
    assert not differ, "YAML and its JSON rendering differ:\n" + "\n".join(
        f"--- {k}\n{v}" for k, v in differ.items())


@check
def bad_templates_are_recorded():
    actual = {name: verdict(os.path.join(FIXTURES, "bad", name)) for name in templates("bad")}
    lines = [f"{name}: {v}" for name, v in sorted(actual.items())]
    with open(EXPECTED, encoding="utf-8") as f:
        expected = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    changed = sorted(set(lines) ^ set(expected))
    assert not changed, "verdicts changed (update expected.txt on purpose):\n" + "\n".join(changed)
    for name, rule in IN_SCOPE.items():
        assert rule in actual[name].split(), f"{name}: expected {rule}, got {actual[name]}"
    flagged = sum(1 for v in actual.values() if v != "clean")
    print(f"  bad templates flagged: {flagged} of {len(actual)}")


run()
