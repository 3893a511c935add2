#!/usr/bin/env python3
"""The example's YAML template (`cdkpp synth --format yaml`, short-form tags)
deploys with `aws cloudformation deploy --template-file X.template.yaml` on the
local AWS emulator, shows every configured value, and deletes cleanly, like
the JSON one in deploy_default_test.py. See docs/deploy-tests.md."""
import os
import sys

SOURCE = os.environ.get("CDKPP_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(SOURCE, "tests"))

from deploy import harness, scenario  # noqa: E402

harness.main(lambda checks: scenario.create_verify_delete(
    checks, os.path.join(SOURCE, "examples", "pipeline.yaml"), template_format="yaml"))
