#ifndef CDKPP_CONSTRUCTS_AWS_SHAPES_H_
#define CDKPP_CONSTRUCTS_AWS_SHAPES_H_

#include <optional>
#include <string>

namespace cdkpp::internal::checks {

// The shapes of the AWS names an existing resource is given by. The config
// schema states the same shapes as patterns (src/config/schema/shared_rules.h);
// these are the props' own checks, for users of the library.

/// True for "<prefix>-" followed by 8 or 17 lowercase hex digits, the form of
/// EC2 ids such as vpc-0123456789abcdef0 or sg-1a2b3c4d.
bool IsEc2Id(const std::string& text, const std::string& prefix);

/// The parts of an ARN, arn:<partition>:<service>:<region>:<account>:<resource>.
struct Arn {
  std::string partition;
  std::string service;
  std::string region;
  std::string account;
  std::string resource;
};

/// The ARN of service in text, with a known partition, a region such as
/// eu-west-1, a 12-digit account and a resource starting with
/// resource_prefix ("secret:", "key/", "stream/") followed by at least one
/// character; nullopt otherwise.
std::optional<Arn> ParseArn(const std::string& text, const std::string& service,
                            const std::string& resource_prefix);

/// True for a DNS host name (labels of letters, digits and inner hyphens, at
/// most 253 characters) or a dotted IPv4 address.
bool IsHostOrIpv4(const std::string& text);

}  // namespace cdkpp::internal::checks

#endif  // CDKPP_CONSTRUCTS_AWS_SHAPES_H_
