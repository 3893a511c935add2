#!/usr/bin/env python3
"""Compiles data/cfn_schemas.tsv into static C++ tables (src/schema/schema_tables.h).

  python3 tools/gen_schema_tables.py data/cfn_schemas.tsv OUT.cc

CMake runs this at build time (the output lives in the build tree, never in
git), so the binary carries the schemas as read-only arrays: a lookup is a
binary search over kTypes and never parses or allocates. tests/schema/
schema_tables_test.cc checks every fact of the output against the data.

Layout (see schema_tables.h): every distinct string once in kText, addressed
by an id into kStrings; string lists as runs of ids in kStringIds; each
object's properties as a run of kProperties sorted by name (byte order), so
they are binary-searched; numbers (min/max bounds) once each in kNumbers,
index 0 meaning "absent". Identical property runs and item schemas (the
same definition used in many places) are emitted once and shared, so nested
definitions cost their size once, not once per use.
"""
import json
import sys

TYPE_BITS = {"string": 1, "integer": 2, "number": 4, "boolean": 8, "array": 16, "object": 32}
# The order of PropertySchema's bounds array.
BOUND_KEYS = ("mnl", "mxl", "mn", "mx", "mni", "mxi")
TAG_FORMATS = {None: "kNone", "list": "kList", "map": "kMap"}
# The resource types cdkpp's constructs make (tests/e2e/schema_data_test.py
# checks that every type of the golden templates is here), and the IAM
# policy and S3 bucket most templates beside them hold. Their schemas are laid
# out first in every table: a synth then reads a few contiguous pages of the
# 2.8 MB of tables instead of a page or two per type spread over all of them
# (25 page faults on a synth of the example, each costing tens of
# microseconds on a VM; 9 are left). kTypes itself stays sorted by name.
HOT_TYPES = (
    "AWS::CloudWatch::Alarm", "AWS::DMS::Endpoint", "AWS::DMS::ReplicationConfig",
    "AWS::DMS::ReplicationInstance", "AWS::DMS::ReplicationSubnetGroup",
    "AWS::DMS::ReplicationTask", "AWS::EC2::EIP", "AWS::EC2::FlowLog",
    "AWS::EC2::InternetGateway", "AWS::EC2::NatGateway", "AWS::EC2::Route",
    "AWS::EC2::RouteTable", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupEgress",
    "AWS::EC2::SecurityGroupIngress", "AWS::EC2::Subnet",
    "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::VPC", "AWS::EC2::VPCEndpoint",
    "AWS::EC2::VPCGatewayAttachment", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy",
    "AWS::IAM::Role", "AWS::KMS::Key", "AWS::Kinesis::Stream", "AWS::Lambda::Function",
    "AWS::Logs::LogGroup", "AWS::RDS::DBCluster", "AWS::RDS::DBClusterParameterGroup",
    "AWS::RDS::DBInstance", "AWS::RDS::DBParameterGroup", "AWS::RDS::DBSubnetGroup",
    "AWS::S3::Bucket", "AWS::SNS::Subscription", "AWS::SNS::Topic",
    "AWS::SecretsManager::RotationSchedule", "AWS::SecretsManager::Secret",
    "AWS::SecretsManager::SecretTargetAttachment",
)


class Tables:
    def __init__(self):
        self.text = bytearray()
        self.string_ids = {"": 0}
        self.strings = [(0, 0)]
        self.id_lists = []
        self.numbers = [0.0]
        self.number_ids = {}
        self.enums = []
        self.properties = []
        self.types = []
        self.shared_runs = {}  # canonical JSON of a property map -> (begin, count)
        self.shared_items = {}  # canonical JSON of an item spec -> index + 1

    def string(self, s):
        if s not in self.string_ids:
            data = s.encode("utf-8")
            self.string_ids[s] = len(self.strings)
            self.strings.append((len(self.text), len(data)))
            self.text += data
        return self.string_ids[s]

    def string_list(self, items):
        begin = len(self.id_lists)
        self.id_lists.extend(self.string(s) for s in items)
        return begin, len(items)

    def number(self, value):
        key = repr(float(value))
        if key not in self.number_ids:
            self.number_ids[key] = len(self.numbers)
            self.numbers.append(float(value))
        return self.number_ids[key]

    def property_run(self, props):
        """Reserves a sorted run of properties, then fills it (children after)."""
        key = json.dumps(props, sort_keys=True)
        if key not in self.shared_runs:
            self.shared_runs[key] = self.new_property_run(props)
        return self.shared_runs[key]

    def new_property_run(self, props):
        names = sorted(props, key=lambda n: n.encode("utf-8"))
        begin = len(self.properties)
        self.properties.extend([None] * len(names))
        for i, name in enumerate(names):
            self.properties[begin + i] = self.property(name, props[name])
        return begin, len(names)

    def property(self, name, spec):
        types = spec.get("t", [])
        if isinstance(types, str):
            types = [types]
        mask = 0
        for t in types:
            mask |= TYPE_BITS[t]
        enum_begin = len(self.enums)
        for value in spec.get("e", []):
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                sys.exit(f"unsupported enum value {value!r} in {name}")
            self.enums.append((self.string(value if isinstance(value, str) else str(value)),
                               isinstance(value, str)))
        enum_count = len(self.enums) - enum_begin
        required = self.string_list(spec.get("q", []))
        children = self.property_run(spec.get("p", {}))
        items = 0
        if "i" in spec:
            items = self.item_schema(spec["i"])
        bounds = [self.number(spec[k]) if k in spec else 0 for k in BOUND_KEYS]
        return (self.string(name), self.string(spec.get("pt", "")), mask, enum_begin, enum_count,
                required, children, items, bounds)

    def item_schema(self, spec):
        """The kProperties index + 1 of an array's item schema (shared)."""
        key = json.dumps(spec, sort_keys=True)
        if key not in self.shared_items:
            index = len(self.properties)
            self.properties.append(None)
            self.properties[index] = self.property("", spec)
            self.shared_items[key] = index + 1
        return self.shared_items[key]

    def resource_type(self, name, entry):
        tag_format = TAG_FORMATS[entry.get("tf", "list")] if entry.get("tg") == 1 else "kNone"
        tag_property = entry.get("tp", "Tags") if entry.get("tg") == 1 else ""
        self.types.append((name, self.string(name), self.string_list(entry.get("c", [])),
                           self.string_list(entry.get("r", [])),
                           self.string_list(sorted(entry.get("a", []), key=str.encode)),
                           self.string_list(entry.get("q", [])),
                           self.property_run(entry.get("p", {})), tag_format,
                           self.string(tag_property)))


