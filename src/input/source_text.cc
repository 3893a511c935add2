#include "input/source_text.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <utility>

#include "util/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cdkpp::input {
namespace {

using internal::IsUtf8Continuation;
using internal::Utf8SequenceLength;

// Longest excerpt line shown, in code points; longer lines show a window.
constexpr std::size_t kExcerptWidth = 120;

std::string Hex(unsigned char c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02x", c);
  return buffer;
}

}  // namespace

SourceText::SourceText(std::string file, std::string text)
    : file_(std::move(file)), text_(std::move(text)) {
  const char* data = text_.data();
  const std::size_t size = text_.size();
  // Templates have short lines (an indented JSON template about one per 24
  // bytes): a memchr call per line cost more than the scan itself.
  line_starts_.reserve(size / 16 + 1);
  line_starts_.push_back(0);
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i feed = _mm_set1_epi8('\n');
  for (; size - i >= 16; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    for (auto feeds = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, feed)));
         feeds != 0; feeds &= feeds - 1) {
      line_starts_.push_back(i + static_cast<std::size_t>(std::countr_zero(feeds)) + 1);
    }
  }
#endif
  for (; i < size; ++i) {
    if (data[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourceLocation SourceText::LocationAt(std::size_t offset) const {
  auto [line, column] = LineAndColumnAt(offset);
  return {file_, line, column};
}

std::pair<int, int> SourceText::LineAndColumnAt(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
  std::size_t start = line_starts_[line - 1];
  int column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    // Columns count code points, so a caret lines up under non-ASCII text.
    if (!IsUtf8Continuation(static_cast<unsigned char>(text_[i]))) ++column;
  }
  return {static_cast<int>(line), column};
}

std::string SourceText::Line(int line) const {
  if (line < 1 || line > static_cast<int>(line_starts_.size())) return "";
  std::size_t start = line_starts_[line - 1];
  std::size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  std::string text = text_.substr(start, end - start);
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

std::string SourceText::Excerpt(const SourceLocation& location) const {
  if (!location.known() || location.line > static_cast<int>(line_starts_.size())) return "";
  std::string line = Line(location.line);
  if (line.find_first_not_of(" \t") == std::string::npos && location.column <= 1) return "";

  // Byte offset of each code point, so long lines can be cut to a window
  // around the column without splitting a character.
  std::vector<std::size_t> chars;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!IsUtf8Continuation(static_cast<unsigned char>(line[i]))) chars.push_back(i);
  }
  std::size_t total = chars.size();
  std::size_t column = static_cast<std::size_t>(location.column - 1);  // 0-based
  std::size_t first = 0;
  std::size_t last = total;
  if (total > kExcerptWidth) {
    first = column > kExcerptWidth / 2 ? column - kExcerptWidth / 2 : 0;
    first = std::min(first, total - kExcerptWidth);
    last = first + kExcerptWidth;
  }
  auto byte_at = [&](std::size_t c) { return c < total ? chars[c] : line.size(); };
  std::string shown = (first > 0 ? "..." : "") +
                      line.substr(byte_at(first), byte_at(last) - byte_at(first)) +
                      (last < total ? "..." : "");
  // The caret line repeats tabs so that it lines up in any terminal.
  std::string caret = first > 0 ? "   " : "";
  for (std::size_t c = first; c < column; ++c) {
    caret += (c < total && line[chars[c]] == '\t') ? '\t' : ' ';
  }
  return shown + "\n" + caret + "^";
}

Diagnostic SourceText::ErrorAt(std::string code, std::size_t offset, std::string message) const {
  Diagnostic d;
  d.code = std::move(code);
  d.location = LocationAt(offset);
  d.message = std::move(message);
  d.detail = Excerpt(d.location);
  return d;
}

std::string_view WithoutByteOrderMark(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

std::size_t PlainAsciiPrefix(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is (every x86-64): a signed compare
  // with 0x20 flags control bytes and bytes >= 0x80 alike.
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i feed = _mm_set1_epi8('\n');
  const __m128i del = _mm_set1_epi8(0x7F);
  for (; text.size() - i >= 16; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i control = _mm_andnot_si128(_mm_cmpeq_epi8(v, feed), _mm_cmplt_epi8(v, space));
    auto stop = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(control, _mm_cmpeq_epi8(v, del))));
    if (stop != 0) return i + static_cast<std::size_t>(std::countr_zero(stop));
  }
#endif
  while (i < text.size()) {
    if (text.size() - i >= 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + i, sizeof word);
      // Line feeds first become '*': flags exactly the bytes equal to '\n'
      // (no carry crosses a byte), then sets 0x20 in them.
      std::uint64_t x = word ^ ('\n' * kOnes);
      std::uint64_t feeds = ~(((x & ~kHighBits) + ~kHighBits) | x | ~kHighBits);
      word |= feeds >> 2;
      // A byte below 0x20 borrows into its high bit, one of 0x7F and above
      // carries into it or has it set: no high bit means eight printable bytes.
      if ((((word - 0x20 * kOnes) | (word + kOnes) | word) & kHighBits) == 0) {
        i += 8;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c >= 0x7F) return i;
    ++i;
  }
  return i;
}

std::optional<EncodingError> FindEncodingError(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    i += PlainAsciiPrefix(text.substr(i));
    if (i == text.size()) break;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {  // printable ASCII: most of any config or template
      ++i;
      continue;
    }
    if (c == 0) return EncodingError{i, "NUL byte in the file (is this a binary file?)"};
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      return EncodingError{i, "control character " + Hex(c) +
                                  " is not allowed in YAML or JSON (is this a binary file?)"};
    }
    std::size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      return EncodingError{i, "invalid UTF-8 byte " + Hex(c) +
                                  " (the file must be UTF-8 text; is this a binary file?)"};
    }
    i += n;
  }
  return std::nullopt;
}

}  // namespace cdkpp::input
