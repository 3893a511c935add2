#include "util/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <utility>

namespace cdkpp::internal {

std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) -> unsigned char {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0;
  };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned min;
  unsigned cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2, min = 0x80, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, min = 0x800, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  for (std::size_t k = 1; k < n; ++k) {
    if (!IsUtf8Continuation(byte(i + k))) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

std::size_t CodePointCount(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += !IsUtf8Continuation(c);
  return n;
}

std::size_t FindInvalidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // Eight ASCII bytes at a time: templates are almost all ASCII.
    std::uint64_t word;
    while (i + sizeof word <= text.size() &&
           (std::memcpy(&word, text.data() + i, sizeof word), (word & 0x8080808080808080u) == 0)) {
      i += sizeof word;
    }
    if (i >= text.size()) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII, almost every byte
      ++i;
      continue;
    }
    std::size_t n = Utf8SequenceLength(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::string ReplaceInvalidUtf8(std::string text) {
  std::size_t bad = FindInvalidUtf8(text);
  if (bad == std::string_view::npos) return text;  // the common case: no copy
  std::string out = text.substr(0, bad);
  for (std::size_t i = bad; i < text.size();) {
    std::size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for the one byte, as nlohmann's replace does
      ++i;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

void CheckUtf8(Diagnostics* out, const std::string& key, std::string_view text) {
  std::size_t bad = FindInvalidUtf8(text);
  if (bad == std::string_view::npos) return;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(text[bad]));
  Diagnostic d = Error(key, std::string("expected UTF-8 text, got byte ") + byte + " at offset " +
                                std::to_string(bad));
  d.code = "config.value";
  out->push_back(std::move(d));
}

namespace {

std::optional<std::string> FindInvalidUtf8At(const Json& value, const std::string& path) {
  if (value.is_string()) {
    if (IsValidUtf8(value.get_ref<const std::string&>())) return std::nullopt;
    return path;
  }
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      auto found = FindInvalidUtf8At(value[i], path + "[" + std::to_string(i) + "]");
      if (found) return found;
    }
  } else if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      std::string child = path.empty() ? it.key() : path + "." + it.key();
      if (!IsValidUtf8(it.key())) return child;
      auto found = FindInvalidUtf8At(*it, child);
      if (found) return found;
    }
  }
  return std::nullopt;
}

// The same walk without paths: a synthesized template is checked before it is
// written, and building a path string per node only pays when one is bad.
bool AllValidUtf8(const Json& value) {
  if (value.is_string()) return IsValidUtf8(value.get_ref<const std::string&>());
  if (value.is_array()) {
    for (const Json& item : value) {
      if (!AllValidUtf8(item)) return false;
    }
  } else if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (!IsValidUtf8(it.key()) || !AllValidUtf8(*it)) return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::string> FindNonUtf8Text(const Json& value) {
  if (AllValidUtf8(value)) return std::nullopt;
  return FindInvalidUtf8At(value, "");
}

}  // namespace cdkpp::internal
