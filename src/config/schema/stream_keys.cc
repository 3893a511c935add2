// The `stream` section: the Kinesis target stream (KinesisStreamProps).
#include "cdkpp/constructs/pipeline_stack.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"
#include "config/schema/shared_rules.h"

namespace cdkpp::config::schema {

const SectionSpec& StreamSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = PipelineStackProps;
    SectionSpec spec = Table<P>(
        "stream", "The Kinesis target stream.",
        Keys(Key("name", CDKPP_MEMBER(P, stream.name),
                 Pattern("^[A-Za-z0-9_.-]+$", 128,
                         "a stream name of 1 to 128 letters, digits, '_', '.' or '-'"),
                 "Stream name."),
             // The CloudFormation spellings are accepted too, so values copied
             // from a template or from the AWS docs work.
             Key("mode", CDKPP_MEMBER(P, stream.mode),
                 Choices({{"provisioned", static_cast<int>(StreamMode::kProvisioned)},
                          {"on-demand", static_cast<int>(StreamMode::kOnDemand)},
                          {"PROVISIONED", static_cast<int>(StreamMode::kProvisioned), false},
                          {"ON_DEMAND", static_cast<int>(StreamMode::kOnDemand), false}}),
                 "Capacity mode. The CloudFormation spellings `PROVISIONED` and `ON_DEMAND` are "
                 "accepted too."),
             Key("shardCount", CDKPP_MEMBER(P, stream.shard_count), Range(1, 10000),
                 "Shards of a provisioned stream. Must be left out (or `null`) with `mode: "
                 "on-demand`.",
                 "unset (1 shard)"),
             Key("retentionHours", CDKPP_MEMBER(P, stream.retention_hours), Range(24, 8760),
                 "Record retention in hours."),
             Key("encryption", CDKPP_MEMBER(P, stream.encryption),
                 Choices({{"kms", static_cast<int>(StreamEncryption::kKms)},
                          {"none", static_cast<int>(StreamEncryption::kNone)}}),
                 "Server-side encryption; `none` turns it off."),
             Key("kmsKey", CDKPP_MEMBER(P, stream.kms_key), Length(1, "a KMS key id, ARN or alias"),
                 "KMS key used when `encryption: kms` (default: the AWS-managed key)."),
             Section("existing", CDKPP_MEMBER(P, existing_stream), ExistingStreamSection,
                     "Write to this stream instead of creating one.")));
    spec.exclusions = {ExistingExcludesTheRest(spec, "it describes a stream the stack creates")};
    ValidateWith(&spec, CDKPP_MEMBER(P, stream));
    return spec;
  }());
  return kSpec;
}

}  // namespace cdkpp::config::schema
