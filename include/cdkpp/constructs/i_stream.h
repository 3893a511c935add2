#ifndef CDKPP_CONSTRUCTS_I_STREAM_H_
#define CDKPP_CONSTRUCTS_I_STREAM_H_

#include "cdkpp/core/value.h"

namespace cdkpp {

/// A Kinesis data stream DMS writes to, as AWS CDK's kinesis.IStream: a
/// stream this stack creates (KinesisStream) or an existing one named by ARN.
class IStream {
 public:
  virtual ~IStream() = default;

  /// The stream name (the Kinesis metrics' StreamName dimension).
  virtual Value StreamName() const = 0;
  /// arn:<partition>:kinesis:<region>:<account>:stream/<name>
  virtual Value StreamArn() const = 0;
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_I_STREAM_H_
