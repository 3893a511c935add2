#!/usr/bin/env python3
"""cdkpp diff on templates synthesized by cdkpp itself: examples/pipeline.yaml
before and after realistic config edits, through `cdkpp synth` and
`cdkpp diff --synth -c CONFIG DEPLOYED`."""
import json
import os
import subprocess
import sys
import tempfile

BIN = os.environ["CDKPP_BIN"]
SRC = os.environ["CDKPP_SOURCE_DIR"]
BASE_CONFIG = os.path.join(SRC, "examples", "pipeline.yaml")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def synth(config, out):
    p = subprocess.run([BIN, "-q", "synth", "-c", config, "-o", out], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    (name,) = [f for f in os.listdir(out) if f.endswith(".template.json")]
    return os.path.join(out, name)


def variant(tmp, name, old, new):
    with open(BASE_CONFIG, encoding="utf-8") as f:
        text = f.read()
    assert text.count(old) == 1, (name, old)
    path = os.path.join(tmp, name + ".yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))
    return path


def diff_synth(config, deployed, *extra):
    p = subprocess.run([BIN, "diff", "--synth", "-c", config, "--format", "json", *extra, deployed],
                       capture_output=True, text=True)
    check(p.returncode in (0, 1), f"diff --synth {config}: exit {p.returncode} {p.stderr}")
    return p.returncode, json.loads(p.stdout) if p.stdout else {}


def by_type(doc, type_name):
    return [r for r in doc.get("resources", []) if r["type"] == type_name]


with tempfile.TemporaryDirectory() as tmp:
    deployed = synth(BASE_CONFIG, os.path.join(tmp, "base"))

    rc, d = diff_synth(BASE_CONFIG, deployed, "--fail")
    check(rc == 0 and not d["hasDifferences"], "same config: no differences")

    # Shard count 1 -> 2: the stream is updated in place.
    rc, d = diff_synth(variant(tmp, "shards", "shardCount: null", "shardCount: 2"), deployed)
    streams = by_type(d, "AWS::Kinesis::Stream")
    check(len(streams) == 1 and streams[0]["impact"] == "update", f"shard count: {streams}")
    check(d["summary"]["replace"] == 0, "shard count replaces nothing")

    # Stream name: replacement, and the readers of the stream ARN follow.
    rc, d = diff_synth(variant(tmp, "stream", "name: mysql-cdc-stream", "name: orders-cdc-stream"),
                       deployed, "--fail-on", "replacement")
    streams = by_type(d, "AWS::Kinesis::Stream")
    check(rc == 1 and streams and streams[0]["impact"] == "replace", f"stream name: {streams}")
    check(any(r["indirect"] for r in d["resources"]), "stream replacement propagates")

    # Database name: replacement of the DB instance.
    rc, d = diff_synth(variant(tmp, "dbname", "databaseName: mydb", "databaseName: orders"), deployed)
    dbs = by_type(d, "AWS::RDS::DBInstance")
    check(dbs and dbs[0]["impact"] == "replace", f"db name: {dbs}")

    # Table selection: the TableMappings JSON string is diffed structurally.
    rc, d = diff_synth(variant(tmp, "tables", 'table: "%"', 'table: "orders"'), deployed)
    tasks = by_type(d, "AWS::DMS::ReplicationTask")
    inner = [c for t in tasks for c in t["changes"] if "jsonStringPath" in c]
    check(inner and inner[0]["new"] == "orders", f"table mappings: {tasks}")

    # Opening MySQL to the world (deployed allowed only 10.0.0.0/8): a security change.
    private = synth(variant(tmp, "private", 'allowedCidrs: ["0.0.0.0/0"]', 'allowedCidrs: ["10.0.0.0/8"]'),
                    os.path.join(tmp, "private"))
    rc, d = diff_synth(BASE_CONFIG, private, "--fail-on", "security")
    rules = d["security"]["securityGroupRules"]
    check(rc == 1 and any(r["change"] == "added" and r["openToWorld"] for r in rules),
          f"open ingress: {rules}")
    check(d["security"]["permissionsBroadened"], "open ingress broadens")

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("ok")
