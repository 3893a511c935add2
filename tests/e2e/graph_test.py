"""`cdkpp graph`: DOT that Graphviz renders (`dot -Tsvg`, no warnings) and
Mermaid, labelled with the configured values, with the data flow MySQL -> DMS
-> Kinesis, the network boundaries and the alarm edges; the README's picture
(docs/architecture.svg) is what the documented command renders now."""
import os
import subprocess

from e2e_support import EXAMPLE_CONFIG, SOURCE_DIR, cdkpp, check, run

PRODUCTION = os.path.join(SOURCE_DIR, "templates", "production", "cdkpp.yaml")
EVERY_KEY = os.path.join(SOURCE_DIR, "tests", "testdata", "config", "every_key.yaml")


def render(dot_text):
    result = subprocess.run(["dot", "-Tsvg"], input=dot_text, capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert result.stdout.rstrip().endswith("</svg>")
    return result.stdout


def graph(*args):
    result = cdkpp("graph", *args)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return result.stdout


@check
def example_dot_renders_with_its_values_and_flow():
    svg = render(graph("-c", EXAMPLE_CONFIG))
    for text in ["VPC 172.16.0.0/16", "public subnets (2 AZs)", "private subnets (2 AZs)",
                 "RDS MySQL 8.0.43", "db.t3.micro, 20 GiB", "AWS DMS dms.t3.micro", "1 shard(s), 24 h retention",
                 "alarm CDCLatencySource", "SNS topic", "binlog (CDC)", "change records", "alarm / OK",
                 "NAT gateway x1", "clients (allowedCidrs)"]:
        assert text in svg, text


@check
def dot_edges_follow_the_data():
    dot = graph("-c", EXAMPLE_CONFIG)
    assert '"DatabaseB269D8BB" -> "ReplicationInstance5CD1A1EC" [label="binlog (CDC)"' in dot
    assert '"ReplicationInstance5CD1A1EC" -> "Stream790BDEE4" [label="change records"' in dot
    assert '-> "MonitoringAlarmTopic1B84C351" [label="alarm / OK"' in dot
    # the public database sits in the public subnets' cluster, DMS in the private one
    public = dot.index('subgraph "cluster_public"')
    private = dot.index('subgraph "cluster_private"')
    assert public < dot.index('"DatabaseB269D8BB" [label') < private < dot.index('"ReplicationInstance5CD1A1EC" [label')


@check
def production_values_and_private_database():
    dot = graph("-c", PRODUCTION)
    render(dot)
    assert "2 shard(s), 168 h retention" in dot and "Multi-AZ" in dot and "NAT gateway" not in dot, dot  # natGateways: 0 (endpoints)
    private = dot.index('subgraph "cluster_private"')
    assert dot.index('"DatabaseB269D8BB" [label') > private, "a private database is drawn in the private subnets"
    assert "clients (allowedCidrs)" not in dot
    assert '"Stream790BDEE4" -> "MonitoringStreamThrottledD76A5EAB"' in dot, "Kinesis alarms watch the stream"


@check
def aurora_cluster_is_the_source_and_its_instances_hang_off_it():
    dot = graph("-c", os.path.join(SOURCE_DIR, "examples", "aurora.yaml"))
    render(dot)
    assert "Aurora MySQL 8.0.mysql_aurora.3.08.0\\nport 3307, backups 7 days" in dot, dot
    cluster = '"DatabaseClusterC6094C50"'
    assert f'{cluster} -> "ReplicationInstance5CD1A1EC" [label="binlog (CDC)"' in dot, dot
    for member in ('"DatabaseWriter2C00925F"', '"DatabaseReaderBB729DC8"'):
        assert f'{member} [label="Aurora instance\\ndb.t4g.medium"]' in dot, dot
        assert f'{cluster} -> {member} [label="instance"' in dot, dot
    assert "GiB" not in dot, "an Aurora instance has no storage of its own"


@check
def serverless_config_is_the_dms_node():
    dot = graph("-c", os.path.join(SOURCE_DIR, "examples", "serverless.yaml"))
    render(dot)
    config = '"ReplicationReplicationConfigE16D0E3B"'
    assert f'{config} [label="DMS Serverless 1-8 DCU\\norders-serverless-cdc, full-load-and-cdc"]' in dot, dot
    assert f'"DatabaseB269D8BB" -> {config} [label="binlog (CDC)"' in dot, dot
    assert f'{config} -> "Stream790BDEE4" [label="change records"' in dot, dot
    assert f'{config} -> "MonitoringCDCLatencySource00FAC7C4" [label="metrics"' in dot, dot
    private = dot.index('subgraph "cluster_private"')
    assert dot.index(f"{config} [label") > private, "DMS Serverless runs in the private subnets"


@check
def mermaid_has_the_same_boxes_and_arrows():
    mermaid = graph("-c", EXAMPLE_CONFIG, "--format", "mermaid")
    assert mermaid.startswith("---\ntitle: DmsMysqlKinesisCloudwatch1Stack\n---\nflowchart LR\n"), mermaid[:80]
    assert '  DatabaseB269D8BB ==>|"binlog (CDC)"| ReplicationInstance5CD1A1EC\n' in mermaid
    assert '  ReplicationInstance5CD1A1EC ==>|"change records"| Stream790BDEE4\n' in mermaid
    assert 'subgraph vpc["VPC 172.16.0.0/16"]' in mermaid


@check
def several_stacks_need_stack():
    result = cdkpp("-q", "graph", "-c", EVERY_KEY)
    assert result.returncode == 2 and "graph draws one stack; choose one with --stack (" in result.stderr, result
    names = result.stderr.split("(", 1)[1].rstrip(")\n").split(", ")
    render(graph("-c", EVERY_KEY, "--stack", names[0]))


@check
def readme_picture_is_current():
    documented = "build/cdkpp graph -c examples/pipeline.yaml | dot -Tsvg -o docs/architecture.svg"
    with open(os.path.join(SOURCE_DIR, "README.md")) as f:
        assert documented in f.read(), "the README documents the command"
    with open(os.path.join(SOURCE_DIR, "docs", "architecture.svg")) as f:
        assert f.read() == render(graph("-c", EXAMPLE_CONFIG)), "run the documented command again"


run()
