#!/usr/bin/env python3
"""Unit tests of the DMS service-role custom resource handler
(src/constructs/lambda/dms_service_roles.py) against moto's IAM, in-process:
nothing leaves the process. cfnresponse (only present inside Lambda) is a
recording double, the one thing the handler reports through."""
import json
import os
import sys
import types
import unittest

os.environ.update({"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                   "AWS_DEFAULT_REGION": "us-east-1",
                   # AWS managed policies exist in every account; moto loads them on request.
                   "MOTO_IAM_LOAD_MANAGED_POLICIES": "true"})

import boto3  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402
from moto import mock_aws  # noqa: E402

SOURCE = os.environ.get("CDKPP_SOURCE_DIR") or os.path.abspath(
    os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(SOURCE, "tests"))
from support.cfnresponse_double import install_cfnresponse, load_handler  # noqa: E402

RESPONSES = install_cfnresponse()
roles = load_handler(SOURCE)

VPC = ("dms-vpc-role", "arn:aws:iam::aws:policy/service-role/AmazonDMSVPCManagementRole")
LOGS = ("dms-cloudwatch-logs-role",
        "arn:aws:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole")


def event(request_type, physical=None):
    e = {"RequestType": request_type, "ResponseURL": "http://127.0.0.1:9/unused",
         "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/S/1",
         "RequestId": "r1", "LogicalResourceId": "ServiceRoles",
         "ResourceType": "Custom::DmsServiceRoles",
         "ResourceProperties": {"ServiceToken": "arn:fn", "PropagationSeconds": "15",
                                "Roles": [{"RoleName": n, "PolicyArn": p} for n, p in (VPC, LOGS)]}}
    if physical:
        e["PhysicalResourceId"] = physical
    return e


class Sleeps(list):
    def __call__(self, seconds):
        self.append(seconds)


class NoCalls:
    """An IAM client that must not be used."""
    def __getattr__(self, name):
        raise AssertionError(f"IAM called on delete: {name}")


