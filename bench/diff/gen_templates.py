#!/usr/bin/env python3
"""Generates a pair of large CloudFormation templates (500 resources each) for
the diff benchmark: old.json and new.json in OUT_DIR (default bench/diff/out).

A deterministic mix of pipeline-like resources (Kinesis streams, IAM roles and
policies, security groups and rules, DMS endpoints and tasks with JSON-string
table mappings, log groups, alarms), each with aws:cdk:path metadata. new.json
changes about a quarter of them: updates, replacements (create-only names),
new IAM actions, new ingress rules, table mapping edits, and a few resources
removed and added so both sides still hold 500.
"""
import json
import os
import random
import sys

N = 500
KINDS = ["stream", "role", "policy", "sg", "ingress", "endpoint", "task", "loggroup", "alarm", "bucket"]


def make(kind, i, rng, variant):
    """Returns (logical id, resource) for resource i of the given kind."""
    lid = f"{kind.capitalize()}{i:04d}A1B2C3D4"
    path = {"Metadata": {"aws:cdk:path": f"Bench/{kind.capitalize()}{i}/Resource"}}
    edit = variant and rng.random() < 0.25
    if kind == "stream":
        props = {"Name": f"stream-{i}" + ("-v2" if edit and i % 2 else ""),
                 "ShardCount": 2 if edit and not i % 2 else 1, "RetentionPeriodHours": 24,
                 "StreamModeDetails": {"StreamMode": "PROVISIONED"}}
        return lid, {"Type": "AWS::Kinesis::Stream", "Properties": props, **path}
    if kind == "role":
        props = {"AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "dms.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}
        if edit:
            props["ManagedPolicyArns"] = [{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"},
                                                             ":iam::aws:policy/ReadOnlyAccess"]]}]
        return lid, {"Type": "AWS::IAM::Role", "Properties": props, **path}
    if kind == "policy":
        actions = ["kinesis:DescribeStream", "kinesis:PutRecord", "kinesis:PutRecords"]
        if edit:
            actions.append("kinesis:ListShards")
        stream = f"Stream{(i // 10) * 10:04d}A1B2C3D4"
        props = {"PolicyName": f"policy{i}", "Roles": [{"Ref": f"Role{(i // 10) * 10 + 1:04d}A1B2C3D4"}],
                 "PolicyDocument": {"Version": "2012-10-17", "Statement": [
                     {"Effect": "Allow", "Action": actions, "Resource": {"Fn::GetAtt": [stream, "Arn"]}}]}}
        return lid, {"Type": "AWS::IAM::Policy", "Properties": props, **path}
    if kind == "sg":
        ingress = [{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "CidrIp": "10.0.0.0/16"}]
        if edit:
            ingress.append({"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "CidrIp": "0.0.0.0/0"})
        props = {"GroupDescription": f"group {i}", "VpcId": "vpc-12345678",
                 "SecurityGroupIngress": ingress,
                 "SecurityGroupEgress": [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}]}
        return lid, {"Type": "AWS::EC2::SecurityGroup", "Properties": props, **path}
    if kind == "ingress":
        sg = f"Sg{(i // 10) * 10 + 3:04d}A1B2C3D4"
        props = {"GroupId": {"Fn::GetAtt": [sg, "GroupId"]}, "IpProtocol": "tcp",
                 "FromPort": 443 if not edit else 8443, "ToPort": 443 if not edit else 8443,
                 "SourceSecurityGroupId": {"Fn::GetAtt": [sg, "GroupId"]}}
        return lid, {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": props, **path}
    if kind == "endpoint":
        stream = f"Stream{(i // 10) * 10:04d}A1B2C3D4"
        props = {"EndpointType": "target", "EngineName": "kinesis", "KinesisSettings": {
            "MessageFormat": "json" if not edit else "json-unformatted",
            "StreamArn": {"Fn::GetAtt": [stream, "Arn"]},
            "ServiceAccessRoleArn": {"Fn::GetAtt": [f"Role{(i // 10) * 10 + 1:04d}A1B2C3D4", "Arn"]}}}
        return lid, {"Type": "AWS::DMS::Endpoint", "Properties": props, **path}
    if kind == "task":
        table = "orders" if edit else "%"
        mappings = {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "1",
                               "object-locator": {"schema-name": "cdc", "table-name": table},
                               "rule-action": "include"}]}
        props = {"MigrationType": "cdc", "ReplicationInstanceArn": "arn:aws:dms:us-east-1:123456789012:rep:X",
                 "SourceEndpointArn": "arn:aws:dms:us-east-1:123456789012:endpoint:S",
                 "TargetEndpointArn": {"Ref": f"Endpoint{(i // 10) * 10 + 5:04d}A1B2C3D4"},
                 "TableMappings": json.dumps(mappings, separators=(",", ":")),
                 "ReplicationTaskSettings": json.dumps({"Logging": {"EnableLogging": True}})}
        return lid, {"Type": "AWS::DMS::ReplicationTask", "Properties": props, **path}
    if kind == "loggroup":
        props = {"LogGroupName": f"dms-tasks-{i}", "RetentionInDays": 14 if edit else 7}
        return lid, {"Type": "AWS::Logs::LogGroup", "Properties": props, "DeletionPolicy": "Retain",
                     "UpdateReplacePolicy": "Retain", **path}
    if kind == "alarm":
        props = {"Namespace": "AWS/DMS", "MetricName": "CDCLatencyTarget", "Statistic": "Maximum",
                 "Period": 60, "EvaluationPeriods": 5, "Threshold": 600 if edit else 300,
                 "ComparisonOperator": "GreaterThanThreshold",
                 "Dimensions": [{"Name": "ReplicationTaskIdentifier", "Value": {"Fn::Select": [6, {
                     "Fn::Split": [":", {"Ref": f"Task{(i // 10) * 10 + 6:04d}A1B2C3D4"}]}]}}]}
        return lid, {"Type": "AWS::CloudWatch::Alarm", "Properties": props, **path}
    props = {"BucketName": f"bench-bucket-{i}" + ("-b" if edit else ""),
             "VersioningConfiguration": {"Status": "Enabled"}}
    return lid, {"Type": "AWS::S3::Bucket", "Properties": props, **path}


def template(variant):
    rng = random.Random(42)
    resources = {}
    # The new side drops 10 resources (i % 50 == 49) and adds 10 others, keeping 500.
    if variant:
        indexes = [i for i in range(N) if i % 50 != 49] + [N + k for k in range(10)]
    else:
        indexes = list(range(N))
    for i in indexes:
        lid, res = make(KINDS[i % len(KINDS)], i, rng, variant)
        resources[lid] = res
    return {"AWSTemplateFormatVersion": "2010-09-09", "Description": "diff benchmark",
            "Resources": resources,
            "Outputs": {f"Out{k}": {"Value": {"Ref": f"Stream{k * 10:04d}A1B2C3D4"}} for k in range(20)}}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")
    os.makedirs(out, exist_ok=True)
    for name, variant in (("old.json", False), ("new.json", True)):
        t = template(variant)
        assert len(t["Resources"]) == N, len(t["Resources"])
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(t, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
