#!/usr/bin/env python3
"""`cdkpp synth` against the AWS CDK app of the same pipeline, whole process.

  (cd bench/cdk-app && npm ci && npx tsc)      # once: builds dist/app.js
  python3 bench/synth_bench.py [--runs 100] [--cdk-runs 10] [--config FILE]

The CDK app (bench/cdk-app/src/app.ts, aws-cdk-lib pinned) builds
examples/pipeline.yaml's pipeline and runs under plain node, no CDK CLI. The
two run in turn, so load changes hit both alike; the ratio is median against
median of this one run. Also prints cdkpp's instructions (callgrind) and peak
RSS. Targets: >= 1000x, <= 4M instructions, <= 8 MiB. cdkpp runs twice per
round: into the same directory (an unchanged assembly is not written again)
and into a new directory (every file written).
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
# Two cdkpp cases. The same directory each run (as the CDK app below is run):
# from the second run on the assembly there is already identical, so cdkpp
# writes nothing. A new directory each run: every file is written.
fresh = lambda i: [*cdkpp[:-1], os.path.join(out, f"cdkpp-{i}")]  # noqa: E731
commands = {"cdkpp synth": (cdkpp, args.runs), "cdkpp synth, new dir": (fresh, args.runs)}
if not args.no_cdk:
    app = os.path.join(benchlib.ROOT, "bench", "cdk-app", "dist", "app.js")
    if not os.path.exists(app):
        sys.exit("build the CDK app first: (cd bench/cdk-app && npm ci && npx tsc)")
    commands["AWS CDK app (node)"] = (["node", app, os.path.join(out, "cdk")], args.cdk_runs)
for argv, _ in commands.values():
    benchlib.run(argv(-1) if callable(argv) else argv)  # warm the page cache
load = benchlib.load_average()
times = benchlib.alternate(commands, args.runs)
for name, t in times.items():
    t.sort()
    print(f"{name:20} {len(t):4} runs: median {benchlib.median(t):9.2f} ms, "
          f"min {t[0]:9.2f} ms, p90 {t[int(len(t) * 0.9)]:9.2f} ms")
if not args.no_cdk:
    cdk = benchlib.median(times["AWS CDK app (node)"])
    for name in ("cdkpp synth", "cdkpp synth, new dir"):
        print(f"ratio of medians, {name}: cdkpp is {cdk / benchlib.median(times[name]):.0f}x "
              "faster (target >= 1000x)")
print(f"cdkpp synth: {benchlib.millions(benchlib.instructions(cdkpp))} instructions "
      f"(target <= 4M), peak RSS {benchlib.peak_rss_mib(cdkpp):.1f} MiB (target <= 8 MiB)")
print(f"load average at start: {load:.1f} on {os.cpu_count()} cores")
