#!/usr/bin/env python3
"""The committed data/cfn_schemas.tsv equals what tools/gen_cfn_schema_data.py
generates from the cfn-lint schemas installed on this machine; the types
tools/gen_schema_tables.py lays out first cover every type cdkpp synthesizes."""
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

src = os.environ.get("CDKPP_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
committed = os.path.join(src, "data", "cfn_schemas.tsv")
with tempfile.TemporaryDirectory() as tmp:
    fresh = os.path.join(tmp, "cfn_schemas.tsv")
    # Run from tmp: cfn-lint breaks when imported with its own directory as cwd.
    subprocess.run([sys.executable, os.path.join(src, "tools", "gen_cfn_schema_data.py"), fresh],
                   check=True, cwd=tmp)
    with open(committed, encoding="utf-8") as f:
        want = f.read().splitlines()
    with open(fresh, encoding="utf-8") as f:
        got = f.read().splitlines()
if want != got:
    w, g = set(want), set(got)
    for line in sorted(w - g)[:5]:
        print("committed only:", line[:200])
    for line in sorted(g - w)[:5]:
        print("generated only:", line[:200])
    print(f"FAIL: {committed} is stale; regenerate: python3 tools/gen_cfn_schema_data.py")
    sys.exit(1)
if len(got) < 1400 or not any(l.startswith("AWS::Kinesis::Stream\t") for l in got):
    print("FAIL: data looks incomplete")
    sys.exit(1)

# The generator's HOT_TYPES (schemas laid out first, for fewer page faults)
# must keep up with the constructs: every AWS type of the golden templates.
spec = importlib.util.spec_from_file_location(
    "gen_schema_tables", os.path.join(src, "tools", "gen_schema_tables.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
made = set()
for path in glob.glob(os.path.join(src, "tests", "testdata", "golden", "**", "*.template.json"),
                      recursive=True):
    with open(path, encoding="utf-8") as f:
        for resource in json.load(f).get("Resources", {}).values():
            if resource["Type"].startswith("AWS::"):
                made.add(resource["Type"])
missing = sorted(made - set(gen.HOT_TYPES))
if len(made) < 20 or missing:
    print(f"FAIL: tools/gen_schema_tables.py HOT_TYPES lacks {missing} ({len(made)} types made)")
    sys.exit(1)
print(f"ok: {len(got)} resource types match the installed cfn-lint schemas; "
      f"the {len(made)} types cdkpp makes are laid out first")
