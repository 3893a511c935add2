#include "util/small_regex.h"

#include <cstdint>

namespace cdkpp::internal {
namespace {

using Node = SmallRegex::Node;
using Sequence = SmallRegex::Sequence;
using Bytes = std::bitset<256>;

Bytes Range(unsigned char first, unsigned char last) {
  Bytes out;
  for (unsigned c = first; c <= last; ++c) out.set(c);
  return out;
}

Bytes Byte(unsigned char c) {
  Bytes out;
  out.set(c);
  return out;
}

// The classes of std::regex's ECMAScript escapes in the "C" locale.
Bytes Digits() { return Range('0', '9'); }
Bytes Space() {
  Bytes out = Byte(' ');
  for (unsigned char c : {'\t', '\n', '\v', '\f', '\r'}) out.set(c);
  return out;
}
Bytes Word() { return Range('a', 'z') | Range('A', 'Z') | Digits() | Byte('_'); }
// '.': anything but a line terminator (std::regex: '\n' and '\r').
Bytes AnyButNewline() { return ~(Byte('\n') | Byte('\r')); }

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  std::optional<std::vector<Sequence>> Parse() {
    auto alternatives = Alternatives();
    if (!alternatives || pos_ != text_.size()) return std::nullopt;
    return alternatives;
  }

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return text_[pos_]; }

  std::optional<std::vector<Sequence>> Alternatives() {
    std::vector<Sequence> out;
    while (true) {
      auto sequence = ParseSequence();
      if (!sequence) return std::nullopt;
      out.push_back(std::move(*sequence));
      if (AtEnd() || Peek() != '|') return out;
      ++pos_;
    }
  }

