#include "cdkpp/constructs/kinesis_stream.h"

#include <cctype>

#include "cdkpp/core/token.h"
#include "constructs/checks.h"
#include "util/utf8.h"

namespace cdkpp {

bool IsValidStreamName(const std::string& name) {
  if (name.empty() || name.size() > 128) return false;
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '-') return false;
  }
  return true;
}

Diagnostics KinesisStreamProps::Validate() const {
  Diagnostics out;
  internal::checks::Expect(&out, IsValidStreamName(name), "name",
                 "a stream name of 1 to 128 letters, digits, '_', '.' or '-'", internal::checks::Quote(name));
  if (mode == StreamMode::kOnDemand) {
    internal::checks::Expect(&out, !shard_count.has_value(), "shard_count",
                   "no shard count for an on-demand stream (it scales by itself)",
                   shard_count ? std::to_string(*shard_count) : "");
  } else if (shard_count) {
    internal::checks::IntInRange(&out, "shard_count", *shard_count, 1, 10000);
  }
  internal::checks::IntInRange(&out, "retention_hours", retention_hours, 24, 8760);
  if (encryption == StreamEncryption::kKms) {
    internal::checks::Expect(&out, !kms_key.empty(), "kms_key", "a KMS key id, ARN or alias", "\"\"");
    internal::CheckUtf8(&out, "kms_key", kms_key);
  }
  return out;
}

KinesisStream::KinesisStream(Construct& scope, std::string id, KinesisStreamProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  for (auto& d : props_.Validate()) AddError(d.message, d.key_path);
  bool provisioned = props_.mode == StreamMode::kProvisioned;
  Value properties = Value::Map({{"Name", props_.name},
                                 {"RetentionPeriodHours", props_.retention_hours}});
  if (provisioned) properties.Set("ShardCount", props_.shard_count.value_or(1));
  if (props_.encryption == StreamEncryption::kKms) {
    properties.Set("StreamEncryption",
                   Value::Map({{"EncryptionType", "KMS"}, {"KeyId", props_.kms_key}}));
  }
  properties.Set("StreamModeDetails",
                 Value::Map({{"StreamMode", provisioned ? "PROVISIONED" : "ON_DEMAND"}}));
  stream_ = &New<CfnResource>(*this, "Resource", "AWS::Kinesis::Stream", std::move(properties),
                              TagFormat::kList);
  // A CDC stream holds only replayable change events; deleting the stack
  // should not leave a billed stream behind.
  stream_->ApplyRemovalPolicy(RemovalPolicy::kDestroy);
}

Value KinesisStream::StreamName() const { return Ref(*stream_); }

Value KinesisStream::StreamArn() const { return GetAtt(*stream_, "Arn"); }

}  // namespace cdkpp
