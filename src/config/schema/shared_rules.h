#ifndef CDKPP_CONFIG_SCHEMA_SHARED_RULES_H_
#define CDKPP_CONFIG_SCHEMA_SHARED_RULES_H_

#include "config/schema/key_spec.h"

namespace cdkpp::config::schema {

// Rules that several sections use, declared once.

/// An IPv4 CIDR block's shape, "10.0.0.0/16" (the props check the numbers).
Rule CidrRule();
/// A CloudWatch alarm period: 10, 30 or a multiple of 60 seconds.
Rule PeriodRule();
/// Evaluation periods of a CloudWatch alarm, 1 to 100.
Rule EvaluationPeriodsRule();
/// An EC2 id: "<prefix>-" and 8 or 17 lowercase hex digits; noun names it
/// ("VPC id", "subnet id", "security group id").
Rule Ec2IdRule(const std::string& prefix, const std::string& noun);
/// An ARN of service whose resource starts with resource_prefix, in a known
/// partition, a region and a 12-digit account; meaning words it.
Rule ArnRule(const std::string& service, const std::string& resource_pattern,
             std::string meaning);
/// A DNS host name or an IPv4 address (the props check the octets).
Rule HostRule();
/// `existing` excludes every other key of spec: they all describe the
/// resource the stack would create. reason words that for the message.
Exclusion ExistingExcludesTheRest(const SectionSpec& spec, std::string reason);
/// key excludes every other key of spec; reason words why.
Exclusion KeyExcludesTheRest(const SectionSpec& spec, std::string key, std::string reason);

}  // namespace cdkpp::config::schema

#endif  // CDKPP_CONFIG_SCHEMA_SHARED_RULES_H_
