#include "constructs/checks.h"

#include <charconv>

namespace cdkpp::internal::checks {

void Expect(Diagnostics* out, bool ok, const std::string& key, const std::string& expected,
            const std::string& got) {
  if (ok) return;
  Diagnostic d;
  d.code = "config.value";
  d.key_path = key;
  d.message = "expected " + expected + ", got " + got;
  out->push_back(std::move(d));
}

void IntInRange(Diagnostics* out, const std::string& key, int64_t value, int64_t min, int64_t max) {
  Expect(out, value >= min && value <= max, key,
         "an integer from " + std::to_string(min) + " to " + std::to_string(max),
         std::to_string(value));
}

void IntAtLeast(Diagnostics* out, const std::string& key, int64_t value, int64_t min) {
  Expect(out, value >= min, key, "an integer >= " + std::to_string(min), std::to_string(value));
}

void IntOneOf(Diagnostics* out, const std::string& key, int64_t value,
              const std::vector<int64_t>& allowed) {
  std::string list;
  bool found = false;
  for (int64_t a : allowed) {
    if (!list.empty()) list += ", ";
    list += std::to_string(a);
    found = found || a == value;
  }
  Expect(out, found, key, "one of " + list, std::to_string(value));
}

std::string Cidr::ToString() const {
  return std::to_string(base >> 24) + "." + std::to_string((base >> 16) & 0xff) + "." +
         std::to_string((base >> 8) & 0xff) + "." + std::to_string(base & 0xff) + "/" +
         std::to_string(prefix);
}

std::string ParseCidr(const std::string& text, Cidr* out) {
  const std::string kShape = "a CIDR block like 10.0.0.0/16";
  size_t slash = text.find('/');
  if (slash == std::string::npos) return kShape;
  uint32_t base = 0;
  const char* p = text.data();
  const char* end = text.data() + slash;
  for (int octet = 0; octet < 4; ++octet) {
    unsigned value = 0;
    auto [next, ec] = std::from_chars(p, end, value);
    if (ec != std::errc() || next == p || value > 255 || next - p > 3) return kShape;
    base = (base << 8) | value;
    p = next;
    if (octet < 3) {
      if (p == end || *p != '.') return kShape;
      ++p;
    }
  }
  if (p != end) return kShape;
  int prefix = 0;
  const char* prefix_begin = text.data() + slash + 1;
  const char* prefix_end = text.data() + text.size();
  auto [next, ec] = std::from_chars(prefix_begin, prefix_end, prefix);
  if (ec != std::errc() || next != prefix_end || prefix < 0 || prefix > 32) return kShape;
  uint32_t mask = prefix == 0 ? 0 : ~uint32_t{0} << (32 - prefix);
  if ((base & ~mask) != 0) {
    Cidr aligned{base & mask, prefix};
    return "a network address (host bits zero), e.g. " + aligned.ToString();
  }
  out->base = base;
  out->prefix = prefix;
  return "";
}

}  // namespace cdkpp::internal::checks
