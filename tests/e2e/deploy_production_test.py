#!/usr/bin/env python3
"""The production template (templates/production/cdkpp.yaml: private Multi-AZ
database kept on removal, password rotation, flow logs, KMS-encrypted logs,
an extra Kinesis alarm, service roles that the account already has) deploys
with `aws cloudformation deploy` on the local AWS emulator and shows every
configured value.

No delete: the database has deletion protection, so in AWS delete-stack
fails until a deploy turns it off; that refusal is the profile's point.
docs/deploy-tests.md says what a user does instead."""
import os
import sys

SOURCE = os.environ.get("CDKPP_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(SOURCE, "tests"))

from deploy import harness, scenario  # noqa: E402

harness.main(lambda checks: scenario.create_verify_delete(
    checks, os.path.join(SOURCE, "templates", "production", "cdkpp.yaml"), delete=False))
