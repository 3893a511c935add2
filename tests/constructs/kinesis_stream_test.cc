#include "cdkpp/constructs/kinesis_stream.h"

#include <gtest/gtest.h>

#include "cdkpp/core/app.h"
#include "cdkpp/core/stack.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

Json SynthStream(KinesisStreamProps props) {
  App app;
  New<KinesisStream>(New<Stack>(app, "S"), "Stream", props);
  return testing::OnlyResource(testing::SynthTemplate(app), "AWS::Kinesis::Stream");
}

TEST(KinesisStreamTest, DefaultIsOneEncryptedProvisionedShard) {
  Json stream = SynthStream({});
  EXPECT_EQ(Json::parse(R"({"Name":"mysql-cdc-stream","RetentionPeriodHours":24,"ShardCount":1,
      "StreamEncryption":{"EncryptionType":"KMS","KeyId":"alias/aws/kinesis"},
      "StreamModeDetails":{"StreamMode":"PROVISIONED"}})"),
            stream["Properties"]);
  EXPECT_EQ("Delete", stream["DeletionPolicy"]);
}

TEST(KinesisStreamTest, OnDemandHasNoShardCountAndEncryptionCanBeOff) {
  KinesisStreamProps props;
  props.mode = StreamMode::kOnDemand;
  props.encryption = StreamEncryption::kNone;
  props.retention_hours = 72;
  Json stream = SynthStream(props);
  EXPECT_EQ(Json::parse(R"({"Name":"mysql-cdc-stream","RetentionPeriodHours":72,
      "StreamModeDetails":{"StreamMode":"ON_DEMAND"}})"),
            stream["Properties"]);
}

TEST(KinesisStreamTest, Validation) {
  KinesisStreamProps short_retention;
  short_retention.retention_hours = 10;
  EXPECT_EQ((std::vector<std::string>{"retention_hours: expected an integer from 24 to 8760, got 10"}),
            testing::ValidationMessages(short_retention));
  KinesisStreamProps on_demand_shards;
  on_demand_shards.mode = StreamMode::kOnDemand;
  on_demand_shards.shard_count = 2;
  EXPECT_EQ((std::vector<std::string>{"shard_count: expected no shard count for an on-demand stream "
                                      "(it scales by itself), got 2"}),
            testing::ValidationMessages(on_demand_shards));
  KinesisStreamProps zero;
  zero.shard_count = 0;
  EXPECT_EQ((std::vector<std::string>{"shard_count: expected an integer from 1 to 10000, got 0"}),
            testing::ValidationMessages(zero));
  KinesisStreamProps bad_name;
  bad_name.name = "my stream";
  EXPECT_EQ((std::vector<std::string>{"name: expected a stream name of 1 to 128 letters, digits, "
                                      "'_', '.' or '-', got \"my stream\""}),
            testing::ValidationMessages(bad_name));
  KinesisStreamProps bad_key;
  bad_key.kms_key = "alias/\xff";
  EXPECT_EQ((std::vector<std::string>{"kms_key: expected UTF-8 text, got byte 0xff at offset 6"}),
            testing::ValidationMessages(bad_key));
}

}  // namespace
}  // namespace cdkpp
