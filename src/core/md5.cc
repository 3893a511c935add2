#include "core/md5.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace cdkpp::internal {
namespace {

constexpr std::array<uint32_t, 64> kSines = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
    0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
    0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
    0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
    0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
    0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
    0xeb86d391};
constexpr std::array<int, 64> kShifts = {7,  12, 17, 22, 7,  12, 17, 22, 7,  12, 17, 22, 7,
                                         12, 17, 22, 5,  9,  14, 20, 5,  9,  14, 20, 5,  9,
                                         14, 20, 5,  9,  14, 20, 4,  11, 16, 23, 4,  11, 16,
                                         23, 4,  11, 16, 23, 4,  11, 16, 23, 6,  10, 15, 21,
                                         6,  10, 15, 21, 6,  10, 15, 21, 6,  10, 15, 21};

uint32_t RotateLeft(uint32_t x, int c) { return (x << c) | (x >> (32 - c)); }

// The four 32-bit words of the running digest.
struct Md5State {
  uint32_t a = 0x67452301, b = 0xefcdab89, c = 0x98badcfe, d = 0x10325476;
};

// One round step; the round number picks the function and the message word.
template <int kRound>
void Md5Step(uint32_t& a, uint32_t b, uint32_t c, uint32_t d, const uint32_t* m, int i) {
  uint32_t f;
  int g;
  if constexpr (kRound == 0) {
    f = (b & c) | (~b & d);
    g = i;
  } else if constexpr (kRound == 1) {
    f = (d & b) | (~d & c);
    g = (5 * i + 1) % 16;
  } else if constexpr (kRound == 2) {
    f = b ^ c ^ d;
    g = (3 * i + 5) % 16;
  } else {
    f = c ^ (b | ~d);
    g = (7 * i) % 16;
  }
  a = b + RotateLeft(a + f + kSines[i] + m[g], kShifts[i]);
}

// The 16 steps of one round, rotating the roles of a, b, c, d instead of
// moving the values (RFC 1321's formulation).
template <int kRound>
void Md5Round(uint32_t& a, uint32_t& b, uint32_t& c, uint32_t& d, const uint32_t* m) {
  for (int i = 16 * kRound; i < 16 * kRound + 16; i += 4) {
    Md5Step<kRound>(a, b, c, d, m, i);
    Md5Step<kRound>(d, a, b, c, m, i + 1);
    Md5Step<kRound>(c, d, a, b, m, i + 2);
    Md5Step<kRound>(b, c, d, a, m, i + 3);
  }
}

void Md5Block(Md5State& state, const unsigned char* block) {
  uint32_t m[16];
  for (int i = 0; i < 16; ++i) {
    const unsigned char* p = block + 4 * i;
    m[i] = p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24);
  }
  uint32_t a = state.a, b = state.b, c = state.c, d = state.d;
  Md5Round<0>(a, b, c, d, m);
  Md5Round<1>(a, b, c, d, m);
  Md5Round<2>(a, b, c, d, m);
  Md5Round<3>(a, b, c, d, m);
  state.a += a;
  state.b += b;
  state.c += c;
  state.d += d;
}

}  // namespace

std::string Md5Hex(const std::string& data) {
  Md5State state;
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  size_t whole = data.size() / 64 * 64;
  for (size_t offset = 0; offset < whole; offset += 64) Md5Block(state, bytes + offset);
  // Padding: 0x80, zeros to 56 mod 64, then the bit length little-endian.
  unsigned char tail[128] = {};
  size_t rest = data.size() - whole;
  if (rest > 0) std::memcpy(tail, bytes + whole, rest);
  tail[rest] = 0x80;
  size_t tail_size = rest < 56 ? 64 : 128;
  uint64_t bit_length = static_cast<uint64_t>(data.size()) * 8;
  for (int i = 0; i < 8; ++i) {
    tail[tail_size - 8 + i] = static_cast<unsigned char>((bit_length >> (8 * i)) & 0xff);
  }
  for (size_t offset = 0; offset < tail_size; offset += 64) Md5Block(state, tail + offset);

  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(32, '0');
  size_t at = 0;
  for (uint32_t word : {state.a, state.b, state.c, state.d}) {
    for (int i = 0; i < 4; ++i) {
      unsigned byte = (word >> (8 * i)) & 0xff;
      out[at++] = kHex[byte >> 4];
      out[at++] = kHex[byte & 0xf];
    }
  }
  return out;
}

}  // namespace cdkpp::internal
