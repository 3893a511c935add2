#!/usr/bin/env python3
"""The committed data/cfn_schemas.tsv equals what tools/gen_cfn_schema_data.py
generates from the cfn-lint schemas installed on this machine."""
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
print(f"ok: {len(got)} resource types match the installed cfn-lint schemas")
