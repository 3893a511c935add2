#include "input/yaml_scalar_scan.h"

#include <algorithm>

namespace cdkpp::input {
namespace {

// The text's character at i, with its end read as NUL (libyaml's view).
char ScanAt(std::string_view text, std::size_t i) { return i < text.size() ? text[i] : '\0'; }

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendCodePointUtf8(unsigned value, std::string* out) {
  if (value <= 0x7F) {
    out->push_back(static_cast<char>(value));
  } else if (value <= 0x7FF) {
    out->push_back(static_cast<char>(0xC0 + (value >> 6)));
    out->push_back(static_cast<char>(0x80 + (value & 0x3F)));
  } else if (value <= 0xFFFF) {
    out->push_back(static_cast<char>(0xE0 + (value >> 12)));
    out->push_back(static_cast<char>(0x80 + ((value >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 + (value & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 + (value >> 18)));
    out->push_back(static_cast<char>(0x80 + ((value >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 + ((value >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 + (value & 0x3F)));
  }
}

// The escape sequence whose backslash is at text[i], appended to out.
// Returns the offset after it, or kScanDeclined where libyaml reports an
// error (an unknown escape, a bad or invalid code point).
std::size_t ScanEscape(std::string_view text, std::size_t i, std::string* out) {
  static constexpr std::string_view kSimple = "0abtnvfre \"/\\";
  static constexpr std::string_view kMeaning{"\0\a\b\t\n\v\f\r\x1B \"/\\", 13};
  char c = ScanAt(text, i + 1);
  std::size_t simple = c == '\0' ? std::string_view::npos : kSimple.find(c);
  if (simple != std::string_view::npos) {
    out->push_back(kMeaning[simple]);
    return i + 2;
  }
  switch (c) {
    case 'N':
      out->append("\xC2\x85");
      return i + 2;
    case '_':
      out->append("\xC2\xA0");
      return i + 2;
    case 'L':
      out->append("\xE2\x80\xA8");
      return i + 2;
    case 'P':
      out->append("\xE2\x80\xA9");
      return i + 2;
    default:
      break;
  }
  std::size_t length = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
  if (length == 0) return kScanDeclined;
  unsigned value = 0;
  for (std::size_t k = 0; k < length; ++k) {
    int digit = HexDigit(ScanAt(text, i + 2 + k));
    if (digit < 0) return kScanDeclined;
    value = (value << 4) + static_cast<unsigned>(digit);
  }
  if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return kScanDeclined;
  AppendCodePointUtf8(value, out);
  return i + 2 + length;
}

// libyaml's quoted scalar loop (scanner.c, yaml_parser_scan_flow_scalar),
// for a scalar with an escape or a line break. Line breaks are always "\n"
// here, so libyaml's break buffers become a flag and a count.
std::size_t ScanQuotedSlow(std::string_view text, std::size_t start, std::string* out) {
  const char quote = text[start];
  const bool single = quote == '\'';
  std::size_t i = start + 1;
  std::size_t line_start = text.rfind('\n', start);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  out->clear();
  while (true) {
    if (i == line_start && IsYamlDocumentMarker(text, i)) return kScanDeclined;
    if (i >= text.size()) return kScanDeclined;
    bool leading_blanks = false;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') {
      char c = text[i];
      if (single && c == '\'' && ScanAt(text, i + 1) == '\'') {
        out->push_back('\'');
        i += 2;
      } else if (c == quote) {
        break;
      } else if (!single && c == '\\' && ScanAt(text, i + 1) == '\n') {
        i += 2;
        line_start = i;
        leading_blanks = true;
        break;
      } else if (!single && c == '\\') {
        i = ScanEscape(text, i, out);
        if (i == kScanDeclined) return kScanDeclined;
      } else {
        out->push_back(c);
        ++i;
      }
    }
    if (ScanAt(text, i) == quote) break;
    std::size_t spaces = 0;
    bool leading_break = false;
    std::size_t trailing_breaks = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) {
      if (text[i] == ' ') {
        if (!leading_blanks) ++spaces;
      } else if (!leading_blanks) {
        spaces = 0;
        leading_break = true;
        leading_blanks = true;
      } else {
        ++trailing_breaks;
      }
      if (text[i] == '\n') line_start = i + 1;
      ++i;
    }
    if (!leading_blanks) {
      out->append(spaces, ' ');
    } else if (leading_break && trailing_breaks == 0) {
      out->push_back(' ');  // one line break folds to a space
    } else {
      out->append(trailing_breaks, '\n');
    }
  }
  return i + 1;
}

// The first non-space offset at or after i, moving over spaces only while
// the column is below limit (0: no limit); reports the furthest column.
std::size_t SkipIndentation(std::string_view text, std::size_t i, std::size_t line_start,
                            std::size_t limit) {
  while ((limit == 0 || i - line_start < limit) && ScanAt(text, i) == ' ') ++i;
  return i;
}

// libyaml's yaml_parser_scan_block_scalar_breaks: moves over indentation and
// empty lines (counted in *breaks), and settles *indent if it is 0.
struct BlockScan {
  std::string_view text;
  std::size_t i;
  std::size_t line_start;
  std::size_t indent;
  std::size_t parent_indent;

  std::size_t Column() const { return i - line_start; }

  void Breaks(std::size_t* breaks) {
    std::size_t max_indent = 0;
    while (true) {
      i = SkipIndentation(text, i, line_start, indent);
      if (Column() > max_indent) max_indent = Column();
      if (ScanAt(text, i) != '\n') break;
      ++*breaks;
      ++i;
      line_start = i;
    }
    if (indent == 0) indent = std::max({max_indent, parent_indent + 1, std::size_t{1}});
  }
};

}  // namespace

bool IsYamlDocumentMarker(std::string_view text, std::size_t i) {
  std::string_view three = text.substr(std::min(i, text.size()), 3);
  if (three != "---" && three != "...") return false;
  char after = ScanAt(text, i + 3);
  return after == ' ' || after == '\n' || after == '\0';
}

std::size_t ScanQuotedScalar(std::string_view text, std::size_t start, std::string_view* value,
                             std::string* buffer) {
  const char quote = text[start];
  std::size_t i = start + 1;
  while (i < text.size() && text[i] != quote && text[i] != '\n' && text[i] != '\\') ++i;
  bool escaped_quote = quote == '\'' && ScanAt(text, i + 1) == '\'';
  if (i < text.size() && text[i] == quote && !escaped_quote) {
    *value = text.substr(start + 1, i - start - 1);
    return i + 1;
  }
  // A single-quoted scalar holding a backslash is still verbatim, but
  // rare; the slow loop reads it the same.
  std::size_t end = ScanQuotedSlow(text, start, buffer);
  *value = *buffer;
  return end;
}

std::size_t ScanBlockScalar(std::string_view text, std::size_t start, std::size_t parent_indent,
                            std::string* value) {
  const bool literal = text[start] == '|';
  std::size_t i = start + 1;
  int chomping = 0;
  std::size_t increment = 0;
  auto chomp = [&] {
    char c = ScanAt(text, i);
    if (c != '+' && c != '-') return;
    chomping = c == '+' ? 1 : -1;
    ++i;
  };
  auto indentation = [&] {
    char c = ScanAt(text, i);
    if (c < '0' || c > '9') return true;
    if (c == '0') return false;  // libyaml: an indentation indicator equal to 0
    increment = static_cast<std::size_t>(c - '0');
    ++i;
    return true;
  };
  if (ScanAt(text, i) == '+' || ScanAt(text, i) == '-') {
    chomp();
    if (!indentation()) return kScanDeclined;
  } else {
    if (!indentation()) return kScanDeclined;
    chomp();
  }
  while (ScanAt(text, i) == ' ') ++i;
  if (ScanAt(text, i) == '#') {
    while (i < text.size() && text[i] != '\n') ++i;
  }
  if (i < text.size() && text[i] != '\n') return kScanDeclined;
  if (i < text.size()) ++i;
  BlockScan scan{text, i, i, increment == 0 ? 0 : parent_indent + increment, parent_indent};

  value->clear();
  bool leading_break = false;
  bool leading_blank = false;
  std::size_t trailing_breaks = 0;
  scan.Breaks(&trailing_breaks);
  while (scan.i < text.size() && scan.Column() == scan.indent) {
    bool trailing_blank = text[scan.i] == ' ';
    if (!literal && leading_break && !leading_blank && !trailing_blank) {
      if (trailing_breaks == 0) value->push_back(' ');
    } else if (leading_break) {
      value->push_back('\n');
    }
    leading_break = false;
    value->append(trailing_breaks, '\n');
    trailing_breaks = 0;
    leading_blank = trailing_blank;
    std::size_t end = text.find('\n', scan.i);
    if (end == std::string_view::npos) end = text.size();
    value->append(text.substr(scan.i, end - scan.i));
    scan.i = end;
    if (end < text.size()) {
      leading_break = true;
      scan.i = end + 1;
      scan.line_start = scan.i;
    }
    scan.Breaks(&trailing_breaks);
  }
  if (chomping != -1 && leading_break) value->push_back('\n');
  if (chomping == 1) value->append(trailing_breaks, '\n');
  return scan.i < text.size() ? scan.line_start : text.size();
}

}  // namespace cdkpp::input
