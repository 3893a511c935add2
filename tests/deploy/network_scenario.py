"""The deploy flow for `shared_network`: a config with a network stack
(`kind: network`) and two pipelines in its VPC (`vpc.fromStack`), deployed
in the order `cdkpp synth` printed. The network stack exports its VPC; the
pipelines create nothing network-like and their DMS (and RDS) subnet groups
are the network's private subnets. Deleting the network stack first fails
while the pipelines import it; deleting in the printed removal order leaves
nothing behind."""
import os
import tempfile

from deploy import leftovers, verify
from deploy.harness import Aws, Cdkpp, Emulator, parse_deploy_commands
from deploy.scenario import delete_stack

NETWORK = "Network"
PIPELINES = ["Orders", "Billing"]

# What only a stack that makes a network has.
NETWORK_TYPES = {
    "AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::InternetGateway",
    "AWS::EC2::VPCGatewayAttachment", "AWS::EC2::NatGateway", "AWS::EC2::EIP",
    "AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation",
    "AWS::EC2::VPCEndpoint", "AWS::EC2::FlowLog"}


def printed_order(stdout, label):
    """The stack names of synth's "<label> order: A, B, C" line."""
    prefix = f"{label} order: "
    line = next((l for l in stdout.splitlines() if l.startswith(prefix)), "")
    return line[len(prefix):].split(", ") if line else []


def exports(aws):
    return {e["Name"]: e["Value"] for e in aws("cloudformation", "list-exports")["Exports"]}


def check_pipelines_use_the_network(checks, aws, exported):
    private = sorted(v for k, v in exported.items() if k.startswith(f"{NETWORK}-PrivateSubnet"))
    vpc = exported.get(f"{NETWORK}-VpcId")
    checks.equal("the network exports three private subnets", len(private), 3)
    # (moto's DMS reports a placeholder VpcId for subnet groups: ask EC2.)
    subnets = aws("ec2", "describe-subnets", "--subnet-ids", *private)["Subnets"]
    checks.equal("the exported private subnets are in the exported VPC",
                 sorted({s["VpcId"] for s in subnets}), [vpc])
    for stack in PIPELINES:
        types = {kind for kind, _ in aws.stack_resources(stack).values()}
        checks.equal(f"{stack} creates no network resource", sorted(types & NETWORK_TYPES), [])
    groups = aws("dms", "describe-replication-subnet-groups")["ReplicationSubnetGroups"]
    checks.equal("one DMS subnet group per pipeline", len(groups), len(PIPELINES))
    for group in groups:
        name = group["ReplicationSubnetGroupIdentifier"]
        checks.equal(f"DMS subnet group {name} is the network's private subnets",
                     sorted(s["SubnetIdentifier"] for s in group["Subnets"]), private)
    db_groups = [g for g in aws("rds", "describe-db-subnet-groups")["DBSubnetGroups"]
                 if g.get("VpcId") == vpc]
    checks.equal("one RDS subnet group per pipeline in the network's VPC", len(db_groups),
                 len(PIPELINES))
    for group in db_groups:
        checks.equal(f"RDS subnet group {group['DBSubnetGroupName']} is the private subnets",
                     sorted(s["SubnetIdentifier"] for s in group["Subnets"]), private)


def check_network_delete_refused(checks, aws, exported):
    """CloudFormation refuses to delete a stack whose exports are imported."""
    aws("cloudformation", "delete-stack", "--stack-name", NETWORK)
    waited = aws.run("cloudformation", "wait", "stack-delete-complete", "--stack-name", NETWORK,
                     check=False)
    checks.check("deleting the network stack first fails while imported", waited.returncode != 0,
                 waited.stderr[-500:])
    stacks = aws("cloudformation", "describe-stacks", "--stack-name", NETWORK)["Stacks"]
    checks.equal("the network stack is still there, DELETE_FAILED", stacks[0]["StackStatus"],
                 "DELETE_FAILED")
    events = aws("cloudformation", "describe-stack-events", "--stack-name", NETWORK)["StackEvents"]
    reasons = [e.get("ResourceStatusReason") or "" for e in events]
    checks.check("the failure names the export in use and its importers",
                 any("in use by" in r and "Billing" in r and "Orders" in r for r in reasons),
                 str(reasons[:3]))
    checks.equal("its exports are all still there", exports(aws), exported)


def shared_network(checks, config):
    with tempfile.TemporaryDirectory() as tmp:
        done = Cdkpp().run("synth", "-c", config, "-o", os.path.join(tmp, "out"))
        commands = parse_deploy_commands(done.stdout)  # in printed order
        checks.equal("deploy commands are printed network first", list(commands),
                     [NETWORK, *PIPELINES])
        checks.equal("the printed deploy order", printed_order(done.stdout, "Deploy"),
                     [NETWORK, *PIPELINES])
        removal = printed_order(done.stdout, "Removal")
        checks.equal("the printed removal order: consumers first", removal,
                     [*reversed(PIPELINES), NETWORK])
        with Emulator() as emulator, Aws(emulator) as aws:
            before = leftovers.inventory(aws)
            for stack in commands:
                aws.deploy(commands[stack])
            exported = exports(aws)
            check_pipelines_use_the_network(checks, aws, exported)
            check_network_delete_refused(checks, aws, exported)
            for stack in removal:
                delete_stack(aws, stack)
            checks.equal("no export is left", exports(aws), {})
            # serviceRoles: auto keeps the DMS roles it made, by design.
            leftovers.check_nothing_left(checks, before, leftovers.inventory(aws),
                                         set(verify.DMS_POLICIES))
