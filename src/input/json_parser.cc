#include "input/json_parser.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "input/limits.h"
#include "input/number.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cdkpp::input {
namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;

// The end of the run of bytes at p that a JSON string holds as they are:
// printable ASCII (0x20 to 0x7E), except '"' and '\\'. Eight bytes at a time
// (strings are most of a template's text), then byte by byte up to the
// first other. Inlined: it is called for every key and string.
[[gnu::always_inline]] inline const char* SkipOrdinaryStringBytes(const char* p,
                                                                   const char* end) {
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is (every x86-64): a signed compare
  // with 0x20 flags control bytes and bytes >= 0x80 alike.
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i del = _mm_set1_epi8(0x7F);
  while (end - p >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i stop_bytes = _mm_or_si128(
        _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del)),
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    auto stop = static_cast<unsigned>(_mm_movemask_epi8(stop_bytes));
    if (stop != 0) return p + std::countr_zero(stop);
    p += 16;
  }
#endif
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  while (end - p >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    std::uint64_t quote = w ^ (kOnes * '"');
    std::uint64_t backslash = w ^ (kOnes * '\\');
    // A byte >= 0x7F, < 0x20, == '"' or == '\\' sets its high bit here.
    // Bytes after such a byte may be flagged too (a borrow or carry runs
    // on), never one before it: on a little-endian machine the lowest flag
    // is exact.
    std::uint64_t stop = (w | (w + kOnes) | ((w - kOnes * 0x20) & ~w) |
                          ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash)) &
                         kHigh;
    if (stop != 0) {
      if constexpr (std::endian::native == std::endian::little) {
        return p + (std::countr_zero(stop) >> 3);
      }
      break;
    }
    p += 8;
  }
  while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20 &&
         static_cast<unsigned char>(*p) < 0x7F) {
    ++p;
  }
  return p;
}

// An object member as read: its key (a view of the text or of a decoded
// key) and its value.
using Member = std::pair<std::string_view, Json>;

class Parser {
 public:
  Parser(std::string_view text, const JsonOptions& options)
      : p_(text.data()),
        begin_(text.data()),
        end_(text.data() + text.size()),
        positions_(options.positions),
        reject_duplicate_keys_(options.reject_duplicate_keys),
        section_texts_(options.section_texts) {
    // Room for every depth, made on first use: a Parser is made per JSON
    // string property too, whose few levels should not pay for 200.
    levels_.reserve(kMaxNesting + 1);
  }

  bool ParseDocument(Json* out) {
    *out = nullptr;  // every value is then made over a null (Fill)
    SkipSpace();
    if (positions_) positions_->SetRoot(Offset());
    if (!ParseValue(out, 0)) return false;
    SkipSpace();
    if (p_ != end_) return Fail("unexpected " + Describe() + " after the JSON value");
    return true;
  }

  bool ParseDocument(YamlNodePtr* out) {
    SkipSpace();
    if (!ParseNode(out, 0)) return false;
    SkipSpace();
    if (p_ != end_) return Fail("unexpected " + Describe() + " after the JSON value");
    return true;
  }

  bool beyond_ascii() const { return beyond_ascii_; }

  JsonError error() const {
    return {static_cast<std::size_t>(error_at_ - begin_), message_, first_key_offset_};
  }

 private:
  std::size_t Offset() const { return static_cast<std::size_t>(p_ - begin_); }

  bool Fail(std::string message) {
    error_at_ = p_;
    message_ = std::move(message);
    return false;
  }

  std::string Describe() const {
    if (p_ >= end_) return "end of input";
    char c = *p_;
    if (static_cast<unsigned char>(c) < 0x20) return "control character";
    return std::string("'") + c + "'";
  }

  static bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

  void SkipSpace() {
    // Most calls find no space at all ("," after a value): inline, one test.
    if (p_ < end_ && static_cast<unsigned char>(*p_) > ' ') return;
    SkipSpaceRun();
  }

