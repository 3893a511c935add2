#ifndef CDKPP_PIPELINE_POST_DEPLOY_STEPS_H_
#define CDKPP_PIPELINE_POST_DEPLOY_STEPS_H_

#include <optional>
#include <string>
#include <vector>

#include "cdkpp/constructs/pipeline_stack.h"

namespace cdkpp::internal {

/// A schema and table the table mappings include (an include rule matches
/// it and no exclude rule does), where the test row can go: `cdc_check` in
/// the first include rule's schema when its table pattern allows that name,
/// else the rule's own table name. nullopt when the rules make it impossible
/// (only patterns no name can be derived from, or excludes covering them).
struct TestTable {
  std::string schema;
  std::string table;
};
std::optional<TestTable> IncludedTestTable(const std::vector<TableMapping>& tables,
                                           const std::string& database_name);

/// True when the DMS pattern (`%` matches any run of characters) matches name.
bool MatchesDmsPattern(const std::string& pattern, const std::string& name);

/// The numbered steps after `aws cloudformation deploy`: binlog retention
/// (through Session Manager port forwarding for a private database with a
/// bastion; from inside the VPC, said plainly, without one), starting the
/// task, a test row in an included table, every shard read back, task logs.
/// Each runnable command is one line, indented five spaces.
std::string PostDeploySteps(const PipelineStackProps& props, const std::string& stack_name);

}  // namespace cdkpp::internal

#endif  // CDKPP_PIPELINE_POST_DEPLOY_STEPS_H_
