#include "input/yaml_block_subset.h"

#include "input/source_text.h"

namespace cdkpp::input {
namespace {

// libyaml refuses simple keys longer than this; such text is left to it.
constexpr std::size_t kLongestKey = 1000;

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Characters of the keys the subset accepts (no quoting needed, no indicator).
bool IsKeyChar(char c) { return IsAlnum(c) || c == '_' || c == '-' || c == '.' || c == '/'; }

// A recursive descent over the subset. Each step returns false when the
// text leaves the subset; nothing is reported, the caller falls back.
class BlockSubsetReader {
 public:
  BlockSubsetReader(std::string_view text, YamlEventSink& sink) : t_(text), sink_(sink) {}

  bool Read() {
    NextContentLine(0);
    if (eof_) return true;  // comments only: no document, as libyaml says
    if (!sink_.DocumentStart(p_) || !BlockNode()) return false;
    return eof_;
  }

 private:
  // The character at i, with the end of the text read as a line break.
  char At(std::size_t i) const { return i < t_.size() ? t_[i] : '\n'; }

  // Moves to the first line at or after from with content (not blank, not a
  // comment); sets eof_ when there is none.
  void NextContentLine(std::size_t from) {
    while (from < t_.size()) {
      std::size_t i = from;
      while (i < t_.size() && t_[i] == ' ') ++i;
      if (i < t_.size() && t_[i] != '\n' && t_[i] != '#') {
        line_ = from;
        indent_ = i - from;
        p_ = i;
        return;
      }
      while (i < t_.size() && t_[i] != '\n') ++i;
      from = i + 1;
    }
    eof_ = true;
  }