  [[gnu::noinline]] void SkipSpaceRun() {
#if defined(__SSE2__)
    // A line break and its indentation (pretty-printed JSON: nearly every
    // call) fit in sixteen bytes: one test of them all.
    while (end_ - p_ >= 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
      __m128i space = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
      auto other = ~static_cast<unsigned>(_mm_movemask_epi8(space)) & 0xFFFFu;
      if (other != 0) {
        p_ += std::countr_zero(other);
        return;
      }
      p_ += 16;
    }
#endif
    if constexpr (std::endian::native == std::endian::little) {
      // Line breaks and indentation: the spaces of eight bytes at a time.
      while (end_ - p_ >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p_, 8);
        std::uint64_t not_spaces = w ^ (kOnes * ' ');
        if (not_spaces == 0) {
          p_ += 8;
          continue;
        }
        p_ += std::countr_zero(not_spaces) >> 3;  // the first byte that is not ' '
        if (*p_ != '\n' && *p_ != '\t' && *p_ != '\r') return;
        ++p_;
      }
    }
    while (p_ < end_ && IsSpace(*p_)) ++p_;
  }

  bool MatchLiteral(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() ||
        std::string_view(p_, word.size()) != word) {
      return Fail("invalid literal, expected '" + std::string(word) + "'");
    }
    p_ += word.size();
    return true;
  }

  // Makes a value in *slot, which holds null: the root (ParseDocument sets
  // it), a new array item, or an object member's slot (new, or moved from).
  // A null's destructor does nothing, so the value is made over it instead
  // of assigned: an assignment destroys the null it swaps out, a call per
  // value (most of json_value::destroy's share of a template's parse).
  template <class T>
  static void Fill(Json* slot, T&& value) {
    std::construct_at(slot, std::forward<T>(value));
  }

  bool Literal(std::string_view word, Json value, Json* out) {
    if (!MatchLiteral(word)) return false;
    Fill(out, std::move(value));
    return true;
  }

  bool ParseValue(Json* out, int depth) {
    if (p_ >= end_) return Fail("unexpected end of input, expected a value");
    switch (*p_) {
      case '{':
        return ParseObject(out, depth + 1);
      case '[':
        return ParseArray(out, depth + 1);
      case '"': {
        // Nearly every string holds no escape and only ASCII: made at its
        // final size from the text. Others are decoded into the value's own
        // string.
        const char* start = p_ + 1;
        const char* run_end = SkipOrdinaryStringBytes(start, end_);
        if (run_end < end_ && *run_end == '"') {
          Fill(out, std::string(start, static_cast<std::size_t>(run_end - start)));
          p_ = run_end + 1;
          return true;
        }
        Fill(out, Json::value_t::string);
        return ParseString(out->get_ptr<std::string*>());
      }
      case 't':
        return Literal("true", true, out);
      case 'f':
        return Literal("false", false, out);
      case 'n':
        return Literal("null", nullptr, out);
      default:
        if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) return ParseNumber(out);
        return Fail("unexpected " + Describe() + ", expected a value");
    }
  }

  // Reads an object's members up to its closing '}': for each, on_member(key,
  // key_offset) reads the value at p_. key stays valid until the object's
  // end. Shared by the Json and YamlNode trees.
  template <class OnMember>
  bool ParseMembers(int depth, OnMember&& on_member) {
    if (depth > kMaxNesting) return Fail(TooDeepMessage());
    ++p_;  // '{'
    SkipSpace();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return true;
    }
    while (true) {
      SkipSpace();
      if (p_ >= end_ || *p_ != '"')
        return Fail("expected a string (an object key), got " + Describe());
      std::size_t key_offset = Offset();
      std::string_view key;
      if (!ParseKey(depth, &key)) return false;
      SkipSpace();
      if (p_ >= end_ || *p_ != ':')
        return Fail("expected ':' after an object key, got " + Describe());
      ++p_;
      // Mostly one space, then the value: not worth SkipSpaceRun's call.
      if (end_ - p_ >= 2 && *p_ == ' ' && static_cast<unsigned char>(p_[1]) > ' ') {
        ++p_;
      } else {
        SkipSpace();
      }
      if (!on_member(key, key_offset)) return false;
      SkipSpace();
      if (p_ < end_ && *p_ == ',') {
        ++p_;
        continue;
      }
      if (p_ < end_ && *p_ == '}') {
        ++p_;
        return true;
      }
      return Fail("expected ',' or '}' in an object, got " + Describe());
    }
  }

  // Reads the object key at p_ (a '"'): a view of the text itself when it
  // holds no escape and no byte >= 0x80 (nearly every key: no copy, no
  // move), else of its decoded text, kept per depth until the object ends.
  bool ParseKey(int depth, std::string_view* key) {
    const char* start = p_ + 1;
    const char* run_end = SkipOrdinaryStringBytes(start, end_);
    if (run_end < end_ && *run_end == '"') {
      *key = std::string_view(start, static_cast<std::size_t>(run_end - start));
      p_ = run_end + 1;
      return true;
    }
    auto& decoded = LevelAt(depth).escaped_keys;
    decoded.push_back(std::make_unique<std::string>());
    if (!ParseString(decoded.back().get())) return false;
    *key = *decoded.back();
    return true;
  }

  // Reads an array's items up to its closing ']': on_item() reads each at p_.
  template <class OnItem>
  bool ParseItems(int depth, OnItem&& on_item) {
    if (depth > kMaxNesting) return Fail(TooDeepMessage());
    ++p_;  // '['
    SkipSpace();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
      return true;
    }
    while (true) {
      SkipSpace();
      if (!on_item()) return false;
      SkipSpace();
      if (p_ < end_ && *p_ == ',') {
        ++p_;
        continue;
      }
      if (p_ < end_ && *p_ == ']') {
        ++p_;
        return true;
      }
      return Fail("expected ',' or ']' in an array, got " + Describe());
    }
  }

  bool ParseObject(Json* out, int depth) {
    // Members go to a plain vector first: ordered_map's const keys make its
    // growth copy every finished member; it is filled once at its final size.
    // Per-depth scratch, reused across objects: no allocation per object once
    // warmed up. levels_ never moves (its capacity is every depth), so these
    // references survive the recursive calls below.
    if (depth > kMaxNesting) return Fail(TooDeepMessage());
    // Slots are reused, not cleared: a value moved out leaves null behind,
    // ready for the next object's member (no Json made or destroyed per
    // member).
    Level& level = LevelAt(depth);
    auto& slots = level.members;
    auto& key_offsets = level.key_offsets;
    std::size_t count = 0;
    level.escaped_keys.clear();
    key_offsets.clear();
    if (positions_) positions_->Open();
    bool ok = ParseMembers(depth, [&](std::string_view key, std::size_t key_offset) {
      if (positions_) positions_->Member(key, key_offset);
      if (count == slots.size()) slots.emplace_back();
      slots[count].first = key;
      key_offsets.push_back(key_offset);
      Json* slot = &slots[count++].second;
      if (section_texts_) return ParseMemberValueBySection(key, slot, depth);
      return ParseValue(slot, depth);
    });
    if (!ok) return false;
    if (positions_) positions_->Close();
    std::span<Member> members(slots.data(), count);
    Fill(out, Json::value_t::object);  // built in place: *out is not in this level
    if (HasDuplicateKeys(members)) {
      if (reject_duplicate_keys_) return FailDuplicate(members, key_offsets);
      for (auto& [k, v] : members) (*out)[std::string(k)] = std::move(v);  // last value wins
    } else {
      auto& map = out->get_ref<Json::object_t&>();
      map.reserve(members.size());
      for (auto& [k, v] : members) {  // each key's string made once, in place
        map.emplace_back(std::piecewise_construct, std::forward_as_tuple(k),
                         std::forward_as_tuple(std::move(v)));
      }
    }
    return true;
  }

  // ParseValue for the member `key` of an object at `depth`, in a document
  // read with SectionTexts: the root's member named section_texts_->section
  // is the section; its members' values are recorded, or skipped when known.
  bool ParseMemberValueBySection(std::string_view key, Json* slot, int depth) {
    if (depth == 1) {  // a member of the root
      reading_section_ = key == section_texts_->section;
      bool ok = ParseValue(slot, depth);
      reading_section_ = false;
      return ok;
    }
    if (depth != 2 || !reading_section_ || !IsViewOfText(key)) return ParseValue(slot, depth);
    if (SkipKnownText(key)) return true;
    const char* start = p_;
    bool beyond_ascii_before = std::exchange(beyond_ascii_, false);
    if (!ParseValue(slot, depth)) return false;
    if (!beyond_ascii_) {
      section_texts_->texts.emplace_back(key, std::string_view(start, static_cast<std::size_t>(p_ - start)));
    }
    beyond_ascii_ = beyond_ascii_ || beyond_ascii_before;
    return true;
  }

  bool IsViewOfText(std::string_view s) const { return s.data() >= begin_ && s.data() <= end_; }

  // Steps over the value at p_ when its text is the known text of `key`:
  // an object, array or string ends where its text ends, so the same bytes
  // are the same value (a number or literal could run on: "12" then "3").
  bool SkipKnownText(std::string_view key) {
    const auto* known = section_texts_->known;
    if (known == nullptr || positions_ != nullptr || !reject_duplicate_keys_) return false;
    auto it = known->find(key);
    if (it == known->end()) return false;
    std::string_view text = it->second;
    if (text.empty() || (text[0] != '{' && text[0] != '[' && text[0] != '"')) return false;
    if (static_cast<std::size_t>(end_ - p_) < text.size() ||
        std::memcmp(p_, text.data(), text.size()) != 0) {
      return false;
    }
    p_ += text.size();
    section_texts_->unread.push_back(key);
    return true;
  }

  bool HasDuplicateKeys(std::span<const Member> members) {
    std::size_t n = members.size();
    if (n < 2) return false;
    if (n <= 8) {  // the common case: no allocation
      for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
          if (members[i].first == members[j].first) return true;
        }
      }
      return false;
    }
    // Larger objects (a Resources section): a hash table of member indexes
    // with open addressing, its storage reused; sorting the keys was ten
    // times the cost.
    std::size_t mask = std::bit_ceil(2 * n) - 1;
    key_table_.assign(mask + 1, kNoMember);
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t at = std::hash<std::string_view>{}(members[i].first) & mask;
      for (; key_table_[at] != kNoMember; at = (at + 1) & mask) {
        if (members[key_table_[at]].first == members[i].first) return true;
      }
      key_table_[at] = i;
    }
    return false;
  }

  // The error for the first key written twice, at its second occurrence.
  bool FailDuplicate(std::span<const Member> members,
                     const std::vector<std::size_t>& key_offsets) {
    std::map<std::string_view, std::size_t> first;  // key -> member index
    for (std::size_t i = 0; i < members.size(); ++i) {
      auto [it, inserted] = first.emplace(members[i].first, i);
      if (inserted) continue;
      p_ = begin_ + key_offsets[i];
      first_key_offset_ = key_offsets[it->second];
      return Fail("duplicate key " + Quote(std::string(members[i].first)));
    }
    return true;
  }

  bool ParseArray(Json* out, int depth) {
    Fill(out, Json::value_t::array);  // built in place, as objects are
    auto& items = out->get_ref<Json::array_t&>();
    if (positions_) positions_->Open();
    bool ok = ParseItems(depth, [&] {
      if (positions_) positions_->Item(Offset());
      items.emplace_back();
      return ParseValue(&items.back(), depth);
    });
    if (!ok) return false;
    if (positions_) positions_->Close();
    return true;
  }

  // The YamlNode tree the YAML loader would build from the same text: keys
  // and strings are quoted scalars, numbers and true/false plain ones with
  // their text as written, duplicate keys kept (the reader reports them).
  bool ParseNode(YamlNodePtr* out, int depth) {
    if (p_ >= end_) return Fail("unexpected end of input, expected a value");
    auto node = std::make_shared<YamlNode>();
    node->offset = Offset();
    bool ok = true;
    switch (*p_) {
      case '{':
        node->kind = YamlNode::Kind::kMapping;
        ok = ParseMembers(depth + 1, [&](std::string_view key, std::size_t key_offset) {
          auto key_node = std::make_shared<YamlNode>();
          key_node->kind = YamlNode::Kind::kScalar;
          key_node->plain = false;
          key_node->value = std::string(key);
          key_node->offset = key_offset;
          YamlNodePtr value;
          if (!ParseNode(&value, depth + 1)) return false;
          Nest(node.get(), *value);
          node->members.emplace_back(std::move(key_node), std::move(value));
          return true;
        });
        break;
      case '[':
        node->kind = YamlNode::Kind::kSequence;
        ok = ParseItems(depth + 1, [&] {
          YamlNodePtr item;
          if (!ParseNode(&item, depth + 1)) return false;
          Nest(node.get(), *item);
          node->items.push_back(std::move(item));
          return true;
        });
        break;
      case 'n':
        ok = MatchLiteral("null");
        break;
      default:
        node->kind = YamlNode::Kind::kScalar;
        ok = ParseScalarText(node.get());
    }
    if (!ok) return false;
    *out = std::move(node);
    return true;
  }

  // A string, number, true or false as a scalar node's text.
  bool ParseScalarText(YamlNode* node) {
    switch (*p_) {
      case '"':
        node->plain = false;
        return ParseString(&node->value);
      case 't':
        node->value = "true";
        return MatchLiteral("true");
      case 'f':
        node->value = "false";
        return MatchLiteral("false");
      default:
        break;
    }
    if (*p_ != '-' && !(*p_ >= '0' && *p_ <= '9'))
      return Fail("unexpected " + Describe() + ", expected a value");
    const char* start = p_;
    std::string_view text;
    if (!ScanNumber(&text)) return false;
    Json checked;  // the same range rules as ParseJson's numbers
    if (auto error = ReadNumber(text, &checked)) {
      p_ = start;
      return Fail(*error);
    }
    node->value = std::string(text);
    return true;
  }

  // Counts child into parent's expansion, as the YAML loader does.
  static void Nest(YamlNode* parent, const YamlNode& child) {
    if (parent->expanded_height == 0) parent->expanded_height = 1;
    parent->expanded_height = std::max(parent->expanded_height, child.expanded_height + 1);
    parent->expanded_nodes += child.expanded_nodes;
  }

  static int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool Hex4(unsigned* value) {
    if (end_ - p_ < 4) return Fail("incomplete \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      int h = HexValue(p_[i]);
      if (h < 0) return Fail("invalid \\u escape");
      v = v * 16 + static_cast<unsigned>(h);
    }
    p_ += 4;
    *value = v;
    return true;
  }

  static void AppendUtf8(unsigned cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  // Length of the valid UTF-8 sequence at p_ (lead byte >= 0x80), or 0.
  std::size_t Utf8Length() const {
    unsigned char c = static_cast<unsigned char>(*p_);
    std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n == 0 || static_cast<std::size_t>(end_ - p_) < n) return 0;
    for (std::size_t i = 1; i < n; ++i) {
      if ((static_cast<unsigned char>(p_[i]) & 0xC0) != 0x80) return 0;
    }
    return n;
  }

  bool ParseString(std::string* out) {
    const char* open = p_;
    ++p_;  // opening quote
    while (true) {
      // Copy the longest run of ordinary ASCII characters at once.
      const char* run = p_;
      p_ = SkipOrdinaryStringBytes(p_, end_);
      out->append(run, static_cast<std::size_t>(p_ - run));
      if (p_ >= end_) {
        p_ = open;  // the caret is more useful under the opening quote
        return Fail("unterminated string");
      }
      char c = *p_;
      if (c == '"') {
        ++p_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        return Fail("control character in a string (escape it as \\u00XX)");
      }
      if (static_cast<unsigned char>(c) == 0x7F) {  // DEL: valid JSON, but noted
        beyond_ascii_ = true;
        out->push_back(c);
        ++p_;
        continue;
      }
      if (static_cast<unsigned char>(c) >= 0x80) {
        beyond_ascii_ = true;
        std::size_t n = Utf8Length();
        if (n == 0) return Fail("invalid UTF-8 in a string");
        out->append(p_, n);
        p_ += n;
        continue;
      }
      // Backslash escape.
      ++p_;
      if (p_ >= end_) {
        p_ = open;
        return Fail("unterminated string");
      }
      char e = *p_++;
      switch (e) {
        case '"':
          out->push_back('"');
          break;
        case '\\':
          out->push_back('\\');
          break;
        case '/':
          out->push_back('/');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          unsigned cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // high surrogate: a low one must follow
            unsigned low = 0;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
              return Fail("unpaired surrogate in \\u escape");
            p_ += 2;
            if (!Hex4(&low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return Fail("unpaired surrogate in \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Fail("unpaired surrogate in \\u escape");
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          --p_;
          return Fail("invalid escape in a string");
      }
    }
  }

  bool ParseNumber(Json* out) {
    const char* start = p_;
    std::string_view text;
    if (!ScanNumber(&text)) return false;
    if (auto error = ReadNumber(text, out)) {
      p_ = start;
      return Fail(*error);
    }
    return true;
  }

  // Moves past the number at p_, whose text it returns (not yet converted).
  bool ScanNumber(std::string_view* text) {
    const char* start = p_;
    if (*p_ == '-') ++p_;
    if (p_ >= end_ || !(*p_ >= '0' && *p_ <= '9')) return Fail("invalid number");
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (p_ >= end_ || !(*p_ >= '0' && *p_ <= '9'))
        return Fail("invalid number: digits expected after '.'");
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ >= end_ || !(*p_ >= '0' && *p_ <= '9'))
        return Fail("invalid number: digits expected in the exponent");
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    *text = std::string_view(start, static_cast<std::size_t>(p_ - start));
    return true;
  }

  const char* p_;
  const char* begin_;
  const char* end_;
  const char* error_at_ = nullptr;
  std::string message_;
  std::optional<std::size_t> first_key_offset_;
  PositionTree* positions_;
  bool reject_duplicate_keys_;
  SectionTexts* section_texts_;
  bool reading_section_ = false;  // within the root's member section_texts_->section
  bool beyond_ascii_ = false;     // a string held a byte from 0x7F up
  static constexpr std::size_t kNoMember = ~std::size_t{0};
  std::vector<std::size_t> key_table_;  // HasDuplicateKeys' hash table
  // What an object being read at one depth keeps until its end.
  struct Level {
    std::vector<Member> members;  // slots; the object's are the first ones
    std::vector<std::size_t> key_offsets;
    // The keys ParseKey decoded, each at a stable address.
    std::vector<std::unique_ptr<std::string>> escaped_keys;
  };
  // levels_[depth], made on first use; depth <= kMaxNesting, within the
  // capacity reserved, so no Level ever moves.
  Level& LevelAt(int depth) {
    auto at = static_cast<std::size_t>(depth);
    while (levels_.size() <= at) levels_.emplace_back();
    return levels_[at];
  }
  std::vector<Level> levels_;
};

}  // namespace

