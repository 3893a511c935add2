#include "constructs/log_key.h"

#include "cdkpp/core/token.h"
#include "constructs/iam.h"

namespace cdkpp::internal {

CfnResource& AddLogKey(Stack& stack, std::string description) {
  Value root = iam::AccountRootKeyStatement();
  // The encryption-context condition is the one the CloudWatch Logs guide
  // gives: the key serves log groups of this account and region only.
  Value logs = Value::Map(
      {{"Action", Value::List({"kms:Decrypt*", "kms:Describe*", "kms:Encrypt*",
                               "kms:GenerateDataKey*", "kms:ReEncrypt*"})},
       {"Condition",
        Value::Map({{"ArnLike",
                     Value::Map({{"kms:EncryptionContext:aws:logs:arn",
                                  Sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*")}})}})},
       {"Effect", "Allow"},
       {"Principal", Value::Map({{"Service", Sub("logs.${AWS::Region}.amazonaws.com")}})},
       {"Resource", "*"}});
  auto& key = New<CfnResource>(
      stack, "LogKey", "AWS::KMS::Key",
      Value::Map({{"Description", std::move(description)},
                  {"EnableKeyRotation", true},
                  {"KeyPolicy", Value::Map({{"Statement", Value::List({root, logs})},
                                            {"Version", "2012-10-17"}})}}),
      TagFormat::kList);
  key.ApplyRemovalPolicy(RemovalPolicy::kRetain);
  return key;
}

}  // namespace cdkpp::internal
