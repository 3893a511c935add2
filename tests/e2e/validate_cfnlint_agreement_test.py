"""cdkpp validate agrees with cfn-lint: every template in
tests/testdata/validate/corpus that cfn-lint rejects with an error, cdkpp
rejects too (exit 1 with a template or schema error, or exit 2 for
unparsable input), by the rule the file is about. Gaps are named in GAPS.
cfn-lint's own verdict is checked first: it must report an error on every
broken file but those named in CFN_LINT_MISSES, so a linter that finds
nothing fails this test instead of making it vacuous.
Conversely, templates cfn-lint accepts (the corpus's valid one, templates
AWS CDK synthesized, and the templates cdkpp itself synthesizes) get no
template or schema error."""
import functools
import glob
import json
import os
import subprocess

from e2e_support import EXAMPLE_CONFIG, SOURCE_DIR, cdkpp, check, run, synth, tempdir

CORPUS = os.path.join(SOURCE_DIR, "tests", "testdata", "validate", "corpus")

UNPARSABLE = "exit 2"  # an input error, not a finding
VALID = None

# The cdkpp rule each broken template must trigger (file name -> rule id).
EXPECTED = {
    "bad_deletion_policy.json": "CDKPP-CFN-001",
    "bad_enum.json": "CDKPP-SCH-005",
    "condition_missing.json": "CDKPP-CFN-005",
    "cycle_dependson.json": "CDKPP-CFN-007",
    "cycle_ref.json": "CDKPP-CFN-007",
    "dependson_missing.json": "CDKPP-CFN-004",
    "description_too_long.json": "CDKPP-CFN-016",
    "dms_task_missing_required.json": "CDKPP-SCH-003",
    "empty_resources.json": "CDKPP-CFN-021",
    "findinmap_missing_map.json": "CDKPP-CFN-018",
    "getatt_bad_attribute.json": "CDKPP-SCH-008",
    "getatt_parameter.json": "CDKPP-CFN-003",
    "join_bad_arguments.json": "CDKPP-CFN-017",
    "output_ref_to_output.json": "CDKPP-CFN-002",
    "parameter_bad_type.json": "CDKPP-CFN-019",
    "parameter_default_not_allowed.json": "CDKPP-CFN-019",
    "select_bad_index.json": "CDKPP-CFN-017",
    "unknown_function.json": "CDKPP-CFN-017",
    "getatt_missing_resource.json": "CDKPP-CFN-003",
    "if_condition_missing.json": "CDKPP-CFN-005",
    "length_violation.json": "CDKPP-SCH-007",
    "logical_id_invalid.json": "CDKPP-CFN-008",
    "missing_required.json": "CDKPP-SCH-003",
    "missing_resources.json": "CDKPP-CFN-001",
    "nested_property_typo.json": "CDKPP-SCH-002",
    "output_no_value.json": "CDKPP-CFN-001",
    "pattern_violation.json": "CDKPP-SCH-006",
    "property_typo.json": "CDKPP-SCH-002",
    "range_violation.json": "CDKPP-SCH-007",
    "rds_bad_engine_type.json": "CDKPP-SCH-004",
    "readonly_property.json": "CDKPP-SCH-009",
    "ref_missing.json": "CDKPP-CFN-002",
    "resource_no_type.json": "CDKPP-CFN-001",
    "security_group_bad_ingress.json": "CDKPP-SCH-004",
    "sub_missing_var.json": "CDKPP-CFN-006",
    "too_many_outputs.json": "CDKPP-CFN-010",
    "unknown_resource_attribute.json": "CDKPP-CFN-001",
    "unknown_section.json": "CDKPP-CFN-001",
    "unknown_type.json": "CDKPP-SCH-001",
    "unparsable.json": UNPARSABLE,
    "valid_stream.yaml": VALID,
    "wrong_type_integer.json": "CDKPP-SCH-004",
    "wrong_type_object.json": "CDKPP-SCH-004",
    "yaml_getatt_bad_attribute.yaml": "CDKPP-SCH-008",
    "yaml_short_form_ref_missing.yaml": "CDKPP-CFN-002",
}

# Templates cfn-lint rejects that cdkpp accepts, each with the reason.
GAPS = {}

# Broken templates cfn-lint reports no error on, each with why CloudFormation
# refuses it all the same. cfn-lint must stay silent on exactly these: when a
# new cfn-lint catches one, move it out of here so the comparison covers it.
CFN_LINT_MISSES = {
    "empty_resources.json": "CloudFormation requires at least one resource",
    "readonly_property.json": "Arn is a read-only attribute of AWS::Kinesis::Stream, not a "
                              "property; CloudFormation refuses properties the type lacks",
}


def corpus_files():
    return sorted(glob.glob(os.path.join(CORPUS, "*")))


@functools.lru_cache(maxsize=None)
def _cfn_lint_run(paths):
    result = subprocess.run(["cfn-lint", "--format", "json", *paths], capture_output=True,
                            text=True, timeout=300)
    # cfn-lint's exit code is a bit set: 2 errors, 4 warnings, 8 informational;
    # anything else (1, 32, a signal) is cfn-lint failing, not a verdict.
    assert result.returncode >= 0 and result.returncode & ~14 == 0, (
        f"cfn-lint failed (exit {result.returncode}):\n{result.stderr[-2000:]}")
    matches = json.loads(result.stdout)
    assert isinstance(matches, list), result.stdout[:500]
    errors = {os.path.basename(p): [] for p in paths}
    for match in matches:
        if match["Level"] == "Error":
            errors[os.path.basename(match["Filename"])].append(match["Rule"]["Id"])
    assert bool(result.returncode & 2) == any(errors.values()), (result.returncode, errors)
    return errors


