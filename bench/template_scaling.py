#!/usr/bin/env python3
"""`cdkpp validate TEMPLATE` and `cdkpp diff OLD NEW` on templates nobody
synthesized, at several sizes, JSON and YAML: whole process, instructions
(callgrind) beside the median wall time. Growth should be linear: the
instructions per resource stay flat as the template grows.

  python3 bench/template_scaling.py [--sizes 100,500,1000] [--runs 5]

Templates come from bench/diff/gen_templates.py (its resource mix, N
resources; the YAML is PyYAML's dump of the same template, so both formats
hold the same values).
"""
import argparse
import importlib.util
import json
import os
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import benchlib  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--sizes", default="100,500,1000")
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--bin", default=benchlib.CDKPP)
args = parser.parse_args()

spec = importlib.util.spec_from_file_location("gen", os.path.join(HERE, "diff", "gen_templates.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

tmp = tempfile.mkdtemp(prefix="cdkpp-template-scaling-")


def write(n, variant, fmt):
    gen.N = n
    t = gen.template(variant)
    path = os.path.join(tmp, f"{'new' if variant else 'old'}-{n}.{fmt}")
    with open(path, "w", encoding="utf-8") as f:
        if fmt == "json":
            json.dump(t, f, indent=1)
        else:
            yaml.safe_dump(t, f, sort_keys=False, width=1000)
    return path


print(f"load average at start: {benchlib.load_average():.1f} on {os.cpu_count()} cores")
print(f"{'command':>8} {'format':>6} {'resources':>9} {'bytes':>9} {'median ms':>10} "
      f"{'instructions':>13} {'per resource':>13}")
for n in (int(s) for s in args.sizes.split(",")):
    for fmt in ("json", "yaml"):
        old, new = write(n, False, fmt), write(n, True, fmt)
        for name, command in (("validate", [args.bin, "-q", "validate", new]),
                              ("diff", [args.bin, "-q", "diff", old, new])):
            ok = (0, 1)
            times = [benchlib.wall_ms(command, ok) for _ in range(args.runs)]
            count = benchlib.instructions(command, ok)
            per = "n/a" if count is None else f"{count / n / 1e3:.0f}K"
            print(f"{name:>8} {fmt:>6} {n:>9} {os.path.getsize(new):>9} "
                  f"{benchlib.median(times):>10.2f} {benchlib.millions(count):>13} {per:>13}")
