#include "cdkpp/constructs/log_retention.h"

namespace cdkpp {

const std::vector<int64_t>& AllowedLogRetentionDays() {
  // From the AWS::Logs::LogGroup schema's RetentionInDays enum.
  static const std::vector<int64_t> kDays = {1,   3,   5,   7,    14,   30,   60,   90,
                                             120, 150, 180, 365,  400,  545,  731,  1096,
                                             1827, 2192, 2557, 2922, 3288, 3653};
  return kDays;
}

}  // namespace cdkpp
