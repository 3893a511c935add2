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
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_runs(cmd, runs):
    """Wall-clock seconds per run, and CPU seconds (user + sys) per run."""
    times, cpu = [], []
    for _ in range(runs):
        cpu0 = cpu_seconds()
        start = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        cpu.append(cpu_seconds() - cpu0)
        if p.returncode not in (0, 1):
            sys.exit(f"{cmd[0]} failed ({p.returncode}): {p.stderr.decode()}")
    return times, cpu


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

    cdkpp_cmd = [args.cdkpp, "diff", old, new]
    node_cmd = ["node", os.path.join(HERE, "cfn_diff.js"), old, new]
    # In turn, so that load changes hit both alike.
    cdkpp, cdkpp_cpu, node, node_cpu = [], [], [], []
    for i in range(max(args.runs, args.node_runs)):
        if i < args.runs:
            t, c = time_runs(cdkpp_cmd, 1)
            cdkpp += t
            cdkpp_cpu += c
        if i < args.node_runs:
            t, c = time_runs(node_cmd, 1)
            node += t
            node_cpu += c
    c, n = statistics.median(cdkpp), statistics.median(node)
    ms = lambda x: f"{x * 1000:8.2f}ms"
    print(f"pair: {old} / {new} (500 resources each)")
    print(f"{'tool':30} {'median':>10} {'min':>10} {'max':>10} {'cpu median':>11} runs")
    for name, t, cpu in (("cdkpp diff", cdkpp, cdkpp_cpu),
                         ("@aws-cdk/cloudformation-diff", node, node_cpu)):
        print(f"{name:30} {ms(statistics.median(t))} {ms(min(t))} {ms(max(t))} "
              f"{ms(statistics.median(cpu))}  {len(t)}")
    print(f"ratio (median wall): cdkpp is {n / c:.1f}x faster; "
          f"cpu: {statistics.median(node_cpu) / max(statistics.median(cdkpp_cpu), 1e-6):.1f}x "
          f"(target >= 300x)")
    print(f"cdkpp diff: {benchlib.millions(benchlib.instructions(cdkpp_cmd, ok=(0, 1)))} "
          f"instructions; load average {benchlib.load_average():.1f} on {os.cpu_count()} cores")

if __name__ == "__main__":
    main()
