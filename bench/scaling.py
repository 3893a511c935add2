#!/usr/bin/env python3
"""How `cdkpp synth` scales with the number of pipelines, plus the validate
row: whole process, wall time beside instructions (callgrind) and peak RSS.

  python3 bench/scaling.py [--sizes 1,10,100,1000] [--runs 20]

Configs come from bench/gen_configs.py (examples/pipeline.yaml's stack N
times, 43 resources each). Targets: 100 pipelines <= 50 ms and <= 400M
instructions, instructions(100) <= 10.5 x instructions(10); `cdkpp validate`
of a 500-resource template (bench/diff/gen_templates.py's new.json) <= 5 ms.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import benchlib  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--sizes", default="1,10,100,1000")
parser.add_argument("--runs", type=int, default=20)
parser.add_argument("--bin", default=benchlib.CDKPP)
parser.add_argument("--callgrind-max", type=int, default=1000,
                    help="count instructions only up to this N (callgrind is ~50x slower)")
args = parser.parse_args()

tmp = tempfile.mkdtemp(prefix="cdkpp-scaling-")
print(f"load average at start: {benchlib.load_average():.1f} on {os.cpu_count()} cores")
print(f"{'pipelines':>9} {'resources':>9} {'median ms':>10} {'min ms':>8} "
      f"{'instructions':>13} {'per pipeline':>13} {'peak RSS':>9}")
counts = {}
for n in (int(s) for s in args.sizes.split(",")):
    config = os.path.join(tmp, f"pipelines-{n}.yaml")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_configs.py"), str(n), config],
                   check=True)
    command = [args.bin, "-q", "synth", "-c", config, "-o", os.path.join(tmp, f"out-{n}")]
    benchlib.run(command)
    runs = max(3, args.runs if n <= 100 else args.runs // 4)
    t = sorted(benchlib.alternate({"synth": (command, runs)}, runs)["synth"])
    counts[n] = benchlib.instructions(command) if n <= args.callgrind_max else None
    per = "n/a" if counts[n] is None else benchlib.millions(counts[n] / n)
    print(f"{n:>9} {43 * n:>9} {benchlib.median(t):>10.2f} {t[0]:>8.2f} "
          f"{benchlib.millions(counts[n]):>13} {per:>13} {benchlib.peak_rss_mib(command):>7.1f} MiB",
          flush=True)
if counts.get(10) and counts.get(100):
    print(f"instructions(100) / instructions(10) = {counts[100] / counts[10]:.2f} "
          "(target <= 10.5)")

# validate TEMPLATE on a 500-resource template.
out = os.path.join(HERE, "diff", "out")
subprocess.run([sys.executable, os.path.join(HERE, "diff", "gen_templates.py"), out], check=True)
template = os.path.join(out, "new.json")
command = [args.bin, "-q", "validate", template]
t = sorted(benchlib.alternate({"validate": (command, args.runs)}, args.runs, ok=(0, 1))["validate"])
print(f"validate, 500-resource template: median {benchlib.median(t):.2f} ms, min {t[0]:.2f} ms, "
      f"{benchlib.millions(benchlib.instructions(command, ok=(0, 1)))} instructions "
      "(target <= 5 ms)")