class HandlerTest(unittest.TestCase):
    # One moto for the class (loading the managed policies is slow); every
    # test starts from an account without roles.
    @classmethod
    def setUpClass(cls):
        cls.mock = mock_aws()
        cls.mock.start()
        cls.iam = boto3.client("iam")

    @classmethod
    def tearDownClass(cls):
        cls.mock.stop()

    def setUp(self):
        for role in self.iam.list_roles()["Roles"]:
            for policy in self.attached(role["RoleName"]):
                self.iam.detach_role_policy(RoleName=role["RoleName"], PolicyArn=policy)
            self.iam.delete_role(RoleName=role["RoleName"])
        RESPONSES.clear()
        self.sleeps = Sleeps()

    def run_handler(self, e, iam=None):
        roles.handler(e, None, iam=iam or self.iam, sleep=self.sleeps)
        self.assertEqual(len(RESPONSES), 1, RESPONSES)
        return RESPONSES[0]

    def attached(self, name):
        return [p["PolicyArn"] for p in
                self.iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"]]

    def make_role(self, name, description="made by hand"):
        trust = json.dumps({"Version": "2012-10-17", "Statement": []})
        self.iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust,
                             Description=description)

    def test_missing_roles_are_created_with_their_policy_then_waited_for(self):
        r = self.run_handler(event("Create"))
        self.assertEqual((r["status"], r["data"]), ("SUCCESS", {"Created": "dms-vpc-role,dms-cloudwatch-logs-role"}))
        self.assertEqual(r["physical"], "dms-service-roles")
        for name, policy in (VPC, LOGS):
            role = self.iam.get_role(RoleName=name)["Role"]
            self.assertEqual(role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"],
                             {"Service": "dms.amazonaws.com"})
            self.assertEqual(self.attached(name), [policy])
        self.assertEqual(self.sleeps, [15])  # IAM propagation before DMS looks

    def test_present_roles_made_by_someone_else_are_left_unchanged(self):
        self.make_role("dms-vpc-role")  # without its policy: still not ours to fix
        self.make_role("dms-cloudwatch-logs-role")
        r = self.run_handler(event("Create"))
        self.assertEqual((r["status"], r["data"]), ("SUCCESS", {"Created": ""}))
        self.assertEqual(self.attached("dms-vpc-role"), [])
        self.assertEqual(self.iam.get_role(RoleName="dms-vpc-role")["Role"]["Description"],
                         "made by hand")
        self.assertEqual(self.sleeps, [])

    def test_one_present_one_missing_creates_only_the_missing_one(self):
        self.make_role("dms-vpc-role")
        r = self.run_handler(event("Create"))
        self.assertEqual(r["data"], {"Created": "dms-cloudwatch-logs-role"})
        self.assertEqual(self.attached("dms-vpc-role"), [])
        self.assertEqual(self.attached("dms-cloudwatch-logs-role"), [LOGS[1]])

    def test_role_created_by_someone_else_between_check_and_create_is_theirs(self):
        test = self

        class Racing:
            """Another pipeline creates dms-vpc-role right after GetRole."""
            def __init__(self, iam):
                self.iam = iam
                self.exceptions = iam.exceptions

            def get_role(self, **kw):
                answer = self.iam.get_role(**kw)  # raises NoSuchEntity first
                return answer

            def create_role(self, **kw):
                if kw["RoleName"] == "dms-vpc-role":
                    test.make_role("dms-vpc-role", "the other pipeline")
                return self.iam.create_role(**kw)

            def __getattr__(self, name):
                return getattr(self.iam, name)

        r = self.run_handler(event("Create"), iam=Racing(self.iam))
        self.assertEqual((r["status"], r["data"]), ("SUCCESS", {"Created": "dms-cloudwatch-logs-role"}))
        self.assertEqual(self.iam.get_role(RoleName="dms-vpc-role")["Role"]["Description"],
                         "the other pipeline")
        self.assertEqual(self.attached("dms-vpc-role"), [])

    def test_role_left_half_made_by_an_earlier_run_gets_its_policy(self):
        self.make_role("dms-vpc-role", roles.MARK)  # created, policy attach failed
        self.make_role("dms-cloudwatch-logs-role")
        r = self.run_handler(event("Update", "dms-service-roles"))
        self.assertEqual((r["status"], r["data"]), ("SUCCESS", {"Created": ""}))
        self.assertEqual(self.attached("dms-vpc-role"), [VPC[1]])
        self.assertEqual(self.attached("dms-cloudwatch-logs-role"), [])

    def test_update_after_create_changes_nothing_and_keeps_the_physical_id(self):
        self.run_handler(event("Create"))
        RESPONSES.clear()
        r = self.run_handler(event("Update", "dms-service-roles"))
        self.assertEqual((r["status"], r["physical"], r["data"]),
                         ("SUCCESS", "dms-service-roles", {"Created": ""}))
        self.assertEqual(self.attached("dms-vpc-role"), [VPC[1]])

    def test_delete_keeps_the_roles_and_calls_no_iam(self):
        self.run_handler(event("Create"))
        RESPONSES.clear()
        r = self.run_handler(event("Delete", "dms-service-roles"), iam=NoCalls())
        self.assertEqual((r["status"], r["physical"]), ("SUCCESS", "dms-service-roles"))
        self.assertEqual(self.attached("dms-vpc-role"), [VPC[1]])

    def test_iam_error_answers_failed_with_the_reason(self):
        class Denied:
            def __init__(self, iam):
                self.exceptions = iam.exceptions

            def get_role(self, **kw):
                raise ClientError({"Error": {"Code": "AccessDenied",
                                             "Message": "not allowed to iam:GetRole"}}, "GetRole")

        r = self.run_handler(event("Create"), iam=Denied(self.iam))
        self.assertEqual(r["status"], "FAILED")
        self.assertIn("AccessDenied", r["reason"])
        self.assertIn("not allowed to iam:GetRole", r["reason"])

    def test_inline_code_fits_cloudformation_zipfile_limit(self):
        with open(os.path.join(SOURCE, "src", "constructs", "lambda", "dms_service_roles.py"),
                  "rb") as f:
            self.assertLessEqual(len(f.read()), 4096)


if __name__ == "__main__":
    unittest.main()