  std::optional<Sequence> ParseSequence() {
    Sequence out;
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      auto node = Atom();
      if (!node || !Quantifier(&*node)) return std::nullopt;
      out.push_back(std::move(*node));
    }
    return out;
  }

  std::optional<Node> Atom() {
    Node node;
    char c = text_[pos_++];
    switch (c) {
      case '^':
        node.type = Node::Type::kBegin;
        return node;
      case '$':
        node.type = Node::Type::kEnd;
        return node;
      case '(':
        return Group();
      case '[':
        return Class();
      case '.':
        node.bytes = AnyButNewline();
        return node;
      case '\\': {
        auto bytes = Escape();
        if (!bytes) return std::nullopt;
        node.bytes = *bytes;
        return node;
      }
      case '*': case '+': case '?': case '{': case '}': case ']':
        return std::nullopt;  // a quantifier with nothing to repeat, or a stray bracket
      default:
        node.bytes = Byte(static_cast<unsigned char>(c));
        return node;
    }
  }

  std::optional<Node> Group() {
    if (!AtEnd() && Peek() == '?') {
      // Only the non-capturing (?:...); lookaheads are outside the subset.
      if (text_.substr(pos_, 2) != "?:") return std::nullopt;
      pos_ += 2;
    }
    auto alternatives = Alternatives();
    if (!alternatives || AtEnd() || Peek() != ')') return std::nullopt;
    ++pos_;
    Node node;
    node.type = Node::Type::kGroup;
    node.alternatives = std::move(*alternatives);
    return node;
  }

  // The escape after a backslash: a class escape or an escaped literal.
  std::optional<Bytes> Escape() {
    if (AtEnd()) return std::nullopt;
    char c = text_[pos_++];
    switch (c) {
      case 'd': return Digits();
      case 'D': return ~Digits();
      case 's': return Space();
      case 'S': return ~Space();
      case 'w': return Word();
      case 'W': return ~Word();
      case 't': return Byte('\t');
      case 'n': return Byte('\n');
      case 'r': return Byte('\r');
      case 'f': return Byte('\f');
      case 'v': return Byte('\v');
      default: break;
    }
    // Letters and digits are other escapes (\b, \1, \x41, \u0041, ...).
    if (Word()[static_cast<unsigned char>(c)]) return std::nullopt;
    return Byte(static_cast<unsigned char>(c));
  }

  std::optional<Node> Class() {
    Node node;
    bool negate = !AtEnd() && Peek() == '^';
    if (negate) ++pos_;
    // "[]" and "[^]" mean different things across dialects: left out.
    if (!AtEnd() && Peek() == ']') return std::nullopt;
    while (!AtEnd() && Peek() != ']') {
      auto low = ClassAtom();
      if (!low) return std::nullopt;
      bool range = pos_ + 1 < text_.size() && Peek() == '-' && text_[pos_ + 1] != ']';
      if (!range) {
        node.bytes |= low->bytes;
        continue;
      }
      ++pos_;
      auto high = ClassAtom();
      if (!high || !low->single || !high->single || low->byte > high->byte) return std::nullopt;
      node.bytes |= Range(low->byte, high->byte);
    }
    if (AtEnd()) return std::nullopt;
    ++pos_;  // ']'
    if (negate) node.bytes = ~node.bytes;
    return node;
  }

  struct ClassItem {
    Bytes bytes;
    bool single = false;  // one byte: may bound a range
    unsigned char byte = 0;
  };

  std::optional<ClassItem> ClassAtom() {
    char c = text_[pos_++];
    if (c == '[') return std::nullopt;  // [:alpha:] and friends
    if (c != '\\') return ClassItem{Byte(static_cast<unsigned char>(c)), true,
                                    static_cast<unsigned char>(c)};
    if (!AtEnd() && Peek() == 'b') return std::nullopt;  // backspace inside a class
    auto bytes = Escape();
    if (!bytes) return std::nullopt;
    ClassItem item{*bytes, bytes->count() == 1, 0};
    if (item.single) {
      for (unsigned b = 0; b < 256; ++b) {
        if ((*bytes)[b]) item.byte = static_cast<unsigned char>(b);
      }
    }
    return item;
  }

  bool Number(int* out) {
    std::size_t start = pos_;
    int64_t value = 0;
    while (!AtEnd() && Peek() >= '0' && Peek() <= '9') {
      value = value * 10 + (Peek() - '0');
      if (value > 100000) return false;
      ++pos_;
    }
    *out = static_cast<int>(value);
    return pos_ > start;
  }

  bool Quantifier(Node* node) {
    if (AtEnd()) return true;
    char c = Peek();
    if (c != '*' && c != '+' && c != '?' && c != '{') return true;
    if (node->type == Node::Type::kBegin || node->type == Node::Type::kEnd) return false;
    ++pos_;
    if (c == '*') {
      node->min = 0, node->max = -1;
    } else if (c == '+') {
      node->min = 1, node->max = -1;
    } else if (c == '?') {
      node->min = 0, node->max = 1;
    } else if (!Braces(node)) {
      return false;
    }
    // Lazy quantifiers and quantified quantifiers are outside the subset.
    return AtEnd() || (Peek() != '?' && Peek() != '*' && Peek() != '+' && Peek() != '{');
  }

  bool Braces(Node* node) {
    if (!Number(&node->min)) return false;
    node->max = node->min;
    if (!AtEnd() && Peek() == ',') {
      ++pos_;
      node->max = -1;
      if (!AtEnd() && Peek() != '}' && !Number(&node->max)) return false;
    }
    if (AtEnd() || Peek() != '}' || (node->max != -1 && node->max < node->min)) return false;
    ++pos_;
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

// Backtracking over the node tree. What remains to match after a node is a
// chain of frames: "the rest of a sequence" or "one more iteration of a
// group, or leave it"; the chain lives on the C++ stack, so nothing is
// allocated. Input is at most kMaxInput bytes, which bounds the depth.
struct Frame {
  const Sequence* sequence = nullptr;  // continue here at index...
  std::size_t index = 0;
  const Node* group = nullptr;  // ...or: a group whose iteration `count` began at start
  int count = 0;
  std::size_t start = 0;
  const Frame* next = nullptr;
};

class Matcher {
 public:
  explicit Matcher(std::string_view text) : text_(text) {}

  bool MatchSequence(const Sequence& seq, std::size_t i, std::size_t pos, const Frame* k) const {
    if (i == seq.size()) return Continue(k, pos);
    const Node& node = seq[i];
    switch (node.type) {
      case Node::Type::kBegin:
        return pos == 0 && MatchSequence(seq, i + 1, pos, k);
      case Node::Type::kEnd:
        return pos == text_.size() && MatchSequence(seq, i + 1, pos, k);
      case Node::Type::kClass:
        return Class(node, seq, i, pos, k);
      case Node::Type::kGroup: {
        Frame after{&seq, i + 1, nullptr, 0, 0, k};
        return Repeat(node, 0, pos, &after);
      }
    }
    return false;
  }

 private:
  // A class repeated: take the longest run, then give back one at a time.
  bool Class(const Node& node, const Sequence& seq, std::size_t i, std::size_t pos,
             const Frame* k) const {
    std::size_t run = 0;
    std::size_t limit = node.max < 0 ? text_.size() : static_cast<std::size_t>(node.max);
    while (run < limit && pos + run < text_.size() &&
           node.bytes[static_cast<unsigned char>(text_[pos + run])]) {
      ++run;
    }
    for (std::size_t n = run + 1; n-- > static_cast<std::size_t>(node.min);) {
      if (MatchSequence(seq, i + 1, pos + n, k)) return true;
    }
    return false;
  }

  // count iterations of group done; greedy: one more first, then leave.
  bool Repeat(const Node& group, int count, std::size_t pos, const Frame* after) const {
    if (group.max < 0 || count < group.max) {
      Frame again{nullptr, 0, &group, count + 1, pos, after};
      for (const Sequence& alternative : group.alternatives) {
        if (MatchSequence(alternative, 0, pos, &again)) return true;
      }
    }
    return count >= group.min && Continue(after, pos);
  }

  bool Continue(const Frame* k, std::size_t pos) const {
    if (k == nullptr) return true;
    if (k->group == nullptr) return MatchSequence(*k->sequence, k->index, pos, k->next);
    // ECMAScript: an iteration beyond the minimum that matched nothing fails.
    if (pos == k->start && k->count > k->group->min) return false;
    return Repeat(*k->group, k->count, pos, k->next);
  }

  std::string_view text_;
};

}  // namespace

std::optional<SmallRegex> SmallRegex::Compile(std::string_view pattern) {
  // Beyond ASCII, a class or a quantifier would apply to bytes, not to code
  // points: outside the subset.
  for (char c : pattern) {
    if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
  }
  auto alternatives = Parser(pattern).Parse();
  if (!alternatives) return std::nullopt;
  return SmallRegex(std::move(*alternatives));
}

bool SmallRegex::Search(std::string_view text) const {
  if (text.size() > kMaxInput) return false;
  Matcher matcher(text);
  bool anchored = true;
  for (const Sequence& s : alternatives_) {
    anchored = anchored && !s.empty() && s.front().type == Node::Type::kBegin;
  }
  std::size_t last_start = anchored ? 0 : text.size();
  for (std::size_t start = 0; start <= last_start; ++start) {
    for (const Sequence& s : alternatives_) {
      if (matcher.MatchSequence(s, 0, start, nullptr)) return true;
    }
  }
  return false;
}

}  // namespace cdkpp::internal
