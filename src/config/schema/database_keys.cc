// The `database` section: the RDS MySQL source (RdsMysqlProps).
#include "cdkpp/constructs/pipeline_stack.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"
#include "config/schema/shared_rules.h"

namespace cdkpp::config::schema {

const SectionSpec& DatabaseSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = PipelineStackProps;
    SectionSpec spec = Table<P>(
        "database", "The MySQL source: created (RDS MySQL or Aurora MySQL) or existing.",
        Keys(
            Key("engine", CDKPP_MEMBER(P, database.engine),
                Choices({{"mysql", static_cast<int>(MySqlEngine::kMysql)},
                         {"aurora-mysql", static_cast<int>(MySqlEngine::kAuroraMysql)}}),
                "The created database: `mysql` (an RDS DB instance) or `aurora-mysql` (an Aurora "
                "cluster with a writer instance; set an Aurora `instanceClass` and "
                "`engineVersion`, e.g. db.t4g.medium and \"8.0.mysql_aurora.3.08.0\")."),
            Key("instanceClass", CDKPP_MEMBER(P, database.instance_class),
                Pattern(R"(^db\..)", 64, "an RDS instance class like db.t3.micro"),
                "RDS instance class."),
            Key("engineVersion", CDKPP_MEMBER(P, database.engine_version),
                Pattern(R"(^(5\.7|8\.0|8\.4)(\.|$))", 32, "a MySQL version 5.7.x, 8.0.x or 8.4.x"),
                "MySQL version; picks the parameter group family. Must be a string (quote it). "
                "Aurora: `<mysql>.mysql_aurora.<aurora>`, e.g. \"8.0.mysql_aurora.3.08.0\"."),
            Key("allocatedStorageGiB", CDKPP_MEMBER(P, database.allocated_storage_gib),
                Range(20, 65536), "Storage in GiB (RDS MySQL; Aurora storage grows by itself)."),
            Key("publiclyAccessible", CDKPP_MEMBER(P, database.publicly_accessible), NoRule(),
                "`false`: in the private subnets, reached from inside the VPC (see `bastion`). "
                "`true`: in the public subnets, reachable from `allowedCidrs` (a test set-up; "
                "CDKPP-SEC-003 asks for a suppression)."),
            Key("allowedCidrs", CDKPP_MEMBER(P, database.allowed_cidrs), CidrRule(),
                "IPv4 CIDRs allowed to connect on `port` (the DMS instance always is). `0.0.0.0/0` "
                "is CDKPP-SEC-002."),
            Key("bastion", CDKPP_MEMBER(P, bastion), NoRule(),
                "Add an EC2 instance managed through AWS Systems Manager (no key pair, no "
                "inbound rule, IMDSv2, latest Amazon Linux 2023 on Graviton) in a private subnet, "
                "admitted on `port`: reach a private database with Session Manager port "
                "forwarding (output `BastionInstanceId`)."),
            Key("databaseName", CDKPP_MEMBER(P, database.database_name),
                Pattern("^[A-Za-z][A-Za-z0-9_]*$", 64,
                        "1 to 64 letters, digits or '_', starting with a letter"),
                "Initial database."),
            Key("masterUsername", CDKPP_MEMBER(P, database.master_username),
                Pattern("^[A-Za-z][A-Za-z0-9_]*$", 16,
                        "1 to 16 letters, digits or '_', starting with a letter"),
                "The master user; the password is generated into Secrets Manager."),
            Key("backupRetentionDays", CDKPP_MEMBER(P, database.backup_retention_days),
                Range(1, 35),
                "Automated backups, in days. 0 is refused: RDS keeps binlogs only while backups "
                "are on, and CDC needs them."),
            Key("multiAz", CDKPP_MEMBER(P, database.multi_az), NoRule(),
                "Multi-AZ deployment (Aurora: a reader instance besides the writer)."),
            Key("storageEncrypted", CDKPP_MEMBER(P, database.storage_encrypted), NoRule(),
                "Encrypt storage at rest (AWS-managed key)."),
            Key("deletionProtection", CDKPP_MEMBER(P, database.deletion_protection), NoRule(),
                "Refuse to delete the instance."),
            Key("port", CDKPP_MEMBER(P, database.port), Range(1150, 65535), "MySQL port."),
            Key("removalPolicy", CDKPP_MEMBER(P, database.removal_policy),
                Choices({{"destroy", static_cast<int>(RemovalPolicy::kDestroy)},
                         {"retain", static_cast<int>(RemovalPolicy::kRetain)},
                         {"snapshot", static_cast<int>(RemovalPolicy::kSnapshot)}}),
                "What happens to the database when it leaves the stack (DeletionPolicy and "
                "UpdateReplacePolicy)."),
            Key("secretRotationDays", CDKPP_MEMBER(P, database.secret_rotation_days),
                Range(1, 1000),
                "Rotate the master password every N days (AWS-hosted single-user rotation). "
                "Unset or `null`: no rotation.",
                "unset"),
            Key("secretKmsEncryption", CDKPP_MEMBER(P, database.secret_kms_encryption), NoRule(),
                "Encrypt the master secret with a customer-managed KMS key the stack creates (key "
                "rotation on, kept on stack deletion); DMS and the rotation function get "
                "`kms:Decrypt` on it."),
            Section("existing", CDKPP_MEMBER(P, existing_database), ExistingDatabaseSection,
                    "Read this server instead of creating a database: no database, parameter "
                    "group, subnet group or secret.")));
    spec.exclusions = {ExistingExcludesTheRest(spec, "it describes a database the stack creates")};
    ValidateWith(&spec, CDKPP_MEMBER(P, database));
    return spec;
  }());
  return kSpec;
}

}  // namespace cdkpp::config::schema
