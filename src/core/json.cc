#include "cdkpp/core/json.h"

#include <cstdint>

#include "util/utf8.h"

namespace cdkpp {
namespace {

// Writes JSON exactly as nlohmann's dump(1, ' ', false, strict) does (the
// golden templates are its bytes), straight into one string: no serializer
// object, no output adapter, no per-character virtual call.
class TemplateWriter {
 public:
  explicit TemplateWriter(std::string* out) : out_(*out) {}

  // False when a string is not valid UTF-8.
  bool Value(const Json& v, std::size_t indent) {
    switch (v.type()) {
      case Json::value_t::object:
        return Object(v, indent);
      case Json::value_t::array:
        return Array(v, indent);
      case Json::value_t::string:
        return String(v.get_ref<const std::string&>());
      case Json::value_t::boolean:
        out_ += v.get<bool>() ? "true" : "false";
        return true;
      case Json::value_t::number_integer:
        Integer(v.get<std::int64_t>());
        return true;
      case Json::value_t::number_unsigned:
        Unsigned(v.get<std::uint64_t>());
        return true;
      case Json::value_t::null:
        out_ += "null";
        return true;
      default:
        // Floats (rare in templates): nlohmann's shortest round-trip form.
        out_ += v.dump();
        return true;
    }
  }

 private:
  bool Object(const Json& v, std::size_t indent) {
    if (v.empty()) {
      out_ += "{}";
      return true;
    }
    out_ += "{\n";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!first) out_ += ",\n";
      first = false;
      out_.append(indent + 1, ' ');
      if (!String(it.key())) return false;
      out_ += ": ";
      if (!Value(it.value(), indent + 1)) return false;
    }
    out_ += '\n';
    out_.append(indent, ' ');
    out_ += '}';
    return true;
  }

  bool Array(const Json& v, std::size_t indent) {
    if (v.empty()) {
      out_ += "[]";
      return true;
    }
    out_ += "[\n";
    bool first = true;
    for (const Json& item : v) {
      if (!first) out_ += ",\n";
      first = false;
      out_.append(indent + 1, ' ');
      if (!Value(item, indent + 1)) return false;
    }
    out_ += '\n';
    out_.append(indent, ' ');
    out_ += ']';
    return true;
  }

  void Unsigned(std::uint64_t n) {
    char digits[20];
    int i = 0;
    do {
      digits[i++] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    while (i > 0) out_ += digits[--i];
  }

  void Integer(std::int64_t n) {
    if (n < 0) out_ += '-';
    // Negate in unsigned arithmetic: -INT64_MIN overflows int64.
    Unsigned(n < 0 ? ~static_cast<std::uint64_t>(n) + 1 : static_cast<std::uint64_t>(n));
  }

  // Escapes as nlohmann does without ensure_ascii: the two-character escapes,
  // \u00xx (lower-case hex) for other control characters, UTF-8 kept as is.
  bool String(const std::string& s) {
    out_ += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size();) {
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
      out_.append(s, run, i - run);
      Escape(c);
      run = ++i;
    }
    out_.append(s, run, std::string::npos);
    out_ += '"';
    return true;
  }

  void Escape(unsigned char c) {
    switch (c) {
      case '"':
        out_ += "\\\"";
        return;
      case '\\':
        out_ += "\\\\";
        return;
      case '\b':
        out_ += "\\b";
        return;
      case '\f':
        out_ += "\\f";
        return;
      case '\n':
        out_ += "\\n";
        return;
      case '\r':
        out_ += "\\r";
        return;
      case '\t':
        out_ += "\\t";
        return;
      default:
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 0xF];
    }
  }

  std::string& out_;
};

}  // namespace

// Every serializer replaces invalid UTF-8 with U+FFFD instead of throwing
// (nlohmann's strict mode): no exception crosses the public API. Synthesis
// never gets there with such a string: Stack::SynthesizeTemplate rejects it.

std::string SerializeTemplate(const Json& value) {
  std::string out;
  out.reserve(1 << 16);  // a pipeline template is ~40 kB: one allocation
  if (!TemplateWriter(&out).Value(value, 0)) {
    // Not UTF-8 (a bug upstream, never output by synthesis): the replacing
    // serializer, as every other one, so nothing throws.
    return value.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  out += '\n';
  return out;
}

std::string SerializeCanonical(const Json& value) {
  // nlohmann::json (not ordered_json) stores objects in std::map: sorted keys.
  nlohmann::json sorted = nlohmann::json::parse(SerializeCompact(value));
  return sorted.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string SerializeCompact(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace cdkpp
