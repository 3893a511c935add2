#!/usr/bin/env python3
"""Update: deploy the default example, change the config (shard count 1 -> 2,
alarm threshold 300 -> 600, one more table mapping), synth and deploy again;
then once more (DMS instance class, message format, an alarm e-mail). Each
time the stack shows the new values and `cdkpp diff` predicted what happened
(updates keep the physical resource). Then delete-stack leaves nothing."""
import os
import sys

SOURCE = os.environ.get("CDKPP_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(SOURCE, "tests"))

from deploy import harness, scenario  # noqa: E402

harness.main(lambda checks: scenario.create_update_delete(
    checks, os.path.join(SOURCE, "examples", "pipeline.yaml")))
