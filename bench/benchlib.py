"""Shared measurement helpers of the whole-process benchmarks in bench/.

Wall time moves with machine load; the instruction count that
`valgrind --tool=callgrind` reports does not, so every table prints both.
"""
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CDKPP = os.path.join(ROOT, "build", "cdkpp")


def run(command, ok=(0,)):
    p = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode not in ok:
        raise SystemExit(f"{command} failed ({p.returncode}): {p.stderr.decode()[-2000:]}")


def wall_ms(command, ok=(0,)):
    start = time.perf_counter()
    run(command, ok)
    return (time.perf_counter() - start) * 1000


def alternate(commands, runs, ok=(0,)):
    """Wall times in ms per command, the commands run in turn so that load
    changes hit each of them alike. commands: {name: (argv, runs)}; argv may
    be a function of the run's index (a new output directory each run)."""
    times = {name: [] for name in commands}
    for i in range(max(n for _, n in commands.values())):
        for name, (argv, n) in commands.items():
            if i < n:
                times[name].append(wall_ms(argv(i) if callable(argv) else argv, ok))
    return times


def median(times):
    return statistics.median(times)


def instructions(command, ok=(0,)):
    """Instructions the whole process executes (valgrind --tool=callgrind)."""
    if shutil.which("valgrind") is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        p = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                            *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if p.returncode not in ok:
            raise SystemExit(f"{command} under callgrind failed: {p.stderr[-2000:]}")
        m = re.search(r"Collected : (\d+)", p.stderr)
        return int(m.group(1)) if m else None


def peak_rss_mib(command, ok=(0,)):
    """Peak RSS of the process (GNU time: getrusage(RUSAGE_CHILDREN) would
    also count the forked Python image before exec)."""
    p = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if p.returncode not in ok:
        raise SystemExit(f"{command} failed: {p.stderr[-2000:]}")
    return int(p.stderr.strip().splitlines()[-1]) / 1024


def millions(n):
    return "n/a" if n is None else f"{n / 1e6:.2f}M"


def load_average():
    return os.getloadavg()[0]
