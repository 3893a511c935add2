"""cfn-lint's own fixture templates (tests/testdata/cfn-lint, MIT-0, see its
SOURCE.md), templates nobody here wrote:
- every good template parses and gets no template (CDKPP-CFN-*) or schema
  (CDKPP-SCH-*) error from `cdkpp validate`; security findings are fine.
  Six fixtures of that directory do carry errors, which cfn-lint reports
  too (CFN_LINT_AGREES): cdkpp must report exactly those, and cfn-lint is
  run on them to prove it;
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
import subprocess

from cfnlint.decode import decode_str

from e2e_support import SOURCE_DIR, cdkpp, check, run, tempdir

FIXTURES = os.path.join(SOURCE_DIR, "tests", "testdata", "cfn-lint")
EXPECTED = os.path.join(FIXTURES, "expected.txt")

# Good templates cdkpp still flags (file -> why); the test fails when one
# passes, so the list only shrinks.
KNOWN_FALSE_POSITIVES = {}

# Fixtures of the good directory that are not error-free: cfn-lint's snapshot
# tests record errors for them, and cfn-lint (the installed version) reports
# each error cdkpp reports (file -> {cdkpp rule: cfn-lint rule}). cdkpp must
# report exactly these, and the test runs cfn-lint to prove it agrees.
CFN_LINT_AGREES = {
    # a section named "Parameter"; a Ref to the parameter declared there
    "custom/is-defined.yaml": {"CDKPP-CFN-001": "E1001", "CDKPP-CFN-002": "E1020"},
    # a Ref to a resource the ::MODULE type would create
    "functions/ref.yaml": {"CDKPP-CFN-002": "E6101"},
    # Service Catalog product properties on an AWS::CloudFormation::Stack
    "functions/sub.yaml": {"CDKPP-SCH-002": "E3002", "CDKPP-SCH-003": "E3003"},
    # Refs and a GetAtt to resources the template does not declare (a W1020 fixture)
    "functions/sub_needed.yaml": {"CDKPP-CFN-002": "E1020", "CDKPP-CFN-003": "E1022"},
    # "TestRole-${Stage}" outside an Fn::Sub, checked against the RoleName pattern
    "functions/sub_needed_custom_excludes.yaml": {"CDKPP-SCH-006": "E3031"},
    # a private registry type
    "schema_resource.yaml": {"CDKPP-SCH-001": "E3006"},
}

# Bad templates cdkpp must flag, by the rule that covers them.
IN_SCOPE = {
    "functions/import_value.yaml": "CDKPP-CFN-017",  # malformed Fn::ImportValue
    "functions/get_stack_output.yaml": "CDKPP-CFN-017",  # Fn::GetStackOutput's keys
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
        if name in CFN_LINT_AGREES:
            if v != " ".join(sorted(CFN_LINT_AGREES[name])):
                wrong[name] = f"{v} (expected {' '.join(sorted(CFN_LINT_AGREES[name]))})"
        elif v != "clean" and name not in KNOWN_FALSE_POSITIVES:
            wrong[name] = v
    fixed = [n for n in KNOWN_FALSE_POSITIVES
             if verdict(os.path.join(FIXTURES, "good", n)) == "clean"]
    assert not wrong, "good templates flagged:\n" + "\n".join(f"{k}: {v}" for k, v in wrong.items())
    assert not fixed, f"no longer flagged, remove from KNOWN_FALSE_POSITIVES: {fixed}"


@check
def cfn_lint_reports_the_errors_cdkpp_agrees_with():
    paths = [os.path.join(FIXTURES, "good", n) for n in sorted(CFN_LINT_AGREES)]
    result = subprocess.run(["cfn-lint", "--format", "json", *paths], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode & 2, f"cfn-lint found no error (exit {result.returncode})"
    reported = {n: set() for n in CFN_LINT_AGREES}
    for match in json.loads(result.stdout):
        name = os.path.relpath(os.path.abspath(match["Filename"]), os.path.join(FIXTURES, "good"))
        if match["Level"] == "Error":
            reported[name].add(match["Rule"]["Id"])
    missing = {n: sorted(set(rules.values()) - reported[n]) for n, rules in CFN_LINT_AGREES.items()
               if not set(rules.values()) <= reported[n]}
    assert not missing, f"cfn-lint does not report these: {missing}"


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
