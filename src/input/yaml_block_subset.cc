#include "input/yaml_block_subset.h"

#include <array>
#include <string>

#include "input/source_text.h"
#include "input/yaml_scalar_scan.h"

namespace cdkpp::input {
namespace {

// libyaml refuses simple keys longer than this; such text is left to it.
constexpr std::size_t kLongestKey = 1000;

constexpr std::string_view kSecondaryTagPrefix = "tag:yaml.org,2002:";

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsTagChar(char c) { return IsAlnum(c) || c == '_' || c == '-'; }

bool IsFlowIndicator(char c) {
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// The characters that end nothing inside a plain scalar, in block or flow
// context: a scanner moves over runs of them without looking closer.
constexpr std::array<bool, 256> PlainRunTable() {
  std::array<bool, 256> table{};
  for (int c = 0x21; c < 0x7F; ++c) table[static_cast<std::size_t>(c)] = true;
  for (char c : std::string_view(":,[]{}")) table[static_cast<unsigned char>(c)] = false;
  return table;
}
constexpr std::array<bool, 256> kPlainRun = PlainRunTable();

// A simple key found at some offset: its text, whether it was plain, and
// the offset after its ':'.
struct SubsetKey {
  std::size_t at = static_cast<std::size_t>(-1);
  bool flow = false;
  std::string_view text;
  bool plain = true;
  std::size_t after_colon = 0;  // 0: not a key
};

// A recursive descent over the subset. Each step returns false when the
// text leaves the subset; nothing is reported, the caller falls back.
// The rules quoted are libyaml 0.2.5's (scanner.c), which decide where a
// token starts and ends.
class BlockSubsetReader {
 public:
  BlockSubsetReader(std::string_view text, YamlEventSink& sink) : t_(text), sink_(sink) {}

  bool Read() {
    NextContentLine(0);
    std::size_t document_at = p_;
    if (marker_) {
      // "---" opens the document; its line holds nothing else here.
      if (t_.substr(p_, 3) != "---") return false;
      p_ += 3;
      marker_ = eof_ = false;
      if (!RestIsBlank(p_) || !EndOfLine() || eof_) return false;
    } else if (eof_) {
      return true;  // comments only: no document, as libyaml says
    }
    if (!sink_.DocumentStart(document_at) || !RootNode() || !eof_) return false;
    if (!marker_) return true;
    // Only "..." and comments may follow; "---" starts a second document,
    // an error libyaml words.
    if (t_.substr(p_, 3) != "...") return false;
    p_ += 3;
    marker_ = eof_ = false;
    return EndOfLine() && eof_ && !marker_;
  }

 private:
  // The character at i, with the end of the text read as a line break.
  char At(std::size_t i) const { return i < t_.size() ? t_[i] : '\n'; }

  bool IsBlankOrEnd(std::size_t i) const { return At(i) == ' ' || At(i) == '\n'; }

  // Moves to the first line at or after from with content (not blank, not a
  // comment); sets eof_ when there is none, and marker_ too when a document
  // marker comes first.
  void NextContentLine(std::size_t from) {
    while (from < t_.size()) {
      std::size_t i = from;
      while (i < t_.size() && t_[i] == ' ') ++i;
      if (i < t_.size() && t_[i] != '\n' && t_[i] != '#') {
        line_ = from;
        indent_ = i - from;
        p_ = i;
        if (i == from && IsYamlDocumentMarker(t_, i)) eof_ = marker_ = true;
        return;
      }
      while (i < t_.size() && t_[i] != '\n') ++i;
      from = i + 1;
    }
    p_ = t_.size();
    eof_ = true;
  }

  // After a value: spaces, an optional comment, the line's end; then moves
  // to the next content line.
  bool EndOfLine() {
    std::size_t i = p_;
    while (At(i) == ' ') ++i;
    if (At(i) == '#' && (i == 0 || At(i - 1) == ' ')) {
      while (At(i) != '\n') ++i;
    }
    if (At(i) != '\n') return false;
    NextContentLine(i + 1);
    return true;
  }

  // Whether nothing but spaces and a comment follow i on its line.
  bool RestIsBlank(std::size_t i) const {
    std::size_t j = i;
    while (At(j) == ' ') ++j;
    return At(j) == '\n' || (At(j) == '#' && At(j - 1) == ' ');
  }

  bool IsSequenceEntry(std::size_t i) const { return At(i) == '-' && IsBlankOrEnd(i + 1); }

  // Whether a plain scalar may start at i (libyaml's fetch_next_token).
  bool PlainStarts(std::size_t i, bool flow) const {
    switch (At(i)) {
      case '-':
        return !IsBlankOrEnd(i + 1);
      case '?':
      case ':':
        return !flow && !IsBlankOrEnd(i + 1);
      case ' ': case '\n': case ',': case '[': case ']': case '{': case '}': case '#':
      case '&': case '*': case '!': case '|': case '>': case '\'': case '"': case '%':
      case '@': case '`':
        return false;
      default:
        return true;
    }
  }

  // The end of the plain scalar starting at i (one past its last non-space
  // character), or 0 when it leaves the subset: a ": " inside (a key where
  // none may be), in flow a ':' before a flow indicator (a libyaml error)
  // or a nested collection. *colon is set when it ends at ": " and colon is
  // given (a key).
  std::size_t PlainEnd(std::size_t i, bool flow, std::size_t* colon) const {
    std::size_t end = i;
    while (true) {
      std::size_t run = i;
      while (i < t_.size() && kPlainRun[static_cast<unsigned char>(t_[i])]) ++i;
      if (i != run) end = i;
      char c = At(i);
      if (c == '\n') break;
      if (c == ' ') {
        ++i;
        if (At(i) == '#') break;
        continue;
      }
      if (c == ':') {
        char next = At(i + 1);
        if (next == ' ' || next == '\n') {
          if (colon == nullptr) return 0;
          *colon = i;
          return end;
        }
        if (flow && (IsFlowIndicator(next) || next == '?')) return 0;
      } else if (flow && IsFlowIndicator(c)) {
        if (c == '[' || c == '{') return 0;
        break;
      }
      ++i;
      end = i;
    }
    return colon == nullptr ? end : 0;
  }

  // The simple key starting at i, if one does: a plain or quoted scalar on
  // one line, then ':' (in block context followed by a blank).
  const SubsetKey& KeyAt(std::size_t i, bool flow) {
    if (key_.at == i && key_.flow == flow) return key_;
    key_ = SubsetKey{};
    key_.at = i;
    key_.flow = flow;
    char c = At(i);
    std::size_t colon = 0;
    if (c == '"' || c == '\'') {
      std::size_t end = ScanQuotedScalar(t_, i, &key_.text, &key_buffer_);
      if (end == kScanDeclined || t_.substr(i, end - i).find('\n') != std::string_view::npos) {
        return key_;
      }
      while (At(end) == ' ') ++end;
      if (At(end) != ':' || (!flow && !IsBlankOrEnd(end + 1))) return key_;
      colon = end;
      key_.plain = false;
    } else {
      if (!PlainStarts(i, flow)) return key_;
      std::size_t end = PlainEnd(i, flow, &colon);
      if (end == 0) return key_;
      key_.text = t_.substr(i, end - i);
    }
    if (colon - i <= kLongestKey) key_.after_colon = colon + 1;
    return key_;
  }

  bool IsKey(std::size_t i) { return KeyAt(i, false).after_colon != 0; }

  // A tag at p_ ('!'): the primary handle and a word ("!Ref"), the
  // secondary one ("!!str"), or "!" alone, then a blank.
  bool ReadTag() {
    std::size_t start = p_;
    std::size_t i = p_ + 1;
    bool secondary = At(i) == '!';
    if (secondary) ++i;
    std::size_t name = i;
    while (IsTagChar(At(i))) ++i;
    if (!IsBlankOrEnd(i) || (secondary && i == name)) return false;
    if (secondary) {
      tag_buffer_.assign(kSecondaryTagPrefix);
      tag_buffer_.append(t_.substr(name, i - name));
      tag_ = tag_buffer_;
    } else {
      tag_ = t_.substr(start, i - start);
    }
    tag_at_ = start;
    tagged_ = true;
    p_ = i;
    SkipSpaces();
    return true;
  }

  // The tag and offset of the next node: the pending tag's, if any.
  std::string_view TakeTag(std::size_t* at) {
    if (!tagged_) return {};
    tagged_ = false;
    *at = tag_at_;
    return tag_;
  }

  bool EmitScalar(std::string_view value, bool plain, std::size_t at) {
    std::string_view tag = TakeTag(&at);
    return sink_.Scalar(value, plain, tag, at);
  }
  bool EmitOpen(bool mapping, std::size_t at) {
    std::string_view tag = TakeTag(&at);
    return mapping ? sink_.OpenMapping(tag, at) : sink_.OpenSequence(tag, at);
  }

  // The document's node: a block collection, or a flow one alone.
  bool RootNode() {
    char c = At(p_);
    if (c == '[' || c == '{') return FlowCollection(c == '{') && EndOfLine();
    return BlockNode();
  }

  // A block node starting at p_, the first content of its line.
  bool BlockNode() {
    if (IsSequenceEntry(p_)) return BlockSequence(indent_);
    if (IsKey(p_)) return BlockMapping(indent_);
    return false;  // a scalar on a line of its own may go on over lines
  }

  // The value of a key or an entry whose line ends after it: a nested block,
  // a value alone on a deeper line, an indentless sequence (keys only) or
  // an empty scalar at `empty_at`.
  bool ValueBelow(std::size_t column, bool of_key, std::size_t empty_at) {
    if (!EndOfLine()) return false;
    if (!eof_ && indent_ > column) {
      if (IsSequenceEntry(p_) || IsKey(p_)) return BlockNode();
      return ValueOnItsOwnLine(column, of_key, empty_at);
    }
    if (of_key && !eof_ && indent_ == column && IsSequenceEntry(p_)) return BlockSequence(column);
    return EmitScalar("", true, empty_at);
  }

  // A value written alone below its key or entry: a scalar or a flow
  // collection, maybe tagged, or a tag alone with the value below it.
  bool ValueOnItsOwnLine(std::size_t column, bool of_key, std::size_t empty_at) {
    if (At(p_) == '!') {
      if (tagged_ || !ReadTag()) return false;
      if (RestIsBlank(p_)) return ValueBelow(column, of_key, empty_at);
    }
    return ScalarOrFlowValue(column);
  }

  // The value after a key's ':' or an entry's '-', p_ at its first
  // character; column is the collection's.
  bool BlockValue(std::size_t column, bool of_key, std::size_t empty_at) {
    if (At(p_) == '!' && !ReadTag()) return false;
    if (RestIsBlank(p_)) return ValueBelow(column, of_key, empty_at);
    if (!of_key && !tagged_) {
      if (IsSequenceEntry(p_)) return BlockSequence(p_ - line_);
      if (IsKey(p_)) return BlockMapping(p_ - line_);
    }
    return ScalarOrFlowValue(column);
  }

  // A scalar or flow collection at p_, then the end of its line. What
  // follows may not be deeper than column (a plain scalar would go on
  // there; after anything else it is an error).
  bool ScalarOrFlowValue(std::size_t column) {
    char c = At(p_);
    if (c == '|' || c == '>') {
      if (!BlockScalar(column)) return false;
    } else if (!InlineValue(false) || !EndOfLine()) {
      return false;
    }
    return eof_ || indent_ <= column;
  }

  // A block sequence whose entries start at column, the first at p_.
  bool BlockSequence(std::size_t column) {
    if (!EmitOpen(false, p_)) return false;
    do {
      std::size_t dash = p_;
      p_ = dash + 1;
      SkipSpaces();
      if (!BlockValue(column, false, dash + 1)) return false;
    } while (!eof_ && indent_ == column && IsSequenceEntry(p_));
    if (!eof_ && indent_ > column) return false;
    return sink_.Close();
  }

  // A block mapping whose keys start at column, the first at p_.
  bool BlockMapping(std::size_t column) {
    if (!EmitOpen(true, p_)) return false;
    while (true) {
      const SubsetKey& key = KeyAt(p_, false);
      if (key.after_colon == 0 || !sink_.Scalar(key.text, key.plain, {}, p_)) return false;
      std::size_t after = key.after_colon;
      p_ = after;
      SkipSpaces();
      if (!BlockValue(column, true, after)) return false;
      if (eof_ || indent_ < column) break;
      if (indent_ > column) return false;
    }
    return sink_.Close();
  }

  // A literal or folded block scalar at p_; moves to the next content line.
  bool BlockScalar(std::size_t column) {
    std::size_t start = p_;
    std::size_t stop = ScanBlockScalar(t_, start, column, &buffer_);
    if (stop == kScanDeclined || !EmitScalar(buffer_, false, start)) return false;
    NextContentLine(stop);
    return true;
  }

  // A value on its key's or entry's line, or an item of a flow collection
  // (flow): a flow collection or a scalar.
  bool InlineValue(bool flow) {
    if (flow && At(p_) == '!') {
      if (!ReadTag()) return false;
      char c = At(p_);
      if (c == '\n' || c == '#' || c == ',' || c == ']' || c == '}') return false;
    }
    char c = At(p_);
    if (c == '[') return FlowCollection(false);
    if (c == '{') return FlowCollection(true);
    if (c == '"' || c == '\'') return Quoted();
    return Plain(flow);
  }

  // A plain scalar; in flow (inside [] or {}) it also ends at , ] }.
  bool Plain(bool flow) {
    std::size_t start = p_;
    if (!PlainStarts(start, flow)) return false;
    std::size_t end = PlainEnd(start, flow, nullptr);
    if (end == 0) return false;
    p_ = end;
    // In flow a plain scalar goes on over a line break unless what comes
    // next ends it.
    if (flow && RestIsBlank(p_) && !FlowPlainEndsAtLineEnd()) return false;
    return EmitScalar(t_.substr(start, end - start), true, start);
  }

  bool FlowPlainEndsAtLineEnd() const {
    std::size_t i = p_;
    while (At(i) == ' ') ++i;
    if (At(i) == '#') return true;
    while (i < t_.size() && (t_[i] == ' ' || t_[i] == '\n')) ++i;
    char c = At(i);
    return i < t_.size() && (c == '#' || c == ',' || c == ']' || c == '}');
  }

  bool Quoted() {
    std::size_t start = p_;
    std::string_view value;
    std::size_t end = ScanQuotedScalar(t_, start, &value, &buffer_);
    if (end == kScanDeclined) return false;
    p_ = end;
    return EmitScalar(value, false, start);
  }

  void SkipSpaces() {
    while (At(p_) == ' ') ++p_;
  }

  // Moves over spaces, line breaks and comments inside a flow collection;
  // false at the end of the text or a document marker (libyaml errors),
  // or a comment not after a blank.
  bool SkipFlowSpace() {
    while (true) {
      char c = At(p_);
      if (c == ' ') {
        ++p_;
      } else if (c == '#') {
        if (At(p_ - 1) != ' ' && At(p_ - 1) != '\n') return false;
        while (At(p_) != '\n') ++p_;
      } else if (c == '\n') {
        if (p_ >= t_.size()) return false;
        ++p_;
        if (IsYamlDocumentMarker(t_, p_)) return false;
      } else {
        return true;
      }
    }
  }

  // After an item: "," and another item, or the closing bracket. Returns
  // 1 for another item, 0 at the end, -1 outside the subset.
  int FlowNext(char close) {
    if (!SkipFlowSpace()) return -1;
    if (At(p_) == close) {
      ++p_;
      return 0;
    }
    if (At(p_) != ',') return -1;
    ++p_;
    if (!SkipFlowSpace()) return -1;
    return At(p_) == close ? -1 : 1;  // a trailing comma: left to libyaml
  }

  // A flow sequence or mapping at p_. A mapping's keys (and a sequence's
  // single pairs') are simple keys on the line of their ':', and each value
  // follows on that line.
  bool FlowCollection(bool mapping) {
    char close = mapping ? '}' : ']';
    if (!EmitOpen(mapping, p_)) return false;
    ++p_;
    if (!SkipFlowSpace()) return false;
    int more = 1;
    if (At(p_) == close) {
      ++p_;
      more = 0;
    }
    while (more == 1) {
      if (mapping) {
        if (!FlowKey() || !InlineValue(true)) return false;
      } else if (KeyAt(p_, true).after_colon != 0) {
        // A single pair ([a: b]): a mapping of its own, at its key.
        if (!EmitOpen(true, p_) || !FlowKey() || !InlineValue(true) || !sink_.Close()) return false;
      } else if (!InlineValue(true)) {
        return false;
      }
      more = FlowNext(close);
    }
    return more == 0 && sink_.Close();
  }

  // A flow mapping's key and ':'; leaves p_ at the value on that line.
  bool FlowKey() {
    std::size_t start = p_;
    const SubsetKey& key = KeyAt(start, true);
    if (key.after_colon == 0 || !sink_.Scalar(key.text, key.plain, {}, start)) return false;
    p_ = key.after_colon;
    SkipSpaces();
    char c = At(p_);
    return c != '\n' && c != '#' && c != ',' && c != '}';
  }

  std::string_view t_;
  YamlEventSink& sink_;
  std::size_t p_ = 0;       // the read position
  std::size_t line_ = 0;    // start of the current content line
  std::size_t indent_ = 0;  // its indentation
  bool eof_ = false;
  bool marker_ = false;  // eof_ came from a document marker
  SubsetKey key_;        // the last key looked for
  std::string key_buffer_;
  std::string buffer_;  // the text of an escaped or folded scalar
  bool tagged_ = false;  // a tag waits for its node
  std::string_view tag_;
  std::size_t tag_at_ = 0;
  std::string tag_buffer_;
};

}  // namespace

bool ReadYamlBlockSubset(std::string_view text, YamlEventSink& sink) {
  // The subset is ASCII without control characters but line feeds: byte
  // offsets are then libyaml's character indexes, and no tab or carriage
  // return can change how a line reads.
  if (PlainAsciiPrefix(text) != text.size()) return false;
  return BlockSubsetReader(text, sink).Read();
}

}  // namespace cdkpp::input
