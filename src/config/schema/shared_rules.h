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

}  // namespace cdkpp::config::schema

#endif  // CDKPP_CONFIG_SCHEMA_SHARED_RULES_H_
