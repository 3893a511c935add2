#!/usr/bin/env python3
"""Writes the edited variants of base.yaml used by tests/e2e/diff_pipeline_test.py.

Each variant is base.yaml with one realistic edit, applied as a text
substitution so the YAML (short-form tags included) stays as a person wrote it.
Regenerate:  python3 tests/testdata/diff/pipeline/make_variants.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

OPEN_INGRESS = """      SecurityGroupIngress:
        - CidrIp: 0.0.0.0/0
          Description: MySQL from anywhere (testing)
          IpProtocol: tcp
          FromPort: 3306
          ToPort: 3306
"""

VARIANTS = {
    # Kinesis ShardCount is updatable in place.
    "shard_count_2.yaml": [("      ShardCount: 1\n", "      ShardCount: 2\n")],
    # Kinesis Name is create-only: the stream is replaced.
    "stream_name.yaml": [("      Name: pipeline-cdc\n", "      Name: pipeline-cdc-v2\n")],
    # RDS DBName is create-only: the database is replaced.
    "db_name.yaml": [("      DBName: cdc\n", "      DBName: orders\n")],
    # One more action for the DMS role: a broadened permission.
    "iam_action.yaml": [("              - kinesis:PutRecords\n",
                         "              - kinesis:PutRecords\n              - kinesis:ListShards\n")],
    # MySQL open to the world: a security change.
    "open_ingress.yaml": [("      GroupDescription: MySQL source for DMS\n",
                           "      GroupDescription: MySQL source for DMS\n" + OPEN_INGRESS)],
    # A table mapping edit inside the JSON string.
    "table_mappings.yaml": [('"table-name":"%"', '"table-name":"orders"')],
    # Only noise: CDK analytics, construct paths, DependsOn order, key order
    # inside a JSON string, 20 vs '20'. No differences unless --strict.
    "noise.yaml": [
        ("H4sIAAAAAAAA/zPSMzQw1DNQTCwv1k1OydbNyUzSqw4uSUzO1nFOy/MvLSkoLQEAUTmUcSAAAAA=",
         "H4sIAAAAAAAA/zPSMzQw1DNQTCwv1k1OydbNyUzSqw4uSUzO1nFOy/MvLSkoLQEAUTmUcSBBBBB="),
        ("aws:cdk:path: Pipeline/Stream/Resource", "aws:cdk:path: Renamed/Stream/Resource"),
        ("    DependsOn:\n      - DmsVpcRole5B5C7A10\n",
         "    DependsOn: DmsVpcRole5B5C7A10\n"),
        ("'{\"Logging\":{\"EnableLogging\":true}}'", "'{ \"Logging\": { \"EnableLogging\": true } }'"),
        ("      AllocatedStorage: '20'\n", "      AllocatedStorage: 20\n"),
        ("      EnableDnsHostnames: true\n      EnableDnsSupport: true\n",
         "      EnableDnsSupport: true\n      EnableDnsHostnames: true\n"),
    ],
}


def main():
    with open(os.path.join(HERE, "base.yaml"), encoding="utf-8") as f:
        base = f.read()
    for name, edits in sorted(VARIANTS.items()):
        text = base
        for old, new in edits:
            assert text.count(old) == 1, (name, old)
            text = text.replace(old, new)
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
