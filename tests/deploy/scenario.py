"""The deploy-test flows that tests/e2e/deploy_test.py runs, one per scenario."""
import json
import os
import tempfile

from deploy import expect, leftovers, verify
from deploy.harness import Aws, Cdkpp, Emulator


def delete_stack(aws, stack):
    aws("cloudformation", "delete-stack", "--stack-name", stack)
    aws.run("cloudformation", "wait", "stack-delete-complete", "--stack-name", stack)


def synth_one(cdkpp, config, out_dir, template_format="json"):
    """Synthesizes config; returns (the deploy command synth printed for its
    first stack, the values the config asks for)."""
    want = expect.load(config)
    commands = cdkpp.synth(config, out_dir, template_format)
    if want["name"] not in commands:
        raise AssertionError(f"synth printed deploy commands for {sorted(commands)}, "
                             f"not {want['name']}")
    return commands[want["name"]], want


def create_account_service_roles(aws):
    """The two account-wide roles DMS looks up by name, as an account that ran
    DMS before already has them (a stack that created them again would fail)."""
    trust = json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "dms.amazonaws.com"},
        "Action": "sts:AssumeRole"}]})
    for name, policy in verify.DMS_POLICIES.items():
        aws("iam", "create-role", "--role-name", name, "--assume-role-policy-document", trust)
        aws("iam", "attach-role-policy", "--role-name", name, "--policy-arn", policy)


def retained_ids(template, resources):
    """Physical ids of the resources the template keeps on delete
    (DeletionPolicy: Retain), which delete-stack must leave in place."""
    if template.endswith(".yaml"):
        from cfnlint.decode import cfn_yaml  # reads the short-form tags
        declared = cfn_yaml.load(template)["Resources"]
    else:
        with open(template) as f:
            declared = json.load(f)["Resources"]
    return {physical for logical, (_, physical) in resources.items()
            if declared.get(logical, {}).get("DeletionPolicy") == "Retain"}


def check_capabilities_needed(checks, aws, printed):
    """The capabilities synth printed are not decoration: without them the
    emulator refuses the deploy, as CloudFormation does."""
    if not printed.capabilities:
        return
    refused = aws.deploy(printed._replace(capabilities=()), check=False)
    checks.check("deploy without the printed capabilities is refused",
                 refused.returncode != 0 and "Requires capabilities" in refused.stderr,
                 refused.stderr[-500:])


def create_verify_delete(checks, config, delete=True, template_format="json"):
    """synth -> `aws cloudformation deploy` as synth printed it -> every check
    -> delete-stack -> nothing left in any service but what the template
    retains. delete=False stops after the checks; template_format "yaml"
    deploys the YAML template (`synth --format yaml`)."""
    with tempfile.TemporaryDirectory() as tmp:
        printed, want = synth_one(Cdkpp(), config, os.path.join(tmp, "out"), template_format)
        stack = printed.stack
        with Emulator() as emulator, Aws(emulator) as aws:
            if not want["replication"]["createServiceRoles"]:
                create_account_service_roles(aws)
            before = leftovers.inventory(aws)
            check_capabilities_needed(checks, aws, printed)
            aws.deploy(printed)
            facts = verify.verify_stack(checks, aws, stack, want)
            if not delete:
                return
            retained = retained_ids(printed.template, facts["resources"])
            delete_stack(aws, stack)
            leftovers.check_nothing_left(checks, before, leftovers.inventory(aws), retained)


def updated_config(source, target):
    """Edits CloudFormation makes in place: shard count 1 -> 2, a new alarm
    threshold, one more table mapping. Writes the changed copy of source to
    target; returns it."""
    document = expect.read(source)
    stack = document["stacks"][0]
    stack.setdefault("stream", {})["shardCount"] = 2
    stack.setdefault("monitoring", {})["replicationLagSeconds"] = 600
    tables = stack.setdefault("replication", {}).setdefault(
        "tables", [{"schema": "mydb", "table": "%"}])
    tables.append({"schema": "inventory", "table": "%"})
    expect.write(target, document)
    return target


def second_update_config(source, target):
    """Edits that reach the emulator's other update paths: the DMS instance
    class and the target's message format change in place, and an alarm
    e-mail adds a subscription."""
    document = expect.read(source)
    stack = document["stacks"][0]
    stack["replication"]["instanceClass"] = "dms.t3.small"
    stack["replication"]["messageFormat"] = "json-unformatted"
    stack.setdefault("monitoring", {})["alarmEmail"] = "oncall@example.com"
    expect.write(target, document)
    return target


def predicted_impacts(cdkpp, old_template, new_template):
    """{logical id: impact} from `cdkpp diff --format json` (docs/diff-json-schema.md)."""
    done = cdkpp.run("diff", old_template, new_template, "--format", "json")
    return {r["logicalId"]: r["impact"] for r in json.loads(done.stdout)["resources"]}


