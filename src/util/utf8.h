#ifndef CDKPP_UTIL_UTF8_H_
#define CDKPP_UTIL_UTF8_H_

// The one UTF-8 validity rule of the project (RFC 3629): config and template
// readers, construct props checks and synthesis all decide with it.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/json.h"

namespace cdkpp::internal {

/// True for a UTF-8 continuation byte (10xxxxxx).
inline bool IsUtf8Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// The number of code points in text (its non-continuation bytes), as
/// CloudFormation counts a string's length.
std::size_t CodePointCount(std::string_view text);

/// Length of the UTF-8 sequence that starts at text[i] (1 for ASCII), or 0
/// when it is invalid: a bad lead byte, a truncated sequence, an overlong
/// form, a surrogate or a code point above U+10FFFF.
/// REQUIRES: i < text.size()
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i);

/// Byte offset of the first invalid UTF-8 sequence of text, or
/// std::string_view::npos when text is valid UTF-8.
std::size_t FindInvalidUtf8(std::string_view text);

/// True iff text is valid UTF-8.
inline bool IsValidUtf8(std::string_view text) {
  return FindInvalidUtf8(text) == std::string_view::npos;
}

/// text with each invalid UTF-8 sequence replaced by U+FFFD, as the JSON
/// serializers write it: for text output made of input strings (a template
/// may hold any bytes), so that what is printed is always UTF-8.
std::string ReplaceInvalidUtf8(std::string text);

/// The props Validate() check for a string that reaches a template (the
/// template must be UTF-8): appends an error keyed by `key`, "expected UTF-8
/// text, got byte 0xff at offset 3", when text is not valid UTF-8.
void CheckUtf8(Diagnostics* out, const std::string& key, std::string_view text);

/// The path of the first object key or string of value that is not valid
/// UTF-8, such as "Resources.Topic.Properties.Tags[0].Value" ("" for the
/// value itself), or nullopt when every one is valid.
std::optional<std::string> FindNonUtf8Text(const Json& value);

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_UTF8_H_
