#include "core/logical_id.h"

#include "core/md5.h"
#include "util/ascii.h"

namespace cdkpp::internal {
namespace {

constexpr size_t kHashLength = 8;
constexpr size_t kMaxHumanLength = 240;  // 255 (CloudFormation's limit) minus room for the hash
constexpr size_t kMaxIdLength = 255;

// Appends the ASCII letters and digits of s (the "C" locale's isalnum).
void AppendAlphanumeric(const std::string& s, std::string* out) {
  for (char c : s) {
    if (IsAsciiAlnum(c)) out->push_back(c);
  }
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string MakeLogicalId(const std::vector<std::string>& all_components) {
  std::vector<const std::string*> components;
  components.reserve(all_components.size());
  for (const auto& c : all_components) {
    if (c != "Default") components.push_back(&c);
  }
  if (components.empty()) return "";
  // A top-level resource keeps its id as is, so hand-written templates migrate unchanged.
  if (components.size() == 1) {
    std::string top;
    AppendAlphanumeric(*components[0], &top);
    if (top.size() <= kMaxIdLength) return top;
  }
  std::string joined;
  for (const std::string* c : components) {
    if (!joined.empty()) joined += '/';
    joined += *c;
  }
  std::string hash = Md5Hex(joined);
  hash.resize(kHashLength);
  for (char& c : hash) {
    if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');  // lower-case hex digits only
  }

  std::string human;
  const std::string* previous = nullptr;
  for (const std::string* c : components) {
    // Skip a component the previous kept one ends with ("Bucket/Bucket" reads "Bucket").
    if (previous != nullptr && EndsWith(*previous, *c)) continue;
    previous = c;
    if (*c == "Resource") continue;
    AppendAlphanumeric(*c, &human);
  }
  if (human.size() > kMaxHumanLength) human.resize(kMaxHumanLength);
  return human + hash;
}

}  // namespace cdkpp::internal
