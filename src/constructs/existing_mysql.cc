#include "cdkpp/constructs/existing_mysql.h"

#include "constructs/aws_shapes.h"
#include "constructs/checks.h"
#include "constructs/ingress.h"

namespace cdkpp {

Diagnostics ExistingMySqlProps::Validate() const {
  Diagnostics out;
  internal::checks::Expect(&out, internal::checks::IsHostOrIpv4(host), "host", "a host name or IPv4 address",
                 internal::checks::Quote(host));
  internal::checks::IntInRange(&out, "port", port, 1, 65535);
  internal::checks::Expect(&out, internal::checks::ParseArn(secret_arn, "secretsmanager", "secret:").has_value(),
                 "secret_arn",
                 "a Secrets Manager secret ARN "
                 "(arn:<partition>:secretsmanager:<region>:<account>:secret:<name>)",
                 internal::checks::Quote(secret_arn));
  if (security_group_id) {
    internal::checks::Expect(&out, internal::checks::IsEc2Id(*security_group_id, "sg"), "security_group_id",
                   "a security group id like sg-0123456789abcdef0",
                   internal::checks::Quote(*security_group_id));
  }
  if (secret_kms_key_arn) {
    internal::checks::Expect(&out, internal::checks::ParseArn(*secret_kms_key_arn, "kms", "key/").has_value(),
                   "secret_kms_key_arn",
                   "a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)",
                   internal::checks::Quote(*secret_kms_key_arn));
  }
  return out;
}

ExistingMySql::ExistingMySql(Construct& scope, std::string id, ExistingMySqlProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  for (auto& d : props_.Validate()) AddError(d.message, d.key_path);
}

Value ExistingMySql::SecretKmsKeyArn() const {
  return props_.secret_kms_key_arn ? Value(*props_.secret_kms_key_arn) : Value();
}

Value ExistingMySql::SecurityGroupId() const {
  return props_.security_group_id ? Value(*props_.security_group_id) : Value();
}

void ExistingMySql::AllowFrom(const CfnResource& peer_security_group,
                              const std::string& description) {
  if (!props_.security_group_id) return;
  internal::AddIngressFrom(*this, SecurityGroupId(), props_.port, peer_security_group,
                           description);
}

}  // namespace cdkpp