  // After a value: spaces, an optional comment, the line's end; then moves
  // to the next content line.
  bool EndOfLine() {
    std::size_t i = p_;
    while (At(i) == ' ') ++i;
    if (At(i) == '#' && At(i - 1) == ' ') {
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

  bool IsSequenceEntry(std::size_t i) const {
    return At(i) == '-' && (At(i + 1) == ' ' || At(i + 1) == '\n');
  }

  // The end of a simple key starting at i (the ':' position), or 0.
  std::size_t KeyEnd(std::size_t i) const {
    if (!IsAlnum(At(i)) && At(i) != '_') return 0;
    std::size_t j = i;
    while (IsKeyChar(At(j))) ++j;
    if (At(j) != ':' || (At(j + 1) != ' ' && At(j + 1) != '\n') || j - i > kLongestKey) return 0;
    return j;
  }

  // A block node starting at p_, the first content of its line.
  bool BlockNode() {
    if (IsSequenceEntry(p_)) return BlockSequence(indent_);
    if (KeyEnd(p_) != 0) return BlockMapping(indent_);
    return false;  // a scalar on a line of its own may go on over lines
  }

  // The value of a key or an entry whose line ends after it: a nested block,
  // an indentless sequence (keys only) or an empty scalar at `empty_at`.
  bool ValueBelow(std::size_t column, bool indentless_ok, std::size_t empty_at) {
    if (!EndOfLine()) return false;
    if (!eof_ && indent_ > column) return BlockNode();
    if (indentless_ok && !eof_ && indent_ == column && IsSequenceEntry(p_)) {
      return BlockSequence(column);
    }
    return sink_.Scalar("", true, empty_at);
  }

  // A value on the key's or entry's own line, then the line's end; what
  // follows may not be deeper (a plain scalar would go on there).
  bool ValueInline(std::size_t column) {
    if (!InlineValue(false) || !EndOfLine()) return false;
    return eof_ || indent_ <= column;
  }

  bool BlockSequence(std::size_t column) {
    if (!sink_.OpenSequence(p_)) return false;
    while (!eof_ && indent_ == column && IsSequenceEntry(p_)) {
      std::size_t dash = p_;
      p_ = dash + 1;
      while (At(p_) == ' ') ++p_;
      bool ok = true;
      if (RestIsBlank(p_)) {
        ok = ValueBelow(column, false, dash + 1);
      } else if (IsSequenceEntry(p_)) {
        ok = false;  // "- - x": left to libyaml
      } else if (KeyEnd(p_) != 0) {
        ok = BlockMapping(p_ - line_);
      } else {
        ok = ValueInline(column);
      }
      if (!ok) return false;
    }
    if (!eof_ && indent_ > column) return false;
    return sink_.Close();
  }

  // A block mapping whose keys start at column; the first is at p_.
  bool BlockMapping(std::size_t column) {
    if (!sink_.OpenMapping(p_)) return false;
    while (true) {
      std::size_t colon = KeyEnd(p_);
      if (colon == 0 || !sink_.Scalar(t_.substr(p_, colon - p_), true, p_)) return false;
      p_ = colon + 1;
      while (At(p_) == ' ') ++p_;
      bool ok = RestIsBlank(p_) ? ValueBelow(column, true, colon + 1) : ValueInline(column);
      if (!ok) return false;
      if (eof_ || indent_ < column) break;
      if (indent_ > column) return false;
    }
    return sink_.Close();
  }

  // A value on its key's or entry's line, or an item of a flow collection
  // (flow): a flow collection or a scalar.
  bool InlineValue(bool flow) {
    char c = At(p_);
    if (c == '[') return FlowSequence();
    if (c == '{') return FlowMapping();
    if (c == '"' || c == '\'') return Quoted();
    return Plain(flow);
  }

  // A plain scalar; in flow (inside [] or {}) it also ends at , [ ] { }.
  bool Plain(bool flow) {
    std::size_t start = p_;
    char c = At(start);
    bool starts_ok = IsAlnum(c) || c == '_' || c == '.' || c == '/' || c == '~' || c == '$' ||
                     c == '(' || c == '+' || c == '=' || c == '<' || c == '^' || c == ';' ||
                     (c == '-' && IsAlnum(At(start + 1)));
    if (!starts_ok) return false;
    std::size_t end = start;  // one past the last non-space character
    std::size_t i = start;
    while (true) {
      char ch = At(i);
      if (ch == '\n') break;
      if (ch == '#' && At(i - 1) == ' ') break;
      if (ch == ':' && (At(i + 1) == ' ' || At(i + 1) == '\n')) return false;
      if (flow) {
        if (ch == ',' || ch == ']' || ch == '}') break;
        if (ch == '[' || ch == '{' || ch == '#' || ch == ':') return false;
      }
      ++i;
      if (ch != ' ') end = i;
    }
    p_ = end;
    return sink_.Scalar(t_.substr(start, end - start), true, start);
  }

  // A quoted scalar on one line, without escapes.
  bool Quoted() {
    std::size_t start = p_;
    char quote = At(start);
    std::size_t i = start + 1;
    while (At(i) != quote) {
      if (At(i) == '\n' || At(i) == '\\') return false;
      ++i;
    }
    if (quote == '\'' && At(i + 1) == '\'') return false;  // '' is an escaped quote
    p_ = i + 1;
    return sink_.Scalar(t_.substr(start + 1, i - start - 1), false, start);
  }

  void SkipSpaces() {
    while (At(p_) == ' ') ++p_;
  }

  // After an item: "," and another item, or the closing bracket. Returns
  // 1 for another item, 0 at the end, -1 outside the subset.
  int FlowNext(char close) {
    SkipSpaces();
    if (At(p_) == close) {
      ++p_;
      return 0;
    }
    if (At(p_) != ',') return -1;
    ++p_;
    SkipSpaces();
    return At(p_) == close ? -1 : 1;  // a trailing comma: left to libyaml
  }

  // Opens the flow collection at p_: as FlowNext, 0 when it closes at once
  // ([] or {}), 1 when an item follows, -1 when the sink refused it.
  int FlowStart(bool mapping, char close) {
    if (!(mapping ? sink_.OpenMapping(p_) : sink_.OpenSequence(p_))) return -1;
    ++p_;
    SkipSpaces();
    if (At(p_) != close) return 1;
    ++p_;
    return 0;
  }

  bool FlowSequence() {
    int more = FlowStart(false, ']');
    while (more == 1) {
      if (!InlineValue(true)) return false;
      more = FlowNext(']');
    }
    return more == 0 && sink_.Close();
  }

  bool FlowMapping() {
    int more = FlowStart(true, '}');
    while (more == 1) {
      std::size_t colon = KeyEnd(p_);
      if (colon == 0 || At(colon + 1) != ' ') return false;
      if (!sink_.Scalar(t_.substr(p_, colon - p_), true, p_)) return false;
      p_ = colon + 1;
      SkipSpaces();
      char c = At(p_);
      if (c == ',' || c == '}' || c == '\n' || !InlineValue(true)) return false;
      more = FlowNext('}');
    }
    return more == 0 && sink_.Close();
  }

  std::string_view t_;
  YamlEventSink& sink_;
  std::size_t p_ = 0;       // the read position
  std::size_t line_ = 0;    // start of the current content line
  std::size_t indent_ = 0;  // its indentation
  bool eof_ = false;
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