def cfn_lint_errors(paths):
    """{file name: [rule ids of error-level matches]} from one cfn-lint run."""
    return _cfn_lint_run(tuple(paths))


def cdkpp_findings(path):
    result = cdkpp("validate", "--format", "json", path)
    if result.returncode == 2:
        return 2, []
    findings = [f for t in json.loads(result.stdout)["templates"] for f in t["findings"]]
    return result.returncode, findings


def structural_errors(findings):
    """Error findings outside the security pack: what cfn-lint can also see."""
    return sorted({f["ruleId"] for f in findings
                   if f["severity"] == "error" and not f["ruleId"].startswith("CDKPP-SEC-")})


@check
def every_corpus_file_is_listed():
    names = {os.path.basename(p) for p in corpus_files()}
    assert names == set(EXPECTED), f"unlisted: {names - set(EXPECTED)}, missing: " \
                                   f"{set(EXPECTED) - names}"


@check
def cfn_lint_reports_the_errors_it_is_compared_on():
    lint = cfn_lint_errors(corpus_files())
    problems = []
    for name, rule in sorted(EXPECTED.items()):
        should_report = rule is not VALID and name not in CFN_LINT_MISSES
        if bool(lint[name]) != should_report:
            problems.append(f"{name}: cfn-lint reports {lint[name] or 'no error'}, expected "
                            f"{'an error' if should_report else 'none'}")
    assert not problems, "\n".join(problems)


@check
def cdkpp_rejects_what_cfn_lint_rejects():
    lint = cfn_lint_errors(corpus_files())
    compared = 0
    problems = []
    for path in corpus_files():
        name = os.path.basename(path)
        if not lint[name] or name in GAPS:
            continue
        compared += 1
        rc, findings = cdkpp_findings(path)
        if EXPECTED[name] == UNPARSABLE:
            if rc != 2:
                problems.append(f"{name}: cfn-lint {lint[name]}, cdkpp exit {rc}, not 2")
        elif rc != 1 or not structural_errors(findings):
            problems.append(f"{name}: cfn-lint {lint[name]}, cdkpp exit {rc} "
                            f"{structural_errors(findings)}")
    assert not problems, "\n".join(problems)
    broken = [n for n, r in EXPECTED.items() if r is not VALID]
    want = len(broken) - len(CFN_LINT_MISSES) - len(GAPS)
    assert compared == want, f"compared {compared} templates cfn-lint rejects, expected {want}"


@check
def each_broken_template_triggers_its_rule():
    problems = []
    for path in corpus_files():
        name = os.path.basename(path)
        rule = EXPECTED[name]
        if rule in (VALID, UNPARSABLE):
            continue  # the checks above and below cover these
        rc, findings = cdkpp_findings(path)
        ids = {f["ruleId"] for f in findings}
        if rule not in ids:
            problems.append(f"{name}: expected {rule}, got {sorted(ids)} (exit {rc})")
    assert not problems, "\n".join(problems)


@check
def unparsable_input_exits_2_with_position():
    result = cdkpp("validate", os.path.join(CORPUS, "unparsable.json"))
    assert result.returncode == 2, result
    assert "unparsable.json:1:" in result.stderr, result.stderr


@check
def templates_cfn_lint_accepts_have_no_structural_errors():
    out = tempdir()
    synth(EXAMPLE_CONFIG, out)
    prod = tempdir()
    synth(os.path.join(SOURCE_DIR, "templates", "production", "cdkpp.yaml"), prod)
    aws_cdk = os.path.join(SOURCE_DIR, "tests", "testdata", "diff", "aws-cdk")
    paths = [os.path.join(CORPUS, "valid_stream.yaml")] + sorted(
        glob.glob(os.path.join(aws_cdk, "*.template.json"))) + sorted(
        glob.glob(os.path.join(out, "*.template.json")) +
        glob.glob(os.path.join(prod, "*.template.json")))
    # Each kind of template must be there: an empty glob would check nothing.
    assert len(paths) >= 4 and any(p.startswith(aws_cdk) for p in paths), paths
    assert any(p.startswith(out) for p in paths) and any(p.startswith(prod) for p in paths)
    lint = cfn_lint_errors(paths)
    for path in paths:
        assert lint[os.path.basename(path)] == [], (path, lint[os.path.basename(path)])
        rc, findings = cdkpp_findings(path)
        assert structural_errors(findings) == [], (path, structural_errors(findings))


BOOTSTRAP = os.path.join(SOURCE_DIR, "build", "tools", "node_modules", "aws-cdk", "lib", "api",
                         "bootstrap", "bootstrap-template.yaml")


@check
def aws_cdk_bootstrap_template_has_no_structural_errors():
    """A large real-world YAML template (Parameters, Conditions, Fn::If
    everywhere) from the aws-cdk package that scripts/dev.sh installs."""
    assert os.path.exists(BOOTSTRAP), (
        f"{BOOTSTRAP} is missing: it comes with the pinned aws-cdk npm package that "
        f"`bash scripts/dev.sh test` installs into build/tools")
    assert cfn_lint_errors([BOOTSTRAP])[os.path.basename(BOOTSTRAP)] == []
    rc, findings = cdkpp_findings(BOOTSTRAP)
    assert structural_errors(findings) == [], structural_errors(findings)
    # Its permissions boundary allows "*": the security pack must notice.
    assert "CDKPP-SEC-013" in {f["ruleId"] for f in findings}


run()
