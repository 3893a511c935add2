#!/usr/bin/env python3
"""A template over 51,200 bytes (the default example plus 200 table
mappings) is refused inline by `aws cloudformation deploy` and deploys through
`--s3-bucket` on the emulator's S3, with every configured value checked; then
delete-stack leaves nothing behind."""
import os
import sys

SOURCE = os.environ.get("CDKPP_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(SOURCE, "tests"))

from deploy import harness, scenario  # noqa: E402

harness.main(lambda checks: scenario.large_template_through_s3(
    checks, os.path.join(SOURCE, "examples", "pipeline.yaml")))
