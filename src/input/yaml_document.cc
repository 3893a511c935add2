#include "input/yaml_document.h"

#include "input/yaml_block_subset.h"

#include <yaml.h>

#include <algorithm>
#include <map>
#include <optional>

namespace cdkpp::input {
namespace {

// libyaml (the parser under PyYAML, so under cfn-lint) reads YAML 1.1 as
// CloudFormation documents it; docs/yaml.md has the measurements that chose it.

// Aliases may expand a document to this many nodes, or to four times the
// nodes written, whichever is more: enough for any real config or template,
// far below what an alias bomb asks for (10^9 nodes from a few lines).
constexpr std::size_t kMinExpansionBudget = 1000000;
constexpr std::size_t kSaturated = static_cast<std::size_t>(-1) / 4;

// libyaml counts marks in characters; the readers want byte offsets. Events
// arrive in text order, so a cursor that only moves forward (restarting for
// the rare earlier mark, such as an anchor's) makes the whole load linear.
// libyaml detects the encoding (callers have checked the text is UTF-8)
// and then skips a byte order mark without counting it.
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view text)
      : text_(text), start_(text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0), bytes_(start_) {}

  std::size_t At(const yaml_mark_t& mark) {
    if (mark.index < chars_) {
      chars_ = 0;
      bytes_ = start_;
    }
    while (chars_ < mark.index && bytes_ < text_.size()) {
      ++bytes_;
      while (bytes_ < text_.size() && (static_cast<unsigned char>(text_[bytes_]) & 0xC0) == 0x80) {
        ++bytes_;
      }
      ++chars_;
    }
    return bytes_;
  }

 private:
  std::string_view text_;
  std::size_t start_;
  std::size_t chars_ = 0;
  std::size_t bytes_;
};

// A guard refused the input, or the parser failed.
struct Refused {
  std::size_t offset;
  std::string message;
};

