#ifndef CDKPP_CONSTRUCTS_KINESIS_STREAM_H_
#define CDKPP_CONSTRUCTS_KINESIS_STREAM_H_

#include <optional>
#include <string>

#include "cdkpp/constructs/i_stream.h"
#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

enum class StreamMode { kProvisioned, kOnDemand };
enum class StreamEncryption { kKms, kNone };

/// The config fills it from `stream` (src/config/schema/stream_keys.cc).
struct KinesisStreamProps {
  /// Stream name: 1-128 of [a-zA-Z0-9_.-].
  std::string name = "mysql-cdc-stream";
  StreamMode mode = StreamMode::kProvisioned;
  /// Shards of a provisioned stream (1 when unset). Setting it with
  /// StreamMode::kOnDemand is an error: on-demand streams scale themselves.
  std::optional<int> shard_count;
  /// 24..8760 hours.
  int retention_hours = 24;
  /// Server-side encryption, on by default with the AWS-managed key.
  StreamEncryption encryption = StreamEncryption::kKms;
  std::string kms_key = "alias/aws/kinesis";

  Diagnostics Validate() const;
};

/// An AWS::Kinesis::Stream.
class KinesisStream : public Construct, public IStream {
 public:
  KinesisStream(Construct& scope, std::string id, KinesisStreamProps props = {});

  const KinesisStreamProps& props() const { return props_; }
  const CfnResource& resource() const { return *stream_; }
  Value StreamName() const override;  ///< {"Ref": <Stream>}
  Value StreamArn() const override;   ///< {"Fn::GetAtt": [<Stream>, "Arn"]}

 private:
  KinesisStreamProps props_;
  CfnResource* stream_ = nullptr;
};

/// True for a stream name: 1-128 of [a-zA-Z0-9_.-].
bool IsValidStreamName(const std::string& name);

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_KINESIS_STREAM_H_
