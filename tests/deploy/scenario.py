"""The deploy-test flows that tests/e2e/deploy_test.py runs, one per scenario."""
import json
import os
import shlex
import subprocess
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


# The account states a stack meets: which DMS service roles exist before it.
ACCOUNT_ROLES = {"none": (), "both": tuple(verify.DMS_POLICIES),
                 "vpc-only": ("dms-vpc-role",)}


def create_account_service_roles(aws, names=tuple(verify.DMS_POLICIES)):
    """Account-wide roles DMS looks up by name, as an account that ran DMS
    before already has them (a stack that created them again would fail)."""
    trust = json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "dms.amazonaws.com"},
        "Action": "sts:AssumeRole"}]})
    for name in names:
        policy = verify.DMS_POLICIES[name]
        aws("iam", "create-role", "--role-name", name, "--assume-role-policy-document", trust,
            "--description", "made before the stack")
        aws("iam", "attach-role-policy", "--role-name", name, "--policy-arn", policy)


def run_printed_role_commands(checks, aws, stdout):
    """serviceRoles existing: the `aws iam` commands synth printed before the
    deploy command, run as printed, make the account ready."""
    deploy_at = stdout.index("Deploy:")
    lines = [line.strip() for line in stdout[:deploy_at].splitlines()
             if line.strip().startswith(("aws iam create-role ", "aws iam attach-role-policy "))]
    checks.equal("synth prints create-role and attach-role-policy for both roles, before the "
                 "deploy command", len(lines), 4)
    for line in lines:
        aws.run(*shlex.split(line)[1:])


def service_role_facts(aws):
    """{role name: (description, attached policy ARNs)} of the DMS roles that exist."""
    names = {r["RoleName"]: r.get("Description", "") for r in aws("iam", "list-roles")["Roles"]}
    return {name: (names[name], sorted(p["PolicyArn"] for p in aws(
                "iam", "list-attached-role-policies", "--role-name", name)["AttachedPolicies"]))
            for name in verify.DMS_POLICIES if name in names}


def check_roles_kept(checks, aws, mode, before_deploy, after_deploy):
    """serviceRoles auto: the deploy made the missing roles and left the
    others as they were; delete-stack keeps them all, unchanged."""
    if mode != "auto":
        return
    after_delete = service_role_facts(aws)
    checks.equal("both DMS roles exist after the deploy", sorted(after_deploy),
                 sorted(verify.DMS_POLICIES))
    for name, facts in before_deploy.items():
        checks.equal(f"the account's {name} is unchanged by the deploy", after_deploy.get(name),
                     facts)
    checks.equal("delete-stack keeps the DMS roles, unchanged", after_delete, after_deploy)


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


# Printed commands the emulator cannot run, with why: no MySQL server; the
# Session Manager plugin and a running SSM agent; AWS CLI v2 (the v1 command
# printed beside `aws logs tail` runs instead).
NOT_ON_THE_EMULATOR = ("mysql ", "aws ssm start-session ", "aws logs tail ")


