#ifndef CDKPP_CONSTRUCTS_CHECKS_H_
#define CDKPP_CONSTRUCTS_CHECKS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "cdkpp/core/diagnostic.h"
#include "util/text.h"

namespace cdkpp::internal::checks {

// Small helpers for the props Validate() functions. Each appends an error
// whose key_path is the props member (the config layer maps it to the
// config key through its schema tables) and whose message reads
// "expected <what>, got <value>", the wording of every config error.

void IntInRange(Diagnostics* out, const std::string& key, int64_t value, int64_t min, int64_t max);
void IntAtLeast(Diagnostics* out, const std::string& key, int64_t value, int64_t min);
void IntOneOf(Diagnostics* out, const std::string& key, int64_t value,
              const std::vector<int64_t>& allowed);
void Expect(Diagnostics* out, bool ok, const std::string& key, const std::string& expected,
            const std::string& got);

/// Construct messages quote values as every other subsystem does.
using internal::Quote;

/// An IPv4 CIDR block.
struct Cidr {
  uint32_t base = 0;
  int prefix = 0;
  std::string ToString() const;
};

/// Parses "a.b.c.d/n". Returns "" and fills out on success, else what is wrong.
std::string ParseCidr(const std::string& text, Cidr* out);

}  // namespace cdkpp::internal::checks

#endif  // CDKPP_CONSTRUCTS_CHECKS_H_
