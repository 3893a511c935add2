#!/usr/bin/env python3
"""cdkpp diff end to end on real template pairs: the pipeline before and after
realistic edits, and two templates synthesized by the AWS CDK itself."""
import json
import os
import subprocess
import sys

from e2e_support import run_on_tty

BIN = os.environ["CDKPP_BIN"]
SRC = os.environ["CDKPP_SOURCE_DIR"]
PIPE = os.path.join(SRC, "tests", "testdata", "diff", "pipeline")
CDK = os.path.join(SRC, "tests", "testdata", "diff", "aws-cdk")
BAD = os.path.join(SRC, "tests", "testdata", "diff", "bad")
failures = []


def run(*args, env=None):
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    e.update(env or {})
    p = subprocess.run([BIN, "diff", *args], capture_output=True, text=True, env=e)
    return p.returncode, p.stdout, p.stderr


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def diff_json(old, new, *extra):
    rc, out, err = run("--format", "json", *extra, old, new)
    check(rc == 0, f"json diff {old} {new} exit {rc}: {err}")
    return json.loads(out)


def resource(doc, logical_id):
    for r in doc["resources"]:
        if r["logicalId"] == logical_id:
            return r
    failures.append(f"no resource {logical_id} in diff")
    return {"impact": None, "changes": [], "reasons": [], "indirect": False, "constructPath": ""}


base = os.path.join(PIPE, "base.yaml")
v = lambda name: os.path.join(PIPE, name + ".yaml")

# Shard count 1 -> 2: an update, nothing else.
d = diff_json(base, v("shard_count_2"))
s = resource(d, "StreamAA3F2B1C")
check(s["impact"] == "update", f"shard count: impact {s['impact']}")
check(s["changes"] == [{"path": ["Properties", "ShardCount"], "change": "modified", "old": 1,
                        "new": 2, "impact": "update"}], f"shard count changes {s['changes']}")
check(len(d["resources"]) == 1 and not d["summary"]["securityChanges"], "shard count: only one change")

# Stream name: replacement, propagated to the readers of the stream ARN.
d = diff_json(base, v("stream_name"))
check(resource(d, "StreamAA3F2B1C")["impact"] == "replace", "stream name must replace")
check(any("Name is create-only" in r for r in resource(d, "StreamAA3F2B1C")["reasons"]), "reason")
ep = resource(d, "DmsTargetEndpoint1A2B3C4D")
check(ep["indirect"] and ep["impact"] == "update", f"endpoint reads the stream ARN: {ep}")
check(d["summary"]["replace"] == 1, "one replacement")
outputs = [s for s in d["sections"] if s["name"] == "Outputs"]
check(outputs and outputs[0]["entries"][0]["name"] == "StreamName" and
      outputs[0]["entries"][0]["notes"] == ["value changes: reads StreamAA3F2B1C, which is replaced"],
      f"stream name output noted: {outputs}")

# DB name: replacement.
d = diff_json(base, v("db_name"))
db = resource(d, "DatabaseB269D8BB")
check(db["impact"] == "replace", "DBName must replace")
check(db["changes"][0]["old"] == "cdc" and db["changes"][0]["new"] == "orders", "db name values")

# A new IAM action: broadened.
d = diff_json(base, v("iam_action"))
sec = d["security"]
check(sec["permissionsBroadened"], "new IAM action must broaden")
added = [st for st in sec["iamStatements"] if st["change"] == "added"]
check(len(added) == 1 and "kinesis:ListShards" in added[0]["actions"], f"added statement {added}")
check(added and added[0]["resources"] == ["${StreamAA3F2B1C.Arn}"], "statement resource rendered")

# A new 0.0.0.0/0 ingress: a security change.
d = diff_json(base, v("open_ingress"))
rules = d["security"]["securityGroupRules"]
check(rules == [{"change": "added", "group": "DatabaseSecurityGroup7319C0F6", "direction": "ingress",
                 "protocol": "tcp", "ports": "3306", "peer": "0.0.0.0/0",
                 "description": "MySQL from anywhere (testing)", "openToWorld": True}],
      f"ingress rule {rules}")
check(d["security"]["permissionsBroadened"], "open ingress broadens")

