#ifndef CDKPP_PIPELINE_SOURCE_READINESS_H_
#define CDKPP_PIPELINE_SOURCE_READINESS_H_

#include <string>

#include "cdkpp/constructs/existing_mysql.h"
#include "cdkpp/constructs/pipeline_stack.h"

namespace cdkpp::internal {

// The post-deploy text for a database the stack did not create: the checks a
// DMS MySQL source needs, as SQL and commands to run, because nothing in the
// template can make an existing server ready for CDC.

/// Step 1 for an existing source: binlog settings (ROW, FULL, NONE), binlog
/// retention, backups (RDS and Aurora), and the grants the secret's user
/// needs (REPLICATION CLIENT, REPLICATION SLAVE, SELECT on the replicated
/// schemas). Indented and numbered as DeployInstructions prints its steps.
std::string ExistingSourceSteps(const ExistingMySqlProps& source,
                                const DmsReplicationProps& replication);

}  // namespace cdkpp::internal

#endif  // CDKPP_PIPELINE_SOURCE_READINESS_H_
