#ifndef CDKPP_CONFIG_REGIONS_H_
#define CDKPP_CONFIG_REGIONS_H_

#include <string>
#include <vector>

namespace cdkpp::config {

/// The AWS commercial regions an environment may name, sorted (the opt-in
/// regions included: an account may have enabled them). GovCloud and China
/// regions are left out: their partitions (aws-us-gov, aws-cn) change ARNs,
/// which the templates spell with the aws partition.
const std::vector<std::string>& KnownRegions();

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_REGIONS_H_
