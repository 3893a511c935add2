#include "cdkpp/core/json.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/json_writer.h"
#include "util/utf8.h"

namespace cdkpp {
namespace {

// Appends bytes to a string through a raw pointer. The string is grown (and
// zero-filled) ahead by at most kStep bytes at a time within a reserved
// capacity, so a byte costs a store, not a std::string append call, and the
// fill stays a few vector stores (a big memset is a `rep stosb` per byte).
class ByteSink {
 public:
  ByteSink(std::string* out, std::size_t expected_size) : out_(*out) {
    out_.reserve(expected_size);
  }
  ~ByteSink() { out_.resize(size_); }
  ByteSink(const ByteSink&) = delete;
  ByteSink& operator=(const ByteSink&) = delete;

  void Put(char c) { *Room(1) = c; }
  void Put(const char* bytes, std::size_t n) { std::memcpy(Room(n), bytes, n); }
  void Put(std::string_view text) { Put(text.data(), text.size()); }
  void Spaces(std::size_t n) { std::memset(Room(n), ' ', n); }

 private:
  static constexpr std::size_t kStep = 1024;

  // The next n bytes to write, counted as written.
  char* Room(std::size_t n) {
    if (size_ + n > out_.size()) [[unlikely]] Grow(n);
    char* at = out_.data() + size_;
    size_ += n;
    return at;
  }

  // Within the reserved capacity first: a short value fills no more.
  void Grow(std::size_t n) {
    std::size_t need = size_ + n;
    out_.resize(need <= out_.capacity() ? std::min(out_.capacity(), need + kStep) : need + kStep);
  }

  std::string& out_;
  std::size_t size_ = 0;
};

// How JsonWriter lays a value out.
enum class JsonLayout {
  kTemplate,   // nlohmann's dump(1, ' ', false): one-space indent, keys in order
  kCanonical,  // nlohmann::json's dump(): compact, keys sorted recursively
  kCompact,    // nlohmann's dump(): compact, keys in order
};

// Writes JSON exactly as nlohmann's dump does in the layout given (the golden
// templates are its bytes), straight into one string: no serializer object,
// no output adapter, no per-character virtual call, no sorted copy.
class JsonWriter {
 public:
  // A pipeline template is ~40 kB (one allocation); a canonical string (DMS
  // table mappings, task settings) is a few kB; a compact one is mostly a
  // value a message or a diff shows.
  JsonWriter(std::string* out, JsonLayout layout)
      : out_(out, layout == JsonLayout::kTemplate    ? 1 << 16
                  : layout == JsonLayout::kCanonical ? 1 << 12
                                                     : 1 << 8),
        layout_(layout) {}

  // False when a string is not valid UTF-8.
  bool Value(const Json& v, std::size_t indent) {
    switch (v.type()) {
      case Json::value_t::object:
        return Object(v.get_ref<const Json::object_t&>(), indent);
      case Json::value_t::array:
        return Array(v.get_ref<const Json::array_t&>(), indent);
      case Json::value_t::string:
        return String(v.get_ref<const std::string&>());
      case Json::value_t::boolean:
        out_.Put(v.get<bool>() ? std::string_view("true") : std::string_view("false"));
        return true;
      case Json::value_t::number_integer:
        Integer(v.get<std::int64_t>());
        return true;
      case Json::value_t::number_unsigned:
        Unsigned(v.get<std::uint64_t>());
        return true;
      case Json::value_t::null:
        out_.Put("null");
        return true;
      default:
        // Floats (rare in templates): nlohmann's shortest round-trip form.
        out_.Put(v.dump());
        return true;
    }
  }

 private:
  bool Object(const Json::object_t& entries, std::size_t indent) {
    if (entries.empty()) {
      out_.Put("{}");
      return true;
    }
    if (layout_ == JsonLayout::kCanonical) return CanonicalObject(entries);
    if (layout_ == JsonLayout::kCompact) return CompactObject(entries);
    out_.Put("{\n");
    bool first = true;
    for (const auto& [key, item] : entries) {
      if (!first) out_.Put(",\n");
      first = false;
      out_.Spaces(indent + 1);
      if (!String(key)) return false;
      out_.Put(": ");
      if (!Value(item, indent + 1)) return false;
    }
    out_.Put('\n');
    out_.Spaces(indent);
    out_.Put('}');
    return true;
  }

  // Keys in std::string order, as nlohmann::json's std::map holds them.
  bool CanonicalObject(const Json::object_t& entries) {
    std::vector<const Json::object_t::value_type*> sorted;
    sorted.reserve(entries.size());
    for (const auto& entry : entries) sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(),
              [](const auto* a, const auto* b) { return a->first < b->first; });
    out_.Put('{');
    for (std::size_t i = 0; i < sorted.size(); ++i) {
      if (i > 0) out_.Put(',');
      if (!String(sorted[i]->first)) return false;
      out_.Put(':');
      if (!Value(sorted[i]->second, 0)) return false;
    }
    out_.Put('}');
    return true;
  }

