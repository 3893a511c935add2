// Builds the default MySQL -> DMS -> Kinesis pipeline through the C++ API
// and writes the cloud assembly, exactly as `cdkpp synth -c
// examples/pipeline.yaml` does (a test compares the bytes): the same
// validate-before-writing policy (CheckSynthesis), with the same accepted
// exceptions as the config's `suppressions:`.
//
// Usage: dms_to_kinesis_example [OUT_DIR]   (default: cdk.out)
#include <iostream>
#include <vector>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "cdkpp/io/file_system.h"
#include "cdkpp/io/write_assembly.h"
#include "cdkpp/pipeline/check_synthesis.h"
#include "cdkpp/validate/format_findings.h"

namespace {

// The findings this test stack accepts, each with its reason (a suppression
// without one is itself an error).
std::vector<cdkpp::validate::Suppression> TestStackSuppressions() {
  return {
      {"CDKPP-SEC-002", "test stack; the MySQL port is opened to load test rows", "Database", {}},
      {"CDKPP-SEC-003",
       "test stack; the database is reached directly to insert rows",
       "Database",
       {}},
      {"CDKPP-SEC-001", "short-lived test VPC; nothing to investigate in its traffic", "", {}},
      {"CDKPP-SEC-005", "test stack; deleting the stack must remove the database", "Database", {}},
      {"CDKPP-SEC-006", "test data only; one day keeps the binlogs CDC needs", "Database", {}},
      {"CDKPP-SEC-007", "test stack; a single AZ halves the cost", "Database", {}},
      {"CDKPP-SEC-008", "test stack; clients expect MySQL's default port", "Database", {}},
      {"CDKPP-SEC-011", "test stack lives for hours; no secret rotation", "Database", {}},
      {"CDKPP-SEC-012", "the AWS-managed key lets DMS read the secret", "Database", {}},
      {"CDKPP-SEC-018", "test logs hold no customer data", "", {}},
  };
}

}  // namespace

int main(int argc, char** argv) {
  using namespace cdkpp;
  std::string out_dir = argc > 1 ? argv[1] : "cdk.out";

  App app;
  PipelineStackProps props;
  props.stack.description = "MySQL to Kinesis CDC pipeline with AWS DMS";
  props.vpc.cidr = "172.16.0.0/16";
  props.vpc.max_azs = 2;
  props.vpc.nat_gateways = 1;
  props.database.instance_class = "db.t3.micro";
  props.database.engine_version = "8.0.43";
  props.database.allocated_storage_gib = 20;
  props.database.publicly_accessible = true;  // for testing from outside; see templates/production
  props.database.allowed_cidrs = {"0.0.0.0/0"};
  props.database.database_name = "mydb";
  props.database.master_username = "admin";
  props.database.backup_retention_days = 1;  // >= 1: RDS keeps binlogs only with backups
  props.replication.instance_class = "dms.t3.micro";
  props.replication.instance_identifier = "mysql-cdc-replication";
  props.replication.migration_type = MigrationType::kCdc;
  props.replication.service_roles = ServiceRoles::kAuto;
  props.replication.tables = {TableMapping{"mydb", "%", TableAction::kInclude}};
  props.log_retention_days = 7;
  props.stream.name = "mysql-cdc-stream";
  props.stream.mode = StreamMode::kProvisioned;
  props.stream.shard_count = 1;
  props.stream.retention_hours = 24;
  props.monitoring.replication_lag_seconds = 300;
  New<PipelineStack>(app, "DmsMysqlKinesisCloudwatch1Stack", props);

  Result<CloudAssembly> assembly = app.Synth();
  if (!assembly.ok()) {
    for (const auto& d : assembly.diagnostics()) std::cerr << "error: " << d.ToString() << "\n";
    return 2;
  }
  SynthesisCheck check = CheckSynthesis(*assembly, TestStackSuppressions());
  for (const StackCheck& stack : check.stacks) {
    std::cerr << validate::FormatText({stack.report}, false, /*list_suppressed=*/false);
  }
  if (!check.may_write()) {
    std::cerr << "error: not writing templates with errors\n";
    return 2;
  }
  RealFileSystem fs;
  Status written = WriteAssemblyDirectory(fs, out_dir, assembly->Files(out_dir));
  if (!written.ok()) {
    for (const auto& d : written.diagnostics()) std::cerr << "error: " << d.ToString() << "\n";
    return 2;
  }
  for (const auto& stack : assembly->stacks) std::cout << out_dir << "/" << stack.template_file << "\n";
  return 0;
}
