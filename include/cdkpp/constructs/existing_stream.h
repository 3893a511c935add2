#ifndef CDKPP_CONSTRUCTS_EXISTING_STREAM_H_
#define CDKPP_CONSTRUCTS_EXISTING_STREAM_H_

#include <string>

#include "cdkpp/constructs/i_stream.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"

namespace cdkpp {

/// A Kinesis stream the stack does not create (config: stream.existing).
struct ExistingStreamProps {
  /// arn:<partition>:kinesis:<region>:<account>:stream/<name>
  std::string arn;

  Diagnostics Validate() const;
};

/// An existing stream named by its ARN, as AWS CDK's Stream.fromStreamArn: it
/// adds nothing to the template.
class ExistingStream : public Construct, public IStream {
 public:
  ExistingStream(Construct& scope, std::string id, ExistingStreamProps props);

  const ExistingStreamProps& props() const { return props_; }
  /// The name, taken from the ARN.
  Value StreamName() const override;
  Value StreamArn() const override { return Value(props_.arn); }

 private:
  ExistingStreamProps props_;
};

/// The stream name of a Kinesis stream ARN (after "stream/"), or "".
std::string StreamNameOfArn(const std::string& arn);

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_EXISTING_STREAM_H_