  bool CompactObject(const Json::object_t& entries) {
    out_.Put('{');
    bool first = true;
    for (const auto& [key, item] : entries) {
      if (!first) out_.Put(',');
      first = false;
      if (!String(key)) return false;
      out_.Put(':');
      if (!Value(item, 0)) return false;
    }
    out_.Put('}');
    return true;
  }

  bool Array(const Json::array_t& items, std::size_t indent) {
    if (items.empty()) {
      out_.Put("[]");
      return true;
    }
    if (layout_ != JsonLayout::kTemplate) {  // compact
      out_.Put('[');
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out_.Put(',');
        if (!Value(items[i], 0)) return false;
      }
      out_.Put(']');
      return true;
    }
    out_.Put("[\n");
    bool first = true;
    for (const Json& item : items) {
      if (!first) out_.Put(",\n");
      first = false;
      out_.Spaces(indent + 1);
      if (!Value(item, indent + 1)) return false;
    }
    out_.Put('\n');
    out_.Spaces(indent);
    out_.Put(']');
    return true;
  }

  void Unsigned(std::uint64_t n) {
    char digits[20];
    int i = 20;
    do {
      digits[--i] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    out_.Put(digits + i, static_cast<std::size_t>(20 - i));
  }

  void Integer(std::int64_t n) {
    if (n < 0) out_.Put('-');
    // Negate in unsigned arithmetic: -INT64_MIN overflows int64.
    Unsigned(n < 0 ? ~static_cast<std::uint64_t>(n) + 1 : static_cast<std::uint64_t>(n));
  }

  // Escapes as nlohmann does without ensure_ascii: the two-character escapes,
  // \u00xx (lower-case hex) for other control characters, UTF-8 kept as is.
  bool String(const std::string& s) {
    out_.Put('"');
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size();) {
      // Eight plain bytes at a time: most template text needs no escape.
      if (i + 8 <= s.size() && AllPlainAscii(s.data() + i)) {
        i += 8;
        continue;
      }
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80) {
        std::size_t n = internal::Utf8SequenceLength(s, i);
        if (n == 0) return false;
        i += n;
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      out_.Put(s.data() + run, i - run);
      Escape(c);
      run = ++i;
    }
    out_.Put(s.data() + run, s.size() - run);
    out_.Put('"');
    return true;
  }

  // True when none of the 8 bytes at p needs a look of its own: no byte
  // >= 0x80 (UTF-8 to check), < 0x20, '"' or '\\' (to escape). Bit tricks
  // from "Bit Twiddling Hacks" (haszero, hasless), exact for these bytes.
  static bool AllPlainAscii(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    std::uint64_t quote = w ^ (kOnes * '"');
    std::uint64_t backslash = w ^ (kOnes * '\\');
    std::uint64_t special = w | ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) |
                            ((backslash - kOnes) & ~backslash);
    return (special & kHigh) == 0;
  }

  void Escape(unsigned char c) {
    switch (c) {
      case '"':
        out_.Put("\\\"");
        return;
      case '\\':
        out_.Put("\\\\");
        return;
      case '\b':
        out_.Put("\\b");
        return;
      case '\f':
        out_.Put("\\f");
        return;
      case '\n':
        out_.Put("\\n");
        return;
      case '\r':
        out_.Put("\\r");
        return;
      case '\t':
        out_.Put("\\t");
        return;
      default:
        static constexpr char kHex[] = "0123456789abcdef";
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_.Put(escaped, sizeof escaped);
    }
  }

  ByteSink out_;
  JsonLayout layout_;
};

}  // namespace

// Every serializer replaces invalid UTF-8 with U+FFFD instead of throwing
// (nlohmann's strict mode): no exception crosses the public API. Synthesis
// never gets there with such a string: Stack::SynthesizeTemplate rejects it.

namespace internal {

bool SerializeTemplateTo(const Json& value, std::string* out) {
  out->clear();
  bool valid = JsonWriter(out, JsonLayout::kTemplate).Value(value, 0);
  if (valid) *out += '\n';
  return valid;
}

}  // namespace internal

std::string SerializeTemplate(const Json& value) {
  std::string out;
  if (!internal::SerializeTemplateTo(value, &out)) {
    // Not UTF-8 (a bug upstream, never output by synthesis): the replacing
    // serializer, as every other one, so nothing throws.
    return value.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  return out;
}

std::string SerializeCanonical(const Json& value) {
  std::string out;
  if (JsonWriter(&out, JsonLayout::kCanonical).Value(value, 0)) return out;
  // Not UTF-8: nlohmann::json (not ordered_json) stores objects in std::map,
  // sorted, and its serializer replaces the bad bytes.
  nlohmann::json sorted = nlohmann::json::parse(SerializeCompact(value));
  return sorted.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string SerializeCompact(const Json& value) {
  std::string out;
  if (JsonWriter(&out, JsonLayout::kCompact).Value(value, 0)) return out;
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);  // not UTF-8
}

}  // namespace cdkpp