std::string_view Text(const yaml_char_t* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// yaml-cpp reported a plain, untagged null spelling as a null node; readers
// rely on that kind, so it is kept.
bool IsNullSpelling(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Builds YamlNode trees from parser events (libyaml's, or the block
// subset reader's), applying the guards.
class TreeBuilder : public YamlEventSink {
 public:
  // Handles one libyaml event; returns a refusal to stop the load.
  std::optional<Refused> Handle(const yaml_event_t& event, ByteOffsets* offsets) {
    std::size_t at = offsets->At(event.start_mark);
    switch (event.type) {
      case YAML_DOCUMENT_START_EVENT:
        DocumentStart(at);
        return std::nullopt;
      case YAML_ALIAS_EVENT:
        return Alias(Text(event.data.alias.anchor), at);
      case YAML_SCALAR_EVENT: {
        const auto& scalar = event.data.scalar;
        std::string_view value(reinterpret_cast<const char*>(scalar.value), scalar.length);
        return ScalarNode(value, Text(scalar.tag), Text(scalar.anchor),
                          scalar.style == YAML_PLAIN_SCALAR_STYLE, at);
      }
      case YAML_SEQUENCE_START_EVENT:
        return Open(YamlNode::Kind::kSequence, Text(event.data.sequence_start.tag),
                    Text(event.data.sequence_start.anchor), at);
      case YAML_MAPPING_START_EVENT:
        return Open(YamlNode::Kind::kMapping, Text(event.data.mapping_start.tag),
                    Text(event.data.mapping_start.anchor), at);
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        return CloseNode();
      default:
        return std::nullopt;
    }
  }

  // The block subset reader's events; a refusal stops it (libyaml then
  // reads the text again and reports the refusal itself).
  bool DocumentStart(std::size_t at) override {
    ++documents_;
    if (documents_ == 2) second_document_ = at;
    return true;
  }
  bool Scalar(std::string_view value, bool plain, std::string_view tag, std::size_t at) override {
    return !ScalarNode(value, tag, {}, plain, at);
  }
  bool OpenSequence(std::string_view tag, std::size_t at) override {
    return !Open(YamlNode::Kind::kSequence, tag, {}, at);
  }
  bool OpenMapping(std::string_view tag, std::size_t at) override {
    return !Open(YamlNode::Kind::kMapping, tag, {}, at);
  }
  bool Close() override { return !CloseNode(); }

  int documents() const { return documents_; }
  std::size_t second_document() const { return second_document_; }
  const YamlNodePtr& root() const { return root_; }
  std::optional<std::size_t> first_alias() const { return first_alias_; }

 private:
  struct Anchor {
    YamlNodePtr node;
    bool open = false;
  };
  struct OpenNode {
    std::shared_ptr<YamlNode> node;
    std::size_t first_child;  // where its children start in children_
    std::string anchor;
  };

  std::optional<Refused> Alias(std::string_view name, std::size_t at) {
    auto it = anchors_.find(name);
    if (it == anchors_.end()) {
      return Refused{at, "YAML syntax error: the referenced anchor is not defined"};
    }
    if (it->second.open) {
      return Refused{at, "alias *" + std::string(name) + " is inside the node it names (a cycle)"};
    }
    if (!first_alias_) first_alias_ = at;
    return Attach(it->second.node, at);
  }

  // plain_style: written plain (not quoted, not a block scalar).
  std::optional<Refused> ScalarNode(std::string_view value, std::string_view tag,
                                    std::string_view anchor, bool plain_style, std::size_t at) {
    auto node = std::make_shared<YamlNode>();
    if (tag != "!") node->tag = tag;  // the non-specific tag "!": a string
    node->plain = plain_style && tag != "!";
    bool is_null = node->plain && node->tag.empty() && IsNullSpelling(value);
    node->kind = is_null ? YamlNode::Kind::kNull : YamlNode::Kind::kScalar;
    if (!is_null) node->value = value;
    node->offset = at;
    ++written_;
    if (!anchor.empty()) anchors_[std::string(anchor)] = {node, false};
    return Attach(std::move(node), at);
  }

  std::optional<Refused> Open(YamlNode::Kind kind, std::string_view tag, std::string_view anchor,
                              std::size_t at) {
    ++written_;
    if (static_cast<int>(open_.size()) >= kMaxNesting) return Refused{at, TooDeepMessage()};
    auto node = std::make_shared<YamlNode>();
    node->kind = kind;
    if (tag != "!") node->tag = tag;
    node->offset = at;
    node->expanded_height = 1;
    if (!anchor.empty()) anchors_[std::string(anchor)] = {node, true};
    open_.push_back({std::move(node), children_.size(), std::string(anchor)});
    return std::nullopt;
  }

  std::optional<Refused> CloseNode() {
    OpenNode done = std::move(open_.back());
    open_.pop_back();
    TakeChildren(done);
    if (!done.anchor.empty()) anchors_[done.anchor].open = false;
    std::size_t offset = done.node->offset;
    return Attach(std::move(done.node), offset);
  }

  // Adds a finished node (or an alias's target) to the open collection, or
  // makes it the document's root.
  std::optional<Refused> Attach(YamlNodePtr node, std::size_t at) {
    if (open_.empty()) {
      if (documents_ == 1 && !root_) root_ = std::move(node);
      return std::nullopt;
    }
    YamlNode& parent = *open_.back().node;
    if (static_cast<int>(open_.size()) + node->expanded_height > kMaxNesting) {
      return Refused{at, TooDeepMessage() + ", counting what aliases expand to"};
    }
    parent.expanded_height = std::max(parent.expanded_height, node->expanded_height + 1);
    parent.expanded_nodes = std::min(kSaturated, parent.expanded_nodes + node->expanded_nodes);
    std::size_t budget = std::max(kMinExpansionBudget, 4 * written_);
    if (parent.expanded_nodes > budget) {
      return Refused{
          at, "aliases expand the document to more than " + std::to_string(budget) + " nodes"};
    }
    children_.push_back(std::move(node));
    return std::nullopt;
  }

  // Moves a closed collection's children from the shared stack into it,
  // allocating each list once: a mapping's are key, value, key, value...
  void TakeChildren(const OpenNode& done) {
    auto first = children_.begin() + static_cast<std::ptrdiff_t>(done.first_child);
    std::size_t count = static_cast<std::size_t>(children_.end() - first);
    YamlNode& node = *done.node;
    if (node.kind == YamlNode::Kind::kSequence) {
      node.items.assign(std::make_move_iterator(first), std::make_move_iterator(children_.end()));
    } else {
      node.members.reserve(count / 2);
      // Indexes, not `it + 1 < end`: with no children at all the vector's
      // data may be null, and null + 1 is undefined (UBSan found it).
      for (std::size_t i = 0; i + 1 < count; i += 2) {
        node.members.emplace_back(std::move(first[i]), std::move(first[i + 1]));
      }
    }
    children_.erase(first, children_.end());
  }

  int documents_ = 0;
  std::size_t second_document_ = 0;
  YamlNodePtr root_;
  std::optional<std::size_t> first_alias_;
  std::vector<OpenNode> open_;
  std::vector<YamlNodePtr> children_;  // of the open collections, innermost last
  std::map<std::string, Anchor, std::less<>> anchors_;
  std::size_t written_ = 0;
};

YamlLoad Failure(YamlLoad::Kind kind, std::string message, std::size_t offset) {
  YamlLoad result;
  result.kind = kind;
  result.message = std::move(message);
  result.offset = offset;
  return result;
}

// libyaml's message, with a hint when the error line is indented with a tab.
std::string SyntaxMessage(std::string_view text, std::size_t offset, const char* problem) {
  std::string message = std::string("YAML syntax error: ") + (problem ? problem : "invalid input");
  std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
  std::size_t indent_end = std::min(text.find_first_not_of(" \t", line_start), text.size());
  std::string_view indent = text.substr(line_start, indent_end - line_start);
  if (indent.find('\t') != std::string_view::npos) {
    message += " (YAML does not allow tabs for indentation; use spaces)";
  }
  return message;
}

// Owns a libyaml parser for one load.
class LibYamlParser {
 public:
  explicit LibYamlParser(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  ~LibYamlParser() { yaml_parser_delete(&parser_); }
  LibYamlParser(const LibYamlParser&) = delete;
  LibYamlParser& operator=(const LibYamlParser&) = delete;

  yaml_parser_t* get() { return &parser_; }

 private:
  yaml_parser_t parser_;
};

// The outcome of a load whose events all reached builder.
YamlLoad Loaded(const TreeBuilder& builder) {
  if (builder.documents() >= 2) {
    return Failure(YamlLoad::Kind::kError, "expected one YAML document, found a second one here",
                   builder.second_document());
  }
  const YamlNodePtr& root = builder.root();
  if (!root || root->kind == YamlNode::Kind::kNull) return Failure(YamlLoad::Kind::kEmpty, "", 0);
  YamlLoad result;
  result.root = root;
  result.first_alias = builder.first_alias();
  return result;
}

}  // namespace

YamlLoad LoadYamlDocument(std::string_view text) {
  {
    TreeBuilder builder;
    if (ReadYamlBlockSubset(text, builder)) return Loaded(builder);
  }
  return LoadYamlDocumentWithLibyaml(text);
}

YamlLoad LoadYamlDocumentWithLibyaml(std::string_view text) {
  LibYamlParser parser(text);
  ByteOffsets offsets(text);
  TreeBuilder builder;
  // Stops at the second document's start: it is an error whatever follows.
  while (builder.documents() < 2) {
    yaml_event_t event;
    if (!yaml_parser_parse(parser.get(), &event)) {
      std::size_t at = offsets.At(parser.get()->problem_mark);
      return Failure(YamlLoad::Kind::kError, SyntaxMessage(text, at, parser.get()->problem), at);
    }
    std::optional<Refused> refused = builder.Handle(event, &offsets);
    bool end = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (refused) return Failure(YamlLoad::Kind::kError, refused->message, refused->offset);
    if (end) break;
  }
  return Loaded(builder);
}

}  // namespace cdkpp::input
