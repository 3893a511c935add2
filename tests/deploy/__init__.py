"""End-to-end deploy test harness for cdkpp (see docs/deploy-tests.md)."""
