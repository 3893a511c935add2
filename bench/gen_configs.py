#!/usr/bin/env python3
"""Writes an N-pipeline cdkpp config: examples/pipeline.yaml's stack N times.

  python3 bench/gen_configs.py N OUT.yaml

Stack i (1-based) differs only in what must be unique per account: the stack
name, the replication instance identifier and the stream name; only stack 1
creates the account-wide DMS service roles. Deterministic.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def stack_text(seed, i):
    text = seed.replace("DmsMysqlKinesisCloudwatch1Stack", f"Pipeline{i}Stack")
    text = text.replace("instanceIdentifier: mysql-cdc-replication",
                        f"instanceIdentifier: mysql-cdc-replication-{i}")
    text = text.replace("name: mysql-cdc-stream", f"name: mysql-cdc-stream-{i}")
    if i > 1:
        text = text.replace("createServiceRoles: true", "createServiceRoles: false")
    return text


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n = int(sys.argv[1])
    with open(os.path.join(ROOT, "examples", "pipeline.yaml"), encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    # The one stack: everything from its "  - name:" line to the end.
    start = next(i for i, line in enumerate(lines) if line.startswith("  - name:"))
    seed = "".join(lines[start:])
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("stacks:\n")
        for i in range(1, n + 1):
            out.write(stack_text(seed, i))


if __name__ == "__main__":
    main()