std::optional<JsonError> ParseJsonTree(std::string_view text, YamlNodePtr* out) {
  Parser parser(text, {});
  if (parser.ParseDocument(out)) return std::nullopt;
  return parser.error();
}

std::optional<JsonError> ParseJson(std::string_view text, Json* out, const JsonOptions& options) {
  Parser parser(text, options);
  bool ok = parser.ParseDocument(out);
  if (options.beyond_ascii) *options.beyond_ascii = parser.beyond_ascii();
  if (ok) return std::nullopt;
  return parser.error();
}

bool ParseJsonFast(std::string_view text, Json* out, std::size_t* error_offset,
                   std::string* error_message) {
  std::optional<JsonError> error = ParseJson(text, out);
  if (!error) return true;
  *error_offset = error->offset;
  *error_message = std::move(error->message);
  return false;
}

std::optional<Diagnostic> ReadJson(const SourceText& source, const char* code, Json* out,
                                   const JsonOptions& options) {
  std::optional<JsonError> error = ParseJson(source.text(), out, options);
  if (!error) return std::nullopt;
  return JsonErrorDiagnostic(source, code, std::move(*error));
}

std::optional<Diagnostic> ReadJsonTree(const SourceText& source, const char* code,
                                       YamlNodePtr* out) {
  std::optional<JsonError> error = ParseJsonTree(source.text(), out);
  if (!error) return std::nullopt;
  return JsonErrorDiagnostic(source, code, std::move(*error));
}

Diagnostic JsonErrorDiagnostic(const SourceText& source, const char* code, JsonError error) {
  std::string message = "JSON syntax error: " + error.message;
  if (error.first_key_offset) {  // valid syntax; worded as the YAML reader words it
    SourceLocation first = source.LocationAt(*error.first_key_offset);
    message = error.message + "; first defined at line " + std::to_string(first.line) +
              ", column " + std::to_string(first.column);
  }
  return source.ErrorAt(code, error.offset, std::move(message));
}

}  // namespace cdkpp::input
