// CDKPP-SEC-010..012, 017, 018: data at rest and its keys (Kinesis, Secrets
// Manager, CloudWatch Logs). Modelled on cdk-nag AwsSolutions-KDS3, SMG4,
// and cfn_nag W84/W86.
#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// True if some AWS::SecretsManager::RotationSchedule rotates `secret`, either
// directly or through a SecretTargetAttachment of it (as AWS CDK emits).
bool IsRotated(const RuleContext& ctx, const ResourceView& secret) {
  std::vector<std::string> names = {secret.logical_id};
  for (const ResourceView* a : ctx.OfType("AWS::SecretsManager::SecretTargetAttachment")) {
    const Json* id = Get(a->properties, "SecretId");
    if (id != nullptr && RefersTo(*id, secret.logical_id)) names.push_back(a->logical_id);
  }
  for (const ResourceView* s : ctx.OfType("AWS::SecretsManager::RotationSchedule")) {
    const Json* id = Get(s->properties, "SecretId");
    if (id == nullptr) continue;
    for (const auto& name : names) {
      if (RefersTo(*id, name)) return true;
    }
  }
  return false;
}

}  // namespace

void CheckKinesisEncryption(const RuleContext& ctx, Reporter& out) {
  for (const ResourceView* r : ctx.OfType("AWS::Kinesis::Stream")) {
    const Json* enc = Get(r->properties, "StreamEncryption");
    if (enc == nullptr) {
      out.Report(*r, "Properties.StreamEncryption", "Kinesis stream is not encrypted at rest");
      continue;
    }
    auto type = AsString(Get(enc, "EncryptionType"));
    if (type && *type != "KMS") {
      out.Report(*r, "Properties.StreamEncryption.EncryptionType",
                 "Kinesis stream encryption type is \"" + *type + "\", not KMS");
    }
  }
}

void CheckSecretRotation(const RuleContext& ctx, Reporter& out) {
  for (const ResourceView* r : ctx.OfType("AWS::SecretsManager::Secret")) {
    if (!IsRotated(ctx, *r)) {
      out.Report(*r, "", "secret is never rotated (no AWS::SecretsManager::RotationSchedule)");
    }
  }
}

void CheckSecretCmk(const RuleContext& ctx, Reporter& out) {
  for (const ResourceView* r : ctx.OfType("AWS::SecretsManager::Secret")) {
    if (Get(r->properties, "KmsKeyId") == nullptr) {
      out.Report(*r, "Properties.KmsKeyId",
                 "secret is encrypted with the AWS-managed key aws/secretsmanager, not a "
                 "customer-managed KMS key");
    }
  }
}

void CheckLogGroupRetention(const RuleContext& ctx, Reporter& out) {
  for (const ResourceView* r : ctx.OfType("AWS::Logs::LogGroup")) {
    if (Get(r->properties, "RetentionInDays") == nullptr) {
      out.Report(*r, "Properties.RetentionInDays", "log group keeps its logs forever");
    }
  }
}

void CheckLogGroupKms(const RuleContext& ctx, Reporter& out) {
  for (const ResourceView* r : ctx.OfType("AWS::Logs::LogGroup")) {
    if (Get(r->properties, "KmsKeyId") == nullptr) {
      out.Report(*r, "Properties.KmsKeyId", "log group is not encrypted with a KMS key");
    }
  }
}

}  // namespace cdkpp::validate::internal
