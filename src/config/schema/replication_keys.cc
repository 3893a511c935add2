// The `replication` section: AWS DMS instance, endpoints and task
// (DmsReplicationProps), and its `tables[]` items (TableMapping).
#include "cdkpp/constructs/pipeline_stack.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"

namespace cdkpp::config::schema {
namespace {

const SectionSpec& TableSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = TableMapping;
    SectionSpec spec =
        Table<P>("replication.tables[]", "A DMS selection rule.",
                 Keys(Key("schema", CDKPP_MEMBER(P, schema),
                          Length(1, "a schema name or pattern (% matches any)"),
                          "Schema name or pattern (`%` matches any)."),
                      Key("table", CDKPP_MEMBER(P, table),
                          Length(1, "a table name or pattern (% matches any)"),
                          "Table name or pattern (`%` matches any)."),
                      Key("action", CDKPP_MEMBER(P, action),
                          Choices({{"include", static_cast<int>(TableAction::kInclude)},
                                   {"exclude", static_cast<int>(TableAction::kExclude)}}),
                          "Include or exclude the matching tables.")));
    spec.rows_in_parent = true;
    return spec;
  }());
  return kSpec;
}

const SectionSpec& KinesisSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = KinesisMessageSettings;
    return Table<P>(
        "replication.kinesis",
        "What DMS adds to each Kinesis record (the target endpoint's KinesisSettings).",
        Keys(Key("includeTransactionDetails", CDKPP_MEMBER(P, include_transaction_details),
                 NoRule(), "Transaction id, previous transaction id and operation order."),
             Key("includeNullAndEmpty", CDKPP_MEMBER(P, include_null_and_empty), NoRule(),
                 "Columns that are NULL or empty."),
             Key("includePartitionValue", CDKPP_MEMBER(P, include_partition_value), NoRule(),
                 "The partition value in the record (unless the partition type is "
                 "schema-table-type)."),
             Key("partitionIncludeSchemaTable", CDKPP_MEMBER(P, partition_include_schema_table),
                 NoRule(),
                 "Prefix schema and table names to partition keys (spreads one table's changes "
                 "over shards)."),
             Key("includeTableAlterOperations", CDKPP_MEMBER(P, include_table_alter_operations),
                 NoRule(), "DDL that changes tables (add, drop, rename column, ...)."),
             Key("includeControlDetails", CDKPP_MEMBER(P, include_control_details), NoRule(),
                 "Control records: table and column DDL.")));
  }());
  return kSpec;
}

// DCU values DMS Serverless accepts (AWS::DMS::ReplicationConfig ComputeConfig).
std::vector<int64_t> CapacityUnits() { return {1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384}; }

const SectionSpec& ServerlessSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = DmsServerlessProps;
    SectionSpec spec = Table<P>(
        "replication.serverless",
        "DMS Serverless (AWS::DMS::ReplicationConfig) instead of an instance and a task.",
        Keys(Key("minCapacity", CDKPP_MEMBER(P, min_capacity), OneOf(CapacityUnits()),
                 "Fewest DMS capacity units (DCU; 1 DCU = 2 GiB of memory) it scales down to."),
             Key("maxCapacity", CDKPP_MEMBER(P, max_capacity), OneOf(CapacityUnits()),
                 "Most DMS capacity units it scales up to; at least `minCapacity`.")));
    spec.validate = [](const void* p) { return static_cast<const P*>(p)->Validate(); };
    return spec;
  }());
  return kSpec;
}

}  // namespace

const SectionSpec& ReplicationSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = PipelineStackProps;
    SectionSpec spec = Table<P>(
        "replication", "The AWS DMS replication instance, endpoints and task.",
        Keys(Key("instanceClass", CDKPP_MEMBER(P, replication.instance_class),
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
             SectionList("tables", CDKPP_MEMBER(P, replication.tables), TableSection,
                         MinItems(1, "at least one table mapping"), "Selection rules, in order."),
             Key("allocatedStorageGiB", CDKPP_MEMBER(P, replication.allocated_storage_gib),
                 Range(5, 6144), "Replication instance storage in GiB."),
             Key("multiAz", CDKPP_MEMBER(P, replication.multi_az), NoRule(),
                 "Multi-AZ replication instance."),
             Section("kinesis", CDKPP_MEMBER(P, replication.kinesis), KinesisSection,
                     "What DMS adds to each Kinesis record; all off by default, as in DMS."),
             ObjectOnly(Key("taskSettings", CDKPP_MEMBER(P, replication.task_settings), NoRule(),
                            "DMS task settings deep-merged over cdkpp's (mappings merge key by "
                            "key, other values replace). Keys must be task-settings sections "
                            "(`TargetMetadata`, `FullLoadSettings`, `Logging`, "
                            "`ChangeProcessingTuning`, `ErrorBehavior`, ...); "
                            "`Logging.EnableLogging` stays `true`.")),
             Section("serverless", CDKPP_MEMBER(P, replication.serverless), ServerlessSection,
                     "Use DMS Serverless: an `AWS::DMS::ReplicationConfig` with these capacities "
                     "instead of the replication instance and task.")));
    spec.exclusions.push_back(
        {"serviceRoles", {"createServiceRoles"}, "createServiceRoles is its former spelling"});
    spec.exclusions.push_back({"serverless",
                               {"instanceClass", "allocatedStorageGiB", "multiAz"},
                               "DMS Serverless has no replication instance"});
    ValidateWith(&spec, CDKPP_MEMBER(P, replication));
    return spec;
  }());
  return kSpec;
}

}  // namespace cdkpp::config::schema
