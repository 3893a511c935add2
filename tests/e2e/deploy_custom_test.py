#!/usr/bin/env python3
"""tests/deploy/configs/custom.yaml (see its header) deploys with `aws
cloudformation deploy` on the local AWS emulator, shows every configured value
through the service APIs, and delete-stack leaves nothing behind."""
import os
import sys

SOURCE = os.environ.get("CDKPP_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(SOURCE, "tests"))

from deploy import harness, scenario  # noqa: E402

harness.main(lambda checks: scenario.create_verify_delete(
    checks, os.path.join(SOURCE, "tests", "deploy", "configs", "custom.yaml")))