def check_prediction(checks, predicted, before, after):
    """What `cdkpp diff` said against what the deploy did, by physical id:
    an update keeps it, a replacement changes it, create/destroy add/remove
    it, and a resource the diff did not list keeps it."""
    for logical_id in sorted(set(before) | set(after)):
        impact = predicted.get(logical_id, "none")
        old = before.get(logical_id, (None, None))[1]
        new = after.get(logical_id, (None, None))[1]
        name = f"diff said {impact} for {logical_id}"
        if impact in ("none", "update"):
            checks.check(name + ": same physical resource",
                         logical_id in before and logical_id in after and old == new,
                         f"{old} -> {new}")
        elif impact == "replace":
            checks.check(name + ": new physical resource", old is not None and new != old,
                         f"{old} -> {new}")
        elif impact == "create":
            checks.check(name + ": created", logical_id not in before and logical_id in after)
        elif impact in ("destroy", "orphan"):
            checks.check(name + ": gone from the stack", logical_id not in after)
        elif impact == "may-be-replaced":
            checks.check(name + ": still in the stack", logical_id in after)


def create_update_delete(checks, config):
    """Deploy config, then updated_config() of it, then second_update_config()
    of that, checking each time that `cdkpp diff` predicted the change kinds
    and that every value is the new one; then delete-stack leaves nothing."""
    cdkpp = Cdkpp()
    with tempfile.TemporaryDirectory() as tmp:
        v1, _ = synth_one(cdkpp, config, os.path.join(tmp, "v1"))
        config2 = updated_config(config, os.path.join(tmp, "v2.yaml"))
        v2, want2 = synth_one(cdkpp, config2, os.path.join(tmp, "v2"))
        config3 = second_update_config(config2, os.path.join(tmp, "v3.yaml"))
        v3, want3 = synth_one(cdkpp, config3, os.path.join(tmp, "v3"))
        stack = v1.stack
        predicted2 = predicted_impacts(cdkpp, v1.template, v2.template)
        predicted3 = predicted_impacts(cdkpp, v2.template, v3.template)
        # CloudFormation updates all of these in place (no replacement).
        checks.equal("diff v1 -> v2: stream, two alarms, task updated",
                     sorted(predicted2.values()), ["update"] * 4)
        checks.equal("diff v2 -> v3: instance and target endpoint updated, one created",
                     sorted(predicted3.values()), ["create", "update", "update"])
        with Emulator() as emulator, Aws(emulator) as aws:
            before_all = leftovers.inventory(aws)
            aws.deploy(v1)
            summary = aws("kinesis", "describe-stream-summary", "--stream-name",
                          want2["stream"]["name"])["StreamDescriptionSummary"]
            checks.equal("first deploy: one shard", summary["OpenShardCount"], 1)
            for printed, want, predicted in ((v2, want2, predicted2), (v3, want3, predicted3)):
                before = aws.stack_resources(stack)
                aws.deploy(printed)
                check_prediction(checks, predicted, before, aws.stack_resources(stack))
                verify.verify_stack(checks, aws, stack, want)
            delete_stack(aws, stack)
            leftovers.check_nothing_left(checks, before_all, leftovers.inventory(aws))


INLINE_TEMPLATE_LIMIT = 51_200  # bytes `aws cloudformation deploy` may send inline


def large_config(source, target, tables=200):
    """source plus `tables` more table mappings: a real reason for a template
    above the inline limit (one selection rule per table)."""
    document = expect.read(source)
    stack = document["stacks"][0]
    mappings = stack.setdefault("replication", {}).setdefault("tables", [])
    mappings += [{"schema": "shop", "table": f"table_{i:03d}"} for i in range(tables)]
    expect.write(target, document)
    return target


def large_template_through_s3(checks, config):
    """A template over 51,200 bytes cannot deploy inline and deploys through
    `--s3-bucket` (the emulator's S3); then delete-stack leaves nothing."""
    cdkpp = Cdkpp()
    with tempfile.TemporaryDirectory() as tmp:
        big = large_config(config, os.path.join(tmp, "large.yaml"))
        printed, want = synth_one(cdkpp, big, os.path.join(tmp, "out"))
        stack, template = printed.stack, printed.template
        size = os.path.getsize(template)
        checks.check("template is over the inline limit", size > INLINE_TEMPLATE_LIMIT,
                     f"{size} bytes")
        checks.check("the printed deploy command asks for --s3-bucket",
                     printed.wants_s3_bucket)
        with Emulator() as emulator, Aws(emulator) as aws:
            before = leftovers.inventory(aws)
            inline = aws.deploy(printed, check=False)
            checks.check("inline deploy refused, asking for --s3-bucket",
                         inline.returncode != 0 and "--s3-bucket" in inline.stderr,
                         inline.stderr[-500:])
            bucket = "cdkpp-deploy-templates"
            aws("s3api", "create-bucket", "--bucket", bucket)
            aws.deploy(printed, s3_bucket=bucket)
            objects = aws("s3api", "list-objects-v2", "--bucket", bucket).get("Contents", [])
            checks.check("the CLI uploaded the template to the bucket",
                         any(o["Size"] == size for o in objects), str(objects))
            with open(template) as f:
                body = aws("cloudformation", "get-template", "--stack-name",
                           stack)["TemplateBody"]
                deployed = body if isinstance(body, dict) else json.loads(body)
                checks.check("the stack runs the synthesized template", deployed == json.load(f))
            verify.verify_stack(checks, aws, stack, want)
            delete_stack(aws, stack)
            leftovers.check_nothing_left(checks, before, leftovers.inventory(aws))


# Flows kept in their own modules, found here by deploy_test.py.
from deploy.existing_scenario import existing_resources  # noqa: E402,F401
