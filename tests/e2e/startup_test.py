"""Start-up of the static PIE: its writable data is faulted in as one range.

The executable's entry point (src/cli/prefault_entry_x86_64.S) makes every
page of its writable segments present with one madvise(MADV_POPULATE_WRITE)
before glibc relocates it (src/cli/prefault_writable.cc). Without it, the
pages of .bss nobody writes stay absent. So while a command runs (here:
`validate -` waiting for its standard input), the .bss mapping is resident
to its last page.

Only where the entry point is in the build: an x86-64 static PIE (no
PT_INTERP) on Linux 5.14 or later (MADV_POPULATE_WRITE).
"""
import os
import platform
import struct
import subprocess
import time

from e2e_support import CDKPP, check, run

PT_INTERP = 3


def is_static_pie(path):
    with open(path, "rb") as f:
        header = f.read(64)
        if header[:4] != b"\x7fELF" or header[4] != 2:  # 64-bit ELF only
            return False
        (e_type,) = struct.unpack_from("<H", header, 16)
        (e_phoff,) = struct.unpack_from("<Q", header, 32)
        e_phentsize, e_phnum = struct.unpack_from("<HH", header, 54)
        for i in range(e_phnum):
            f.seek(e_phoff + i * e_phentsize)
            (p_type,) = struct.unpack("<I", f.read(4))
            if p_type == PT_INTERP:
                return False
        return e_type == 3  # ET_DYN: position-independent


def kernel_at_least(major, minor):
    numbers = platform.release().split("-")[0].split(".")
    return (int(numbers[0]), int(numbers[1])) >= (major, minor)


def mappings(pid):
    """The process's mappings: (start, end, path, rss_kb), from /proc/PID/smaps."""
    result = []
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            fields = line.split()
            if "-" in fields[0] and not fields[0].endswith(":"):
                start, end = (int(x, 16) for x in fields[0].split("-"))
                result.append([start, end, fields[5] if len(fields) > 5 else "", None])
            elif fields[0] == "Rss:":
                result[-1][3] = int(fields[1])
    return result


def wait_until_blocked(pid, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        if state == "S":
            return
        time.sleep(0.01)
    raise AssertionError("the command never waited for its input")


@check
def bss_is_resident_while_a_command_runs():
    if not (platform.machine() == "x86_64" and is_static_pie(CDKPP) and kernel_at_least(5, 14)):
        print("not an x86-64 static PIE on Linux 5.14+: nothing to check")
        return
    proc = subprocess.Popen([CDKPP, "validate", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_blocked(proc.pid)  # past start-up, reading standard input
        maps = mappings(proc.pid)
    finally:
        proc.stdin.close()
        proc.wait()
    exe = os.path.realpath(CDKPP)
    last_file_mapping = max(i for i, m in enumerate(maps) if m[2] == exe)
    start, end, path, rss_kb = maps[last_file_mapping + 1]
    assert path == "" and start == maps[last_file_mapping][1], maps  # .bss, right after the file
    assert rss_kb * 1024 == end - start, f".bss: {rss_kb} KiB of {(end - start) // 1024} resident"


run()