def c_string_lines(data, width=100):
    """The bytes as C++ string literal pieces; octal escapes end after 3 digits."""
    line = ""
    for byte in data:
        ch = chr(byte)
        piece = ch if 32 <= byte < 127 and ch not in '"\\' else f"\\{byte:03o}"
        line += piece
        if len(line) >= width:
            yield f'    "{line}"'
            line = ""
    yield f'    "{line}"'


def emit(t, out):
    w = out.write
    w("// Generated by tools/gen_schema_tables.py from data/cfn_schemas.tsv. Do not edit.\n")
    w('#include "schema/schema_tables.h"\n\nnamespace cdkpp::internal {\n\n')
    w("CDKPP_SCHEMA_TABLE constinit const char kText[] =\n")
    w("\n".join(c_string_lines(t.text)) + ";\n\n")
    w("CDKPP_SCHEMA_TABLE constinit const TextRef kStrings[] = {\n")
    w("".join(f"{{{o},{n}}},\n" for o, n in t.strings) + "};\n\n")
    w("CDKPP_SCHEMA_TABLE constinit const std::uint32_t kStringIds[] = {\n0,\n")
    w("".join(f"{i},\n" for i in t.id_lists) + "};\n\n")
    w("CDKPP_SCHEMA_TABLE constinit const double kNumbers[] = {\n")
    w("".join(f"{v!r},\n" for v in t.numbers) + "};\n\n")
    w("CDKPP_SCHEMA_TABLE constinit const SchemaEnumValue kEnumValues[] = {\n{0,false},\n")
    w("".join(f"{{{s},{'true' if q else 'false'}}},\n" for s, q in t.enums) + "};\n\n")
    w("CDKPP_SCHEMA_TABLE constinit const PropertySchema kProperties[] = {\n")
    for (name, pattern, mask, eb, ec, (rb, rc), (cb, cc), items, bounds) in t.properties:
        b = ",".join(str(x) for x in bounds)
        # String lists and enums start at 1 in their arrays (index 0 is padding).
        w(f"{{{name},{pattern},{mask},{eb + 1},{ec},{rb + 1},{rc},{cb},{cc},{items},{{{b}}}}},\n")
    w("};\n\n")
    w("CDKPP_SCHEMA_TABLE constinit const ResourceSchema kTypes[] = {\n")
    by_name = sorted(t.types, key=lambda entry: entry[0].encode())
    for (_, name, co, ro, at, rq, (pb, pc), tf, tp) in by_name:
        lists = ",".join(f"{{{b + 1},{n}}}" for b, n in (co, ro, at, rq))
        w(f"{{{name},{lists},{pb},{pc},TagFormat::{tf},{tp}}},\n")
    w("};\n\n")
    w(f"constinit const std::uint32_t kTypeCount = {len(t.types)};\n\n")
    w("}  // namespace cdkpp::internal\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    entries = {}
    previous = None
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            name, _, body = line.rstrip("\n").partition("\t")
            if previous is not None and name.encode() <= previous.encode():
                sys.exit(f"{sys.argv[1]}: {name} is out of order")
            previous = name
            entries[name] = body
    tables = Tables()
    # The type names first, in kTypes' order: a binary search over kTypes
    # compares names, and so reads one contiguous stretch of kText.
    for name in entries:
        tables.string(name)
    hot = [name for name in HOT_TYPES if name in entries]
    for name in hot + [name for name in entries if name not in HOT_TYPES]:
        tables.resource_type(name, json.loads(entries[name]))
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        emit(tables, out)


if __name__ == "__main__":
    main()
