#!/usr/bin/env python3
"""Whole-process timing of `cdkpp validate` against `cdkpp synth`.

Usage: python3 bench/validate_bench.py [--runs N] [--bin build/cdkpp]
Prints the median and p90 wall time of `cdkpp validate -c CONFIG` (synth in
memory + every rule) next to `cdkpp synth -c CONFIG`; the difference is the
cost of validation that `cdkpp synth` pays once it validates each template
(target: whole synth process < 5 ms).
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


def measure(command):
    # Exit 1 (findings) is a valid outcome; 2 means the command is wrong.
    assert subprocess.run(command, stdout=subprocess.DEVNULL).returncode in (0, 1), command
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)]


out = tempfile.mkdtemp(prefix="cdkpp-bench-")
synth = [args.bin, "-q", "synth", "-c", args.config, "-o", out]
subprocess.run(synth, check=True)
templates = [os.path.join(out, f) for f in sorted(os.listdir(out)) if f.endswith(".template.json")]
for name, command in [
    ("synth", synth),
    ("validate -c", [args.bin, "-q", "validate", "-c", args.config]),
    ("validate TEMPLATE", [args.bin, "-q", "validate", *templates]),
]:
    median, p90 = measure(command)
    print(f"cdkpp {name}, {args.runs} runs: median {median:.2f} ms, p90 {p90:.2f} ms")
