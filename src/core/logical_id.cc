#include "core/logical_id.h"

#include <cctype>

#include "core/md5.h"

namespace cdkpp::internal {
namespace {

constexpr size_t kHashLength = 8;
constexpr size_t kMaxHumanLength = 240;  // 255 (CloudFormation's limit) minus room for the hash
constexpr size_t kMaxIdLength = 255;

std::string RemoveNonAlphanumeric(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string MakeLogicalId(const std::vector<std::string>& all_components) {
  std::vector<std::string> components;
  for (const auto& c : all_components) {
    if (c != "Default") components.push_back(c);
  }
  if (components.empty()) return "";
  // A top-level resource keeps its id as is, so hand-written templates migrate unchanged.
  if (components.size() == 1) {
    std::string top = RemoveNonAlphanumeric(components[0]);
    if (top.size() <= kMaxIdLength) return top;
  }
  std::string joined;
  for (const auto& c : components) {
    if (!joined.empty()) joined += "/";
    joined += c;
  }
  std::string hash = Md5Hex(joined).substr(0, kHashLength);
  for (char& c : hash) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));

  std::string human;
  const std::string* previous = nullptr;
  for (const auto& c : components) {
    // Skip a component the previous kept one ends with ("Bucket/Bucket" reads "Bucket").
    if (previous != nullptr && EndsWith(*previous, c)) continue;
    previous = &c;
    if (c == "Resource") continue;
    human += RemoveNonAlphanumeric(c);
  }
  if (human.size() > kMaxHumanLength) human.resize(kMaxHumanLength);
  return human + hash;
}

}  // namespace cdkpp::internal
