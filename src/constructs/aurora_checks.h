#ifndef CDKPP_CONSTRUCTS_AURORA_CHECKS_H_
#define CDKPP_CONSTRUCTS_AURORA_CHECKS_H_

#include "cdkpp/constructs/rds_mysql.h"
#include "cdkpp/core/diagnostic.h"

namespace cdkpp::internal {

/// RdsMysqlProps::Validate() with engine kAuroraMysql: an Aurora instance
/// class (Aurora has no micro or small classes) and an Aurora MySQL version.
void CheckAuroraProps(const RdsMysqlProps& props, Diagnostics* out);

}  // namespace cdkpp::internal

#endif  // CDKPP_CONSTRUCTS_AURORA_CHECKS_H_
