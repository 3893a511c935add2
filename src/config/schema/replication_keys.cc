// The `replication` section: AWS DMS instance, endpoints and task
// (DmsReplicationProps), and its `tables[]` items (TableMapping).
#include "cdkpp/constructs/pipeline_stack.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"

namespace cdkpp::config::schema {
namespace {

const SectionSpec& TableSection() {
  static const SectionSpec kSpec = [] {
    using P = TableMapping;
    SectionSpec spec =
        Table<P>("replication.tables[]", "A DMS selection rule.",
                 {
                     Key("schema", CDKPP_MEMBER(P, schema),
                         Length(1, "a schema name or pattern (% matches any)"),
                         "Schema name or pattern (`%` matches any)."),
                     Key("table", CDKPP_MEMBER(P, table),
                         Length(1, "a table name or pattern (% matches any)"),
                         "Table name or pattern (`%` matches any)."),
                     Key("action", CDKPP_MEMBER(P, action),
                         Choices({{"include", static_cast<int>(TableAction::kInclude)},
                                  {"exclude", static_cast<int>(TableAction::kExclude)}}),
                         "Include or exclude the matching tables."),
                 });
    spec.rows_in_parent = true;
    return spec;
  }();
  return kSpec;
}

}  // namespace

const SectionSpec& ReplicationSection() {
  static const SectionSpec kSpec = [] {
    using P = PipelineStackProps;
    SectionSpec spec = Table<P>(
        "replication", "The AWS DMS replication instance, endpoints and task.",
        {
            Key("instanceClass", CDKPP_MEMBER(P, replication.instance_class),
                Pattern(R"(^dms\..)", 64, "a DMS instance class like dms.t3.micro"),
                "DMS replication instance class."),
            Key("instanceIdentifier", CDKPP_MEMBER(P, replication.instance_identifier),
                Pattern("^[A-Za-z](-?[A-Za-z0-9])*$", 63,
                        "a replication instance identifier: 1 to 63 letters, digits and hyphens, "
                        "a letter first, no two hyphens in a row, no hyphen at the end"),
                "Stored lowercase. DMS writes task logs to `dms-tasks-<identifier>`."),
            Key("migrationType", CDKPP_MEMBER(P, replication.migration_type),
                Choices({{"cdc", static_cast<int>(MigrationType::kCdc)},
                         {"full-load", static_cast<int>(MigrationType::kFullLoad)},
                         {"full-load-and-cdc", static_cast<int>(MigrationType::kFullLoadAndCdc)}}),
                "What the task replicates."),
            Key("serviceRoles", CDKPP_MEMBER(P, replication.service_roles),
                Choices({{"auto", static_cast<int>(ServiceRoles::kAuto)},
                         {"stack", static_cast<int>(ServiceRoles::kStack)},
                         {"existing", static_cast<int>(ServiceRoles::kExisting)}}),
                "Who provides the account-wide roles `dms-vpc-role` and "
                "`dms-cloudwatch-logs-role` (names unique per account). `auto`: a custom resource "
                "(inline Lambda function) creates a missing role and never deletes one, so stacks "
                "never collide and deleting one leaves the roles. `stack`: the stack owns them "
                "(fails where they exist; deleting it removes them account-wide). `existing`: "
                "the account has them (`cdkpp synth` prints the commands that create them)."),
            Key("createServiceRoles", CDKPP_MEMBER(P, replication.create_service_roles), NoRule(),
                "Former spelling of `serviceRoles`, still read: `true` is `stack`, `false` is "
                "`existing`.",
                "unset"),
            Key("messageFormat", CDKPP_MEMBER(P, replication.message_format),
                Choices({{"json", static_cast<int>(MessageFormat::kJson)},
                         {"json-unformatted", static_cast<int>(MessageFormat::kJsonUnformatted)}}),
                "Format of the records DMS writes to Kinesis."),
            SectionList("tables", CDKPP_MEMBER(P, replication.tables), TableSection(),
                        MinItems(1, "at least one table mapping"), "Selection rules, in order."),
            Key("allocatedStorageGiB", CDKPP_MEMBER(P, replication.allocated_storage_gib),
                Range(5, 6144), "Replication instance storage in GiB."),
            Key("multiAz", CDKPP_MEMBER(P, replication.multi_az), NoRule(),
                "Multi-AZ replication instance."),
        });
    spec.exclusions.push_back(
        {"serviceRoles", {"createServiceRoles"}, "createServiceRoles is its former spelling"});
    ValidateWith(&spec, CDKPP_MEMBER(P, replication));
    return spec;
  }();
  return kSpec;
}

}  // namespace cdkpp::config::schema
