"""What a cdkpp config asks for: its first stack with cdkpp's documented
defaults (README's config reference) filled in. The tests compare what the
emulator shows against this, never against the template cdkpp wrote."""
import copy

import yaml

DEFAULTS = {
    "description": "MySQL to Kinesis CDC pipeline with AWS DMS",
    "tags": {},
    "vpc": {"cidr": "172.16.0.0/16", "maxAzs": 2, "natGateways": 1, "flowLogs": False,
            "flowLogRetentionDays": 90},
    "database": {"instanceClass": "db.t3.micro", "engineVersion": "8.0.43",
                 "allocatedStorageGiB": 20, "publiclyAccessible": True,
                 "allowedCidrs": ["0.0.0.0/0"], "databaseName": "mydb",
                 "masterUsername": "admin", "backupRetentionDays": 1, "multiAz": False,
                 "storageEncrypted": True, "deletionProtection": False, "port": 3306,
                 "removalPolicy": "snapshot", "secretRotationDays": None},
    "replication": {"instanceClass": "dms.t3.micro",
                    "instanceIdentifier": "mysql-cdc-replication", "migrationType": "cdc",
                    "createServiceRoles": True, "messageFormat": "json",
                    "tables": [{"schema": "mydb", "table": "%"}], "allocatedStorageGiB": 50,
                    "multiAz": False},
    "stream": {"name": "mysql-cdc-stream", "mode": "provisioned", "shardCount": 1,
               "retentionHours": 24, "encryption": "kms"},
    "monitoring": {"logRetentionDays": 7, "replicationLagSeconds": 300, "alarmEmail": None,
                   "periodSeconds": 60, "evaluationPeriods": 5, "alarms": []},
}


def load(path):
    """The first stack of the config at path, defaults filled in."""
    with open(path) as f:
        document = yaml.safe_load(f)
    stack = document["stacks"][0]
    expected = copy.deepcopy(DEFAULTS)
    for key, value in stack.items():
        if isinstance(value, dict) and isinstance(expected.get(key), dict):
            expected[key].update(value)
        else:
            expected[key] = value
    if expected["stream"]["mode"] == "on-demand":
        expected["stream"]["shardCount"] = None  # on-demand streams size themselves
    expected["replication"]["instanceIdentifier"] = \
        expected["replication"]["instanceIdentifier"].lower()
    return expected


def write(path, document):
    """Writes a config document (used to derive the update configs)."""
    with open(path, "w") as f:
        yaml.safe_dump(document, f, sort_keys=False)


def read(path):
    with open(path) as f:
        return yaml.safe_load(f)
