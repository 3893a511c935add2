#ifndef CDKPP_CONSTRUCTS_LOG_RETENTION_H_
#define CDKPP_CONSTRUCTS_LOG_RETENTION_H_

#include <cstdint>
#include <vector>

namespace cdkpp {

/// The RetentionInDays values CloudWatch Logs accepts (AWS::Logs::LogGroup).
const std::vector<int64_t>& AllowedLogRetentionDays();

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_LOG_RETENTION_H_
