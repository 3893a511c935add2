#!/usr/bin/env python3
"""Times `cdkpp diff` against @aws-cdk/cloudformation-diff on the same pair of
500-resource templates, whole process (start, read, parse, diff, print),
and prints the medians side by side with the ratio.

  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && make -C build cdkpp
  (cd bench/diff && npm ci)            # installs @aws-cdk/cloudformation-diff
  python3 bench/diff/run_bench.py [--runs 30] [--cdkpp build/cdkpp]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def time_runs(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if p.returncode not in (0, 1):
            sys.exit(f"{cmd[0]} failed ({p.returncode}): {p.stderr.decode()}")
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--node-runs", type=int, default=10)
    ap.add_argument("--cdkpp", default=os.path.join(ROOT, "build", "cdkpp"))
    args = ap.parse_args()
    out = os.path.join(HERE, "out")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_templates.py"), out], check=True)
    old, new = os.path.join(out, "old.json"), os.path.join(out, "new.json")
    if not os.path.isdir(os.path.join(HERE, "node_modules", "@aws-cdk", "cloudformation-diff")):
        sys.exit("run `npm ci` in bench/diff first")

    cdkpp = time_runs([args.cdkpp, "diff", old, new], args.runs)
    node = time_runs(["node", os.path.join(HERE, "cfn_diff.js"), old, new], args.node_runs)
    c, n = statistics.median(cdkpp), statistics.median(node)
    print(f"pair: {old} / {new} (500 resources each)")
    print(f"{'tool':34} {'median':>10} {'min':>10} {'max':>10} runs")
    print(f"{'cdkpp diff':34} {c * 1000:8.2f}ms {min(cdkpp) * 1000:8.2f}ms {max(cdkpp) * 1000:8.2f}ms {len(cdkpp)}")
    print(f"{'@aws-cdk/cloudformation-diff':34} {n * 1000:8.2f}ms {min(node) * 1000:8.2f}ms {max(node) * 1000:8.2f}ms {len(node)}")
    print(f"ratio: cdkpp is {n / c:.1f}x faster (target >= 100x, cdkpp < 20 ms)")


if __name__ == "__main__":
    main()
