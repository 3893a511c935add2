#include "input/yaml_document.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <sstream>

namespace cdkpp::input {
namespace {

// Aliases may expand a document to this many nodes, or to four times the
// nodes written, whichever is more: enough for any real config or template,
// far below what an alias bomb asks for (10^9 nodes from a few lines).
constexpr std::size_t kMinExpansionBudget = 1000000;
constexpr std::size_t kSaturated = static_cast<std::size_t>(-1) / 4;

// A guard refused the input: thrown out of the event handler to stop
// yaml-cpp's parser, caught in LoadYamlDocument.
struct Refused {
  std::size_t offset;
  std::string message;
};

std::size_t Offset(const YAML::Mark& mark) {
  return mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos);
}

// Builds YamlNode trees from yaml-cpp's parser events, applying the guards.
class TreeBuilder : public YAML::EventHandler {
 public:
  struct Document {
    std::size_t start = 0;
    YamlNodePtr root;
  };

  void OnDocumentStart(const YAML::Mark& mark) override {
    documents_.push_back({Offset(mark), nullptr});
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto node = std::make_shared<YamlNode>();
    node->offset = Offset(mark);
    Add(std::move(node), anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw Refused{Offset(mark), "unknown alias"};
    if (it->second.open) {
      throw Refused{Offset(mark),
                    "alias *" + it->second.name + " is inside the node it names (a cycle)"};
    }
    Attach(it->second.node, Offset(mark));
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    auto node = std::make_shared<YamlNode>();
    node->kind = YamlNode::Kind::kScalar;
    // yaml-cpp marks untagged nodes "?" (plain) and "!" (quoted or block).
    node->plain = tag != "!";
    node->tag = tag == "?" || tag == "!" ? "" : tag;
    node->value = value;
    node->offset = Offset(mark);
    Add(std::move(node), anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(YamlNode::Kind::kSequence, mark, tag, anchor);
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Open(YamlNode::Kind::kMapping, mark, tag, anchor);
  }
  void OnMapEnd() override { Close(); }
  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_name_ = name; }

  const std::vector<Document>& documents() const { return documents_; }

 private:
  struct Anchor {
    YamlNodePtr node;
    std::string name;
    bool open = false;
  };
  struct OpenNode {
    std::shared_ptr<YamlNode> node;
    YamlNodePtr pending_key;  // mappings: the key waiting for its value
    YAML::anchor_t anchor = YAML::NullAnchor;
  };

  void Open(YamlNode::Kind kind, const YAML::Mark& mark, const std::string& tag,
            YAML::anchor_t anchor) {
    ++written_;
    if (static_cast<int>(open_.size()) >= kMaxNesting) {
      throw Refused{Offset(mark), TooDeepMessage()};
    }
    auto node = std::make_shared<YamlNode>();
    node->kind = kind;
    node->tag = tag == "?" || tag == "!" ? "" : tag;
    node->offset = Offset(mark);
    node->expanded_height = 1;
    if (anchor != YAML::NullAnchor) anchors_[anchor] = {node, TakeAnchorName(), true};
    open_.push_back({std::move(node), nullptr, anchor});
  }

  void Close() {
    OpenNode done = std::move(open_.back());
    open_.pop_back();
    if (done.anchor != YAML::NullAnchor) anchors_[done.anchor].open = false;
    std::size_t offset = done.node->offset;
    Attach(std::move(done.node), offset);
  }

  void Add(std::shared_ptr<YamlNode> node, YAML::anchor_t anchor) {
    ++written_;
    if (anchor != YAML::NullAnchor) anchors_[anchor] = {node, TakeAnchorName(), false};
    std::size_t offset = node->offset;
    Attach(std::move(node), offset);
  }

  std::string TakeAnchorName() {
    std::string name = std::move(anchor_name_);
    anchor_name_.clear();
    return name;
  }

  // Adds a finished node (or an alias's target) to the open collection, or
  // makes it the document's root.
  void Attach(YamlNodePtr node, std::size_t at) {
    if (open_.empty()) {
      if (!documents_.empty() && !documents_.back().root) documents_.back().root = std::move(node);
      return;
    }
    YamlNode& parent = *open_.back().node;
    if (static_cast<int>(open_.size()) + node->expanded_height > kMaxNesting) {
      throw Refused{at, TooDeepMessage() + ", counting what aliases expand to"};
    }
    parent.expanded_height = std::max(parent.expanded_height, node->expanded_height + 1);
    parent.expanded_nodes = std::min(kSaturated, parent.expanded_nodes + node->expanded_nodes);
    if (parent.expanded_nodes > std::max(kMinExpansionBudget, 4 * written_)) {
      throw Refused{at, "aliases expand the document to more than " +
                            std::to_string(std::max(kMinExpansionBudget, 4 * written_)) + " nodes"};
    }
    if (parent.kind == YamlNode::Kind::kSequence) {
      parent.items.push_back(std::move(node));
    } else if (!open_.back().pending_key) {
      open_.back().pending_key = std::move(node);
    } else {
      parent.members.emplace_back(std::move(open_.back().pending_key), std::move(node));
    }
  }

  std::vector<Document> documents_;
  std::vector<OpenNode> open_;
  std::map<YAML::anchor_t, Anchor> anchors_;
  std::string anchor_name_;
  std::size_t written_ = 0;
};

YamlLoad Failure(YamlLoad::Kind kind, std::string message, std::size_t offset) {
  YamlLoad result;
  result.kind = kind;
  result.message = std::move(message);
  result.offset = offset;
  return result;
}

// yaml-cpp's message, with a hint when the error line is indented with a tab.
std::string SyntaxMessage(std::string_view text, std::size_t offset, const std::string& what) {
  std::string message = "YAML syntax error: " + (what.empty() ? "invalid input" : what);
  std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
  std::size_t indent_end = text.find_first_not_of(" \t", line_start);
  std::string_view indent = text.substr(line_start, indent_end - line_start);
  if (indent.find('\t') != std::string_view::npos) {
    message += " (YAML does not allow tabs for indentation; use spaces)";
  }
  return message;
}

bool IsNull(const YamlNodePtr& node) { return !node || node->kind == YamlNode::Kind::kNull; }

}  // namespace

YamlLoad LoadYamlDocument(std::string_view text) {
  std::string owned(text);
  std::istringstream in(owned);
  TreeBuilder builder;
  try {
    YAML::Parser parser(in);
    // Two documents are enough to know there are too many; a third pass would
    // only matter to a stuck parser, which the start positions reveal.
    while (builder.documents().size() < 3 && parser.HandleNextDocument(builder)) {
      const auto& docs = builder.documents();
      if (docs.size() >= 2 && docs[docs.size() - 1].start == docs[docs.size() - 2].start) {
        std::size_t at = docs.back().start;
        std::string near = at < text.size() ? std::string(1, text[at]) : "end of input";
        return Failure(YamlLoad::Kind::kError, "YAML syntax error: unexpected '" + near + "'", at);
      }
    }
  } catch (const Refused& e) {
    return Failure(YamlLoad::Kind::kError, e.message, e.offset);
  } catch (const YAML::DeepRecursion& e) {
    return Failure(YamlLoad::Kind::kError, TooDeepMessage(), Offset(e.mark));
  } catch (const YAML::Exception& e) {
    return Failure(YamlLoad::Kind::kError, SyntaxMessage(text, Offset(e.mark), e.msg),
                   Offset(e.mark));
  }
  const auto& docs = builder.documents();
  if (docs.size() >= 2) {
    return Failure(YamlLoad::Kind::kError, "expected one YAML document, found a second one here",
                   docs[1].start);
  }
  if (docs.empty() || IsNull(docs[0].root)) return Failure(YamlLoad::Kind::kEmpty, "", 0);
  YamlLoad result;
  result.root = docs[0].root;
  return result;
}

}  // namespace cdkpp::input
