#include "cdkpp/constructs/existing_stream.h"

#include "cdkpp/constructs/kinesis_stream.h"
#include "constructs/aws_shapes.h"
#include "constructs/checks.h"

namespace cdkpp {
namespace {

constexpr const char* kStreamPrefix = "stream/";

}  // namespace

std::string StreamNameOfArn(const std::string& arn) {
  std::optional<internal::checks::Arn> parsed = internal::checks::ParseArn(arn, "kinesis", kStreamPrefix);
  if (!parsed) return "";
  return parsed->resource.substr(std::string(kStreamPrefix).size());
}

Diagnostics ExistingStreamProps::Validate() const {
  Diagnostics out;
  internal::checks::Expect(&out, IsValidStreamName(StreamNameOfArn(arn)), "arn",
                 "a Kinesis stream ARN (arn:<partition>:kinesis:<region>:<account>:stream/<name>)",
                 internal::checks::Quote(arn));
  return out;
}

ExistingStream::ExistingStream(Construct& scope, std::string id, ExistingStreamProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  for (auto& d : props_.Validate()) AddError(d.message, d.key_path);
}

Value ExistingStream::StreamName() const { return Value(StreamNameOfArn(props_.arn)); }

}  // namespace cdkpp
