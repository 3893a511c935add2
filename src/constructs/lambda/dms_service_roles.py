# Makes sure the account-wide AWS DMS service roles exist, without owning them.
# cdkpp embeds this file byte-for-byte as the ZipFile of a Lambda function.
# A role is created (with its AWS-managed policy) only when missing; a role
# someone else made is never changed; Delete leaves every role in place,
# because other pipelines in the account rely on the same names.
import json
import time

import boto3
import cfnresponse

MARK = "AWS DMS service role created by cdkpp; kept when stacks are deleted"
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "dms.amazonaws.com"},
    "Action": "sts:AssumeRole"}]})


def ensure(iam, name, policy):
    """True if this call created the role. A role carrying MARK is one an
    earlier, failed run made: its policy is attached again (idempotent)."""
    try:
        if iam.get_role(RoleName=name)["Role"].get("Description") != MARK:
            return False  # someone else's: never changed
        created = False
    except iam.exceptions.NoSuchEntityException:
        try:
            iam.create_role(RoleName=name, AssumeRolePolicyDocument=TRUST,
                            Description=MARK)
        except iam.exceptions.EntityAlreadyExistsException:
            return False  # made by someone else meanwhile: theirs
        created = True
    iam.attach_role_policy(RoleName=name, PolicyArn=policy)
    return created


def wait(iam, names, seconds, sleep):
    """IAM is eventually consistent: DMS refuses a role it cannot see yet
    ("dms-vpc-role is not configured properly"). Wait until GetRole sees each
    new role, then give the change time to reach every region."""
    for name in names:
        iam.get_waiter("role_exists").wait(
            RoleName=name, WaiterConfig={"Delay": 2, "MaxAttempts": 30})
    if names:
        sleep(seconds)


def handler(event, context, iam=None, sleep=time.sleep):
    physical = event.get("PhysicalResourceId") or "dms-service-roles"
    try:
        data = {"Created": ""}
        if event["RequestType"] != "Delete":
            props = event["ResourceProperties"]
            iam = iam or boto3.client("iam")
            created = [r["RoleName"] for r in props["Roles"]
                       if ensure(iam, r["RoleName"], r["PolicyArn"])]
            wait(iam, created, int(props.get("PropagationSeconds", 10)), sleep)
            data["Created"] = ",".join(created)
        cfnresponse.send(event, context, cfnresponse.SUCCESS, data, physical)
    except Exception as error:  # every failure must answer, or the stack hangs
        cfnresponse.send(event, context, cfnresponse.FAILED, {}, physical,
                         reason=f"{type(error).__name__}: {error}"[:1000])
