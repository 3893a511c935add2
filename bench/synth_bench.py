#!/usr/bin/env python3
"""Whole-process timing of `cdkpp synth` on the example config.

Usage: python3 bench/synth_bench.py [--runs N] [--bin build/cdkpp]
Prints the median and p90 wall time and the peak RSS of one synth process.
Targets (README's benchmark table): median < 5 ms, peak RSS < 15 MB.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=200)
parser.add_argument("--bin", default=os.path.join(root, "build", "cdkpp"))
parser.add_argument("--config", default=os.path.join(root, "examples", "pipeline.yaml"))
args = parser.parse_args()

out = tempfile.mkdtemp(prefix="cdkpp-bench-")
command = [args.bin, "-q", "synth", "-c", args.config, "-o", out]
subprocess.run(command, check=True)  # warm the page cache
times = []
for _ in range(args.runs):
    start = time.perf_counter()
    subprocess.run(command, check=True)
    times.append((time.perf_counter() - start) * 1000)
times.sort()
# Peak RSS from GNU time: getrusage(RUSAGE_CHILDREN) would also count the
# forked Python image before exec.
rss = subprocess.run(["/usr/bin/time", "-f", "%M", *command], capture_output=True, text=True)
peak_kib = int(rss.stderr.strip().splitlines()[-1])
print(f"cdkpp synth (example), {args.runs} runs: median {statistics.median(times):.2f} ms, "
      f"p90 {times[int(len(times) * 0.9)]:.2f} ms, peak RSS {peak_kib / 1024:.1f} MiB")
