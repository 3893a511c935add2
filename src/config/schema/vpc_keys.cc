// The `vpc` section: the network the pipeline runs in (VpcProps).
#include "cdkpp/constructs/log_retention.h"
#include "cdkpp/constructs/pipeline_stack.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"
#include "config/schema/shared_rules.h"

namespace cdkpp::config::schema {

const SectionSpec& VpcSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = PipelineStackProps;
    SectionSpec spec = Table<P>(
        "vpc", "The network.",
        Keys(Key("cidr", CDKPP_MEMBER(P, vpc.cidr), CidrRule(),
                 "IPv4 CIDR of the VPC: a network address (host bits zero) with a prefix from /16 "
                 "to /28."),
             Key("maxAzs", CDKPP_MEMBER(P, vpc.max_azs), Range(2, 6),
                 "Availability zones used (RDS and DMS subnet groups need two). One public and one "
                 "private subnet in each."),
             Key("natGateways", CDKPP_MEMBER(P, vpc.nat_gateways), Range(0, 6),
                 "NAT gateways for the private subnets, at most `maxAzs`; 0 leaves the private "
                 "subnets without Internet access."),
             Key("subnetCidrMask", CDKPP_MEMBER(P, vpc.subnet_cidr_mask), Range(16, 28),
                 "Prefix length of every subnet. Unset: the VPC CIDR split evenly, as AWS CDK "
                 "does. All `2 * maxAzs` subnets must fit in `cidr`.",
                 "unset"),
             Key("endpoints", CDKPP_MEMBER(P, vpc_endpoints), NoRule(),
                 "Add interface VPC endpoints (private DNS on) for the APIs called from the "
                 "private subnets: Kinesis Streams and Secrets Manager for DMS, plus SSM, SSM "
                 "Messages and EC2 Messages with `database.bastion`; one security group admits "
                 "HTTPS from `cidr` only. With it, `natGateways: 0` is a working private "
                 "pipeline."),
             Key("flowLogs", CDKPP_MEMBER(P, vpc.flow_logs), NoRule(),
                 "Publish VPC flow logs (all traffic) to a CloudWatch log group."),
             Key("flowLogRetentionDays", CDKPP_MEMBER(P, vpc.flow_log_retention_days),
                 OneOf(AllowedLogRetentionDays()),
                 "Retention of the flow-log group, in days (a CloudWatch Logs value)."),
             Section("existing", CDKPP_MEMBER(P, existing_vpc), ExistingVpcSection,
                     "Use this VPC instead of creating one: no VPC, subnet, gateway, route or NAT "
                     "resource; everything the stack places in a VPC goes into it."),
             Key("fromStack", CDKPP_MEMBER(P, vpc_from_stack),
                 Pattern("^[A-Za-z][A-Za-z0-9-]*$", 128, "the name of a stack of this config"),
                 "Use the VPC of this network stack (`kind: network`) of the same config, through "
                 "`Fn::ImportValue` of its exports: no network resource in this stack, deployed "
                 "after that one.",
                 "unset")));
    spec.exclusions = {ExistingExcludesTheRest(spec, "it describes a VPC the stack creates"),
                       KeyExcludesTheRest(spec, "fromStack",
                                          "the network stack's VPC is used "
                                          "as that stack makes it")};
    // Both name where the VPC comes from: one error for the pair is enough.
    std::erase(spec.exclusions[0].excluded, "fromStack");
    ValidateWith(&spec, CDKPP_MEMBER(P, vpc));
    return spec;
  }());
  return kSpec;
}

}  // namespace cdkpp::config::schema
