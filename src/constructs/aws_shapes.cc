#include "constructs/aws_shapes.h"

#include <cctype>
#include <charconv>
#include <set>
#include <vector>

namespace cdkpp::internal::checks {
namespace {

std::vector<std::string> SplitOn(const std::string& text, char separator, size_t max_parts) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (parts.size() + 1 < max_parts) {
    size_t at = text.find(separator, start);
    if (at == std::string::npos) break;
    parts.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  parts.push_back(text.substr(start));
  return parts;
}

bool AllLower(const std::string& text) {
  for (char c : text) {
    if (c < 'a' || c > 'z') return false;
  }
  return !text.empty();
}

bool AllDigits(const std::string& text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

// eu-west-1, us-gov-west-1, cn-north-1: letters groups, then a number.
bool IsRegion(const std::string& text) {
  std::vector<std::string> parts = SplitOn(text, '-', 8);
  if (parts.size() < 3 || parts[0].size() != 2 || !AllLower(parts[0])) return false;
  for (size_t i = 1; i + 1 < parts.size(); ++i) {
    if (!AllLower(parts[i])) return false;
  }
  return AllDigits(parts.back());
}

bool IsIpv4(const std::string& text) {
  std::vector<std::string> octets = SplitOn(text, '.', 5);
  if (octets.size() != 4) return false;
  for (const std::string& octet : octets) {
    unsigned value = 0;
    auto [end, ec] = std::from_chars(octet.data(), octet.data() + octet.size(), value);
    if (ec != std::errc() || end != octet.data() + octet.size() || octet.size() > 3 ||
        value > 255) {
      return false;
    }
  }
  return true;
}

bool IsLabel(const std::string& label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
    return false;
  }
  for (char c : label) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

}  // namespace

bool IsEc2Id(const std::string& text, const std::string& prefix) {
  if (text.rfind(prefix + "-", 0) != 0) return false;
  std::string hex = text.substr(prefix.size() + 1);
  if (hex.size() != 8 && hex.size() != 17) return false;
  for (char c : hex) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && (c < 'a' || c > 'f')) return false;
  }
  return true;
}

std::optional<Arn> ParseArn(const std::string& text, const std::string& service,
                            const std::string& resource_prefix) {
  static const std::set<std::string> kPartitions = {"aws",       "aws-cn",    "aws-us-gov",
                                                    "aws-iso",   "aws-iso-b", "aws-iso-e",
                                                    "aws-iso-f", "aws-eusc"};
  std::vector<std::string> parts = SplitOn(text, ':', 6);
  if (parts.size() != 6 || parts[0] != "arn") return std::nullopt;
  Arn arn{parts[1], parts[2], parts[3], parts[4], parts[5]};
  if (kPartitions.count(arn.partition) == 0 || arn.service != service || !IsRegion(arn.region) ||
      arn.account.size() != 12 || !AllDigits(arn.account) ||
      arn.resource.size() <= resource_prefix.size() ||
      arn.resource.rfind(resource_prefix, 0) != 0) {
    return std::nullopt;
  }
  return arn;
}

bool IsHostOrIpv4(const std::string& text) {
  if (text.empty() || text.size() > 253) return false;
  bool numeric = true;
  for (char c : text) numeric = numeric && (std::isdigit(static_cast<unsigned char>(c)) || c == '.');
  if (numeric) return IsIpv4(text);
  for (const std::string& label : SplitOn(text, '.', 128)) {
    if (!IsLabel(label)) return false;
  }
  return true;
}

}  // namespace cdkpp::internal::checks
