#ifndef CDKPP_UTIL_UTF8_H_
#define CDKPP_UTIL_UTF8_H_

// UTF-8 facts every reader and checker needs: sequence lengths, validity,
// code point counts and the byte order mark.

#include <cstddef>
#include <string_view>

namespace cdkpp::internal {

/// The UTF-8 byte order mark some editors put at the start of a file.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// text without a leading byte order mark.
std::string_view StripUtf8Bom(std::string_view text);

/// True for a UTF-8 continuation byte (10xxxxxx).
inline bool IsUtf8Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Length of the UTF-8 sequence starting at text[i], or 0 when it is invalid
/// (bad lead byte, truncated, overlong, surrogate or above U+10FFFF).
/// REQUIRES: i < text.size().
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i);

/// True when all of text is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

/// The number of code points in text (lead bytes), as CloudFormation counts
/// a string's length.
std::size_t CodePointCount(std::string_view text);

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_UTF8_H_
