"""`cdkpp validate` as a user runs it: exit codes (0 clean, 1 findings at or
above --fail-on, 2 unreadable input or bad usage), the three formats, color
only on a TTY without NO_COLOR, --stack, and byte-identical output."""
import json
import os

from e2e_support import (CDKPP, EXAMPLE_CONFIG, SOURCE_DIR, STACK, cdkpp, check, run,
                         run_on_tty, tempdir)

CORPUS = os.path.join(SOURCE_DIR, "tests", "testdata", "validate", "corpus")
PRODUCTION = os.path.join(SOURCE_DIR, "templates", "production", "cdkpp.yaml")
TWO_STACKS = os.path.join(SOURCE_DIR, "tests", "testdata", "synth", "two_stacks.yaml")


def write(path, text):
    with open(path, "w") as f:
        f.write(text)
    return path


@check
def seed_example_passes_with_suppressions_reported():
    result = cdkpp("validate", "-c", EXAMPLE_CONFIG, "--fail-on", "info")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "suppressed error CDKPP-SEC-003" in result.stdout, result.stdout
    assert "reason: " in result.stdout
    assert f"{STACK} (" in result.stdout
    assert "0 errors, 0 warnings, 0 infos" in result.stdout, result.stdout


@check
def production_has_no_errors():
    result = cdkpp("validate", "-c", PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "suppressed" not in result.stdout.replace("0 suppressed", ""), result.stdout


@check
def fail_on_threshold_decides_exit_code():
    d = tempdir()
    # Only warnings (log group without KMS / retention) and no errors.
    t = write(os.path.join(d, "warn.json"), json.dumps(
        {"Resources": {"Logs": {"Type": "AWS::Logs::LogGroup"}}}))
    assert cdkpp("validate", t).returncode == 0
    assert cdkpp("validate", "--fail-on", "warning", t).returncode == 1
    assert cdkpp("validate", "--fail-on", "info", t).returncode == 1
    clean = os.path.join(CORPUS, "valid_stream.yaml")
    assert cdkpp("validate", "--fail-on", "info", clean).returncode == 0


@check
def errors_exit_1_and_unreadable_exit_2():
    assert cdkpp("validate", os.path.join(CORPUS, "ref_missing.json")).returncode == 1
    missing = cdkpp("validate", "/nonexistent/template.json")
    assert missing.returncode == 2 and "/nonexistent/template.json" in missing.stderr, missing
    d = tempdir()
    bad_config = write(os.path.join(d, "c.yaml"), "stacks: [{name: X, stream: {shardCount: two}}]\n")
    assert cdkpp("validate", "-c", bad_config).returncode == 2
    both = cdkpp("validate", "-c", EXAMPLE_CONFIG, os.path.join(CORPUS, "valid_stream.yaml"))
    assert both.returncode == 2, both
    assert cdkpp("validate", "--format", "xml", "-c", EXAMPLE_CONFIG).returncode == 2


@check
def default_config_is_found_in_the_working_directory():
    d = tempdir()
    empty = cdkpp("validate", cwd=d)
    assert empty.returncode == 2 and "cdkpp.yaml" in empty.stderr, empty
    with open(EXAMPLE_CONFIG) as f:
        write(os.path.join(d, "cdkpp.yaml"), f.read())
    found = cdkpp("validate", cwd=d)
    assert found.returncode == 0, found.stdout + found.stderr
    assert f"{STACK} (cdkpp.yaml)" in found.stdout, found.stdout


@check
def json_and_sarif_formats():
    result = cdkpp("validate", "--format", "json", os.path.join(CORPUS, "ref_missing.json"))
    data = json.loads(result.stdout)
    finding = data["templates"][0]["findings"][0]
    assert finding["ruleId"] == "CDKPP-CFN-002" and finding["logicalId"] == "T", finding
    assert finding["location"]["line"] > 0, finding
    sarif = json.loads(cdkpp("validate", "--format", "sarif", "-c", EXAMPLE_CONFIG).stdout)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert results and all(r.get("suppressions") for r in results), results
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] > 0


@check
def stack_option_limits_to_one_stack():
    both = json.loads(cdkpp("validate", "--format", "json", "-c", TWO_STACKS).stdout)
    assert len(both["templates"]) == 2
    one = json.loads(cdkpp("validate", "--format", "json", "-c", TWO_STACKS,
                           "--stack", "Demo").stdout)
    assert [t["name"] for t in one["templates"]] == [f"Demo ({TWO_STACKS})"], one


@check
def color_only_on_a_tty_without_no_color():
    args = ["validate", os.path.join(CORPUS, "ref_missing.json")]
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert "\x1b[" in run_on_tty([CDKPP, *args], env)
    assert "\x1b[" not in run_on_tty([CDKPP, *args], dict(env, NO_COLOR="1"))
    assert "\x1b[" not in cdkpp(*args).stdout


@check
def output_is_deterministic():
    runs = {cdkpp("validate", "--format", fmt, "-c", EXAMPLE_CONFIG).stdout
            for fmt in ("sarif",) for _ in range(3)}
    assert len(runs) == 1


@check
def list_rules_names_every_documented_rule():
    listed = cdkpp("validate", "--list-rules").stdout
    with open(os.path.join(SOURCE_DIR, "docs", "validate-rules.md")) as f:
        docs = f.read()
    ids = [line.split("|")[1].strip() for line in listed.splitlines()[2:]]
    assert len(ids) > 40, ids
    for rule in ids:
        assert f"`{rule}`" in docs, f"{rule} missing from docs/validate-rules.md"


run()
