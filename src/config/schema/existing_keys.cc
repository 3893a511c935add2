// The `existing` subsections of vpc, database and stream: resources the
// stack uses instead of creating them (ExistingVpcProps, ExistingMySqlProps,
// ExistingStreamProps).
#include "cdkpp/constructs/pipeline_stack.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"
#include "config/schema/shared_rules.h"

namespace cdkpp::config::schema {
namespace {

// The table's props object is the existing resource's props itself.
template <typename P>
void ValidateOwn(SectionSpec* spec) {
  spec->validate = [](const void* p) { return static_cast<const P*>(p)->Validate(); };
}

}  // namespace

const SectionSpec& ExistingVpcSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = ExistingVpcProps;
    SectionSpec spec = Table<P>(
        "vpc.existing", "An existing VPC: the stack creates no network and uses this one.",
        Keys(Required(Key("vpcId", CDKPP_MEMBER(P, vpc_id), Ec2IdRule("vpc", "VPC id"),
                          "The VPC's id.")),
             Required(Key("cidr", CDKPP_MEMBER(P, cidr), CidrRule(),
                          "The VPC's IPv4 CIDR (for rules that admit the VPC).")),
             Required(Key("privateSubnetIds", CDKPP_MEMBER(P, private_subnet_ids),
                          AtLeastItems(2, Ec2IdRule("subnet", "subnet id")),
                          "Subnets for the DMS replication and a private database; at least two, "
                          "in different availability zones.")),
             Key("publicSubnetIds", CDKPP_MEMBER(P, public_subnet_ids),
                 Ec2IdRule("subnet", "subnet id"),
                 "Subnets with an Internet gateway route; needed only for a created, publicly "
                 "accessible database (then at least two).")));
    spec.what = "a mapping with vpcId, cidr and privateSubnetIds";
    ValidateOwn<P>(&spec);
    return spec;
  }());
  return kSpec;
}

const SectionSpec& ExistingDatabaseSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = ExistingMySqlProps;
    SectionSpec spec = Table<P>(
        "database.existing",
        "An existing MySQL server (RDS, Aurora, EC2 or on premises) that DMS reads; the stack "
        "creates no database.",
        Keys(Required(Key("host", CDKPP_MEMBER(P, host), HostRule(),
                          "Host name or IPv4 address DMS connects to.")),
             Key("port", CDKPP_MEMBER(P, port), Range(1, 65535), "MySQL port."),
             Required(
                 Key("secretArn", CDKPP_MEMBER(P, secret_arn),
                     ArnRule("secretsmanager", "secret:[A-Za-z0-9/_+=.@-]+",
                             "a Secrets Manager secret ARN "
                             "(arn:<partition>:secretsmanager:<region>:<account>:secret:<name>)"),
                     "The secret DMS reads: a JSON object with `username`, `password`, `host` "
                     "and `port`. The stack's DMS role may read exactly this secret.")),
             Key("engine", CDKPP_MEMBER(P, engine),
                 Choices({{"mysql", static_cast<int>(MySqlEngine::kMysql)},
                          {"aurora-mysql", static_cast<int>(MySqlEngine::kAuroraMysql)}}),
                 "The server's engine; fixes the DMS engine name (`mysql` or `aurora`)."),
             Key("securityGroupId", CDKPP_MEMBER(P, security_group_id),
                 Ec2IdRule("sg", "security group id"),
                 "The server's security group, in the stack's VPC: the stack adds an ingress from "
                 "the DMS security group on `port` (removed with the stack). Unset: admit DMS "
                 "yourself.",
                 "unset"),
             Key("secretKmsKeyArn", CDKPP_MEMBER(P, secret_kms_key_arn),
                 ArnRule("kms", "key/[A-Za-z0-9-]+",
                         "a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)"),
                 "The customer-managed KMS key of the secret; DMS may `kms:Decrypt` with exactly "
                 "this key. Unset: the secret uses the AWS-managed key.",
                 "unset")));
    spec.what = "a mapping with host and secretArn";
    ValidateOwn<P>(&spec);
    return spec;
  }());
  return kSpec;
}

const SectionSpec& ExistingStreamSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = ExistingStreamProps;
    SectionSpec spec = Table<P>(
        "stream.existing", "An existing Kinesis stream DMS writes to; the stack creates none.",
        Keys(Required(Key("arn", CDKPP_MEMBER(P, arn),
                          ArnRule("kinesis", "stream/[A-Za-z0-9_.-]{1,128}",
                                  "a Kinesis stream ARN "
                                  "(arn:<partition>:kinesis:<region>:<account>:stream/<name>)"),
                          "The stream's ARN; the stream name is taken from it."))));
    spec.what = "a mapping with an arn";
    ValidateOwn<P>(&spec);
    return spec;
  }());
  return kSpec;
}

}  // namespace cdkpp::config::schema
