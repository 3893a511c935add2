#!/usr/bin/env python3
"""`cdkpp synth` against the AWS CDK app of the same pipeline, whole process.

  (cd bench/cdk-app && npm ci && npx tsc)      # once: builds dist/app.js
  python3 bench/synth_bench.py [--runs 100] [--cdk-runs 10] [--config FILE]

The CDK app (bench/cdk-app/src/app.ts, aws-cdk-lib pinned) builds
examples/pipeline.yaml's pipeline and runs under plain node, no CDK CLI. The
two run in turn, so load changes hit both alike; the ratio is median against
median of this one run. Also prints cdkpp's instructions (callgrind) and peak
RSS. Targets: >= 1000x, <= 4M instructions, <= 8 MiB.
"""
import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=100)
parser.add_argument("--cdk-runs", type=int, default=10)
parser.add_argument("--bin", default=benchlib.CDKPP)
parser.add_argument("--config", default=os.path.join(benchlib.ROOT, "examples", "pipeline.yaml"))
parser.add_argument("--no-cdk", action="store_true", help="time cdkpp alone")
args = parser.parse_args()

out = tempfile.mkdtemp(prefix="cdkpp-bench-")
cdkpp = [args.bin, "-q", "synth", "-c", args.config, "-o", os.path.join(out, "cdkpp")]
commands = {"cdkpp synth": (cdkpp, args.runs)}
if not args.no_cdk:
    app = os.path.join(benchlib.ROOT, "bench", "cdk-app", "dist", "app.js")
    if not os.path.exists(app):
        sys.exit("build the CDK app first: (cd bench/cdk-app && npm ci && npx tsc)")
    commands["AWS CDK app (node)"] = (["node", app, os.path.join(out, "cdk")], args.cdk_runs)
for argv, _ in commands.values():
    benchlib.run(argv)  # warm the page cache
load = benchlib.load_average()
times = benchlib.alternate(commands, args.runs)
for name, t in times.items():
    t.sort()
    print(f"{name:20} {len(t):4} runs: median {benchlib.median(t):9.2f} ms, "
          f"min {t[0]:9.2f} ms, p90 {t[int(len(t) * 0.9)]:9.2f} ms")
if not args.no_cdk:
    ratio = benchlib.median(times["AWS CDK app (node)"]) / benchlib.median(times["cdkpp synth"])
    print(f"ratio of medians: cdkpp is {ratio:.0f}x faster (target >= 1000x)")
print(f"cdkpp synth: {benchlib.millions(benchlib.instructions(cdkpp))} instructions "
      f"(target <= 4M), peak RSS {benchlib.peak_rss_mib(cdkpp):.1f} MiB (target <= 8 MiB)")
print(f"load average at start: {load:.1f} on {os.cpu_count()} cores")