def run_printed_steps(checks, aws, stdout, want):
    """Runs the post-deploy commands `cdkpp synth` printed, as pasted into a
    shell, with --endpoint-url added to every `aws` call; each must succeed,
    the exported outputs must hold the stack's values, and the task must
    have started."""
    steps = stdout.split("After deploy:", 1)[1]
    commands = [line.strip() for line in steps.splitlines()
                if line.startswith("     ") and not line.strip().startswith("(")]
    runnable = [c for c in commands if not c.startswith(NOT_ON_THE_EMULATOR)]
    checks.check("the steps print commands for every stage",
                 all(any(c.startswith(p) for c in runnable) for p in (
                     "export DB_HOST=", "aws secretsmanager get-secret-value",
                     "aws dms start-replication-task", "for SHARD in $(aws kinesis list-shards",
                     "aws logs filter-log-events")), "\n".join(runnable))
    script = "\n".join(["set -euo pipefail",
                        'aws() { command aws --endpoint-url "$EMULATOR" --region us-east-1 "$@"; }',
                        *runnable, 'printf "%s\\n" "$DB_HOST" "$TASK_ARN" "${BASTION_ID:-}"'])
    done = subprocess.run(["bash", "-c", script], env={**aws.env, "EMULATOR": aws.endpoint},
                          capture_output=True, text=True, timeout=300)
    checks.check("the printed post-deploy commands succeed on the emulator",
                 done.returncode == 0, done.stderr[-3000:])
    outputs = aws.outputs(want["name"])
    # The last three lines: DB_HOST, TASK_ARN and BASTION_ID (empty without a bastion).
    printed = done.stdout.splitlines()[-3:] if done.returncode == 0 else []
    checks.equal("the printed exports hold the stack outputs", printed[:2],
                 [outputs.get("DatabaseEndpoint"), outputs.get("ReplicationTaskArn")])
    if want["database"].get("bastion"):
        bastion = [c for c in commands if c.startswith("aws ssm start-session ")]
        checks.check("a private database with a bastion is reached by port forwarding",
                     len(bastion) == 1 and "AWS-StartPortForwardingSessionToRemoteHost" in bastion[0]
                     and any(c.startswith("mysql -h 127.0.0.1") for c in commands), "\n".join(commands))
        checks.equal("BASTION_ID is the bastion output", printed[2:],
                     [outputs.get("BastionInstanceId")])
    task = aws("dms", "describe-replication-tasks")["ReplicationTasks"][0]
    checks.equal("the printed start command started the task", task["Status"], "running")


def create_verify_delete(checks, config, delete=True, template_format="json",
                         account_roles=None, run_steps=False):
    """synth -> `aws cloudformation deploy` as synth printed it -> every check
    -> delete-stack -> nothing left in any service but what the template
    retains (and, with serviceRoles auto, the DMS roles, which stay).
    delete=False stops after the checks; template_format "yaml" deploys the
    YAML template (`synth --format yaml`); account_roles (a key of
    ACCOUNT_ROLES) is the account state met, by default "both" for
    serviceRoles existing and "none" otherwise; run_steps runs the printed
    post-deploy commands (run_printed_steps)."""
    with tempfile.TemporaryDirectory() as tmp:
        cdkpp = Cdkpp()
        # A space in the output directory: the printed command quotes it.
        printed, want = synth_one(cdkpp, config, os.path.join(tmp, "cdk out"), template_format)
        stack = printed.stack
        mode = want["replication"]["serviceRoles"]
        account_roles = account_roles or ("both" if mode == "existing" else "none")
        with Emulator() as emulator, Aws(emulator) as aws:
            if mode == "existing" and account_roles == "both":
                stdout = cdkpp.run("synth", "-c", config, "-o", os.path.join(tmp, "roles")).stdout
                run_printed_role_commands(checks, aws, stdout)
            else:
                create_account_service_roles(aws, ACCOUNT_ROLES[account_roles])
            roles_before = service_role_facts(aws)
            before = leftovers.inventory(aws)
            check_capabilities_needed(checks, aws, printed)
            aws.deploy(printed)
            facts = verify.verify_stack(checks, aws, stack, want)
            roles_after = service_role_facts(aws)
            if run_steps:
                steps = cdkpp.run("synth", "-c", config, "-o", os.path.join(tmp, "steps"))
                run_printed_steps(checks, aws, steps.stdout, want)
            if not delete:
                return
            retained = retained_ids(printed.template, facts["resources"])
            if mode == "auto":
                retained |= set(verify.DMS_POLICIES)
            delete_stack(aws, stack)
            leftovers.check_nothing_left(checks, before, leftovers.inventory(aws), retained)
            check_roles_kept(checks, aws, mode, roles_before, roles_after)


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
            # The example's serviceRoles: auto keeps the DMS roles it made.
            leftovers.check_nothing_left(checks, before_all, leftovers.inventory(aws),
                                         set(verify.DMS_POLICIES))


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
            # The example's serviceRoles: auto keeps the DMS roles it made.
            leftovers.check_nothing_left(checks, before, leftovers.inventory(aws),
                                         set(verify.DMS_POLICIES))


# Flows kept in their own modules, found here by deploy_test.py.
from deploy.existing_scenario import existing_resources  # noqa: E402,F401
from deploy.variants_scenario import aurora_cluster, dms_serverless  # noqa: E402,F401
from deploy.network_scenario import shared_network  # noqa: E402,F401
