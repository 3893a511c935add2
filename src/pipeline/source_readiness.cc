#include "pipeline/source_readiness.h"

#include <fmt/format.h>

#include <cctype>
#include <set>

namespace cdkpp::internal {
namespace {

// Names printed inside a double-quoted shell argument: only plain MySQL
// identifiers, so nothing in them is expanded by the shell.
bool IsPlainIdentifier(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

// SELECT on each included schema; on everything when a pattern includes
// more than one name.
std::string SelectGrants(const DmsReplicationProps& replication) {
  std::set<std::string> schemas;
  for (const TableMapping& table : replication.tables) {
    if (table.action != TableAction::kInclude) continue;
    if (!IsPlainIdentifier(table.schema)) return "GRANT SELECT ON *.* TO '<dms_user>'@'%';";
    schemas.insert(table.schema);
  }
  std::string out;
  for (const std::string& schema : schemas) {
    out += fmt::format("{}GRANT SELECT ON {}.* TO '<dms_user>'@'%';", out.empty() ? "" : " ",
                       schema);
  }
  return out;
}

}  // namespace

std::string ExistingSourceSteps(const ExistingMySqlProps& source,
                                const DmsReplicationProps& replication) {
  const bool aurora = source.engine == MySqlEngine::kAuroraMysql;
  std::string mysql =
      fmt::format("mysql -h \"$DB_HOST\" -P {} -u <admin_user> -p -e", source.port);
  std::string out = fmt::format(
      "  1. Make the existing database ready for CDC (the stack did not create it); as an "
      "administrator:\n"
      "     {0} \"SELECT @@log_bin, @@binlog_format, @@binlog_row_image, @@binlog_checksum;\"\n"
      "     (expect 1, ROW, FULL, NONE; on RDS and Aurora set them in the DB {1}parameter group)\n"
      "     Keep binlogs long enough for DMS, on RDS and Aurora:\n"
      "     {0} \"CALL mysql.rds_set_configuration('binlog retention hours', 24);\"\n"
      "     on MySQL you run yourself:\n"
      "     {0} \"SET PERSIST binlog_expire_logs_seconds = 86400;\"\n",
      mysql, aurora ? "cluster " : "");
  out += aurora ? "     Aurora keeps binlogs only with backups on: aws rds describe-db-clusters "
                  "--query 'DBClusters[].[Endpoint,BackupRetentionPeriod]' (>= 1)\n"
                : "     RDS keeps binlogs only with automated backups on: aws rds "
                  "describe-db-instances --query "
                  "'DBInstances[].[Endpoint.Address,BackupRetentionPeriod]' (>= 1)\n";
  out += fmt::format(
      "     The user in the secret (aws secretsmanager get-secret-value --secret-id "
      "\"$SECRET_ARN\" --query SecretString --output text) needs:\n"
      "     {} \"GRANT REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO '<dms_user>'@'%'; {}\"\n",
      mysql, SelectGrants(replication));
  return out;
}

}  // namespace cdkpp::internal