# JSON-string TableMappings diffed structurally.
d = diff_json(base, v("table_mappings"))
c = resource(d, "DmsTaskE5F6A7B8")["changes"]
check(c and c[0]["path"] == ["Properties", "TableMappings", "rules", 0, "object-locator",
                             "table-name"] and c[0]["jsonStringPath"] == ["Properties", "TableMappings"],
      f"table mappings path {c}")

# Noise only: no differences, exit 0 even with --fail; --strict shows it.
rc, out, _ = run("--fail", base, v("noise"))
check(rc == 0 and "There were no differences" in out, f"noise: rc {rc} out {out}")
rc, out, _ = run("--strict", "--fail", base, v("noise"))
check(rc == 1 and "AWS::CDK::Metadata" in out and "aws:cdk:path" in out, f"strict noise: {rc}")

# --fail / --fail-on exit codes.
check(run(base, v("db_name"))[0] == 0, "no --fail: exit 0")
check(run("--fail", base, v("shard_count_2"))[0] == 1, "--fail with changes: exit 1")
check(run("--fail", base, base)[0] == 0, "--fail without changes: exit 0")
check(run("--fail-on", "replacement", base, v("shard_count_2"))[0] == 0, "update is no replacement")
check(run("--fail-on", "replacement", base, v("db_name"))[0] == 1, "replacement fails")
check(run("--fail-on", "security", base, v("db_name"))[0] == 0, "no security change")
check(run("--fail-on", "security", base, v("open_ingress"))[0] == 1, "security fails")
check(run("--fail-on", "any", base, v("table_mappings"))[0] == 1, "any fails")
check(run("--fail-on", "bogus", base, base)[0] == 2, "bad --fail-on is usage error")

# Unreadable input: exit 2 with file:line:col and a caret.
rc, out, err = run(os.path.join(BAD, "trailing_comma.json"), base)
check(rc == 2 and "trailing_comma.json:4:3: JSON syntax error: expected a string (an object key), got '}'" in err and "\n  ^" in err,
      f"json parse error: {rc} {err}")
rc, out, err = run(base, os.path.join(BAD, "unclosed.yaml"))
check(rc == 2 and "unclosed.yaml:" in err, f"yaml parse error: {rc} {err}")
rc, out, err = run(base, os.path.join(BAD, "missing.yaml"))
check(rc == 2 and "missing.yaml" in err, f"missing file: {rc} {err}")

# The AWS CDK pair: replacement + update + broadened IAM + open ingress; CDK noise hidden.
d = diff_json(os.path.join(CDK, "v1.template.json"), os.path.join(CDK, "v2.template.json"))
st = resource(d, "Stream790BDEE4")
check(st["impact"] == "replace" and st["constructPath"] == "CdkFixture/Stream/Resource",
      f"cdk stream {st}")
check({c["path"][1] for c in st["changes"]} == {"Name", "ShardCount"}, "cdk stream changes")
check(d["security"]["permissionsBroadened"], "cdk: broadened")
check(any(r["peer"] == "0.0.0.0/0" and r["change"] == "added"
          for r in d["security"]["securityGroupRules"]), "cdk: open ingress")
check(all(r["type"] != "AWS::CDK::Metadata" for r in d["resources"]), "cdk metadata hidden")

# Text output: no color when not a TTY; color on a TTY unless NO_COLOR.
rc, out, _ = run(base, v("db_name"))
check("\x1b[" not in out and "[~] AWS::RDS::DBInstance DatabaseB269D8BB" in out, "plain text")


def run_tty(env):
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    e.update(env)
    return run_on_tty([BIN, "diff", base, v("db_name")], e)


check("\x1b[" in run_tty({}), "color on a TTY")
check("\x1b[" not in run_tty({"NO_COLOR": "1"}), "NO_COLOR respected on a TTY")

# Markdown: a table row per resource, the full diff folded.
rc, out, _ = run("--format", "markdown", base, v("stream_name"))
check("| ✏️ modified | `StreamAA3F2B1C` | `AWS::Kinesis::Stream` |" in out and "<details>" in out,
      "markdown table")

# Determinism: same bytes twice.
check(run("--format", "json", base, v("stream_name"))[1] == run("--format", "json", base,
                                                                  v("stream_name"))[1], "stable")

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("ok")
