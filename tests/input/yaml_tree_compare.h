#ifndef CDKPP_TESTS_INPUT_YAML_TREE_COMPARE_H_
#define CDKPP_TESTS_INPUT_YAML_TREE_COMPARE_H_

// Compares the YAML loader's two paths, the block subset reader first and
// libyaml alone: the unit test and the differential fuzz target share it.

#include <string>
#include <string_view>

#include "input/yaml_block_subset.h"
#include "input/yaml_document.h"

namespace cdkpp::input::yaml_compare {

/// Where two trees first differ, field by field; empty when they are equal.
inline std::string FirstTreeDifference(const YamlNode& a, const YamlNode& b,
                                       const std::string& at) {
  if (a.kind != b.kind || a.tag != b.tag || a.plain != b.plain || a.value != b.value ||
      a.offset != b.offset || a.expanded_nodes != b.expanded_nodes ||
      a.expanded_height != b.expanded_height || a.items.size() != b.items.size() ||
      a.members.size() != b.members.size()) {
    return "differ at " + at + ": value '" + a.value + "' vs '" + b.value + "', tag '" + a.tag +
           "' vs '" + b.tag + "', offset " + std::to_string(a.offset) + " vs " +
           std::to_string(b.offset);
  }
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    std::string d = FirstTreeDifference(*a.items[i], *b.items[i], at + "[" + std::to_string(i) + "]");
    if (!d.empty()) return d;
  }
  for (std::size_t i = 0; i < a.members.size(); ++i) {
    std::string here = at + "{" + std::to_string(i) + "}";
    std::string d = FirstTreeDifference(*a.members[i].first, *b.members[i].first, here + "key");
    if (d.empty()) d = FirstTreeDifference(*a.members[i].second, *b.members[i].second, here);
    if (!d.empty()) return d;
  }
  return "";
}

/// How LoadYamlDocument (subset reader first) and libyaml alone differ on
/// text; empty when they agree on the outcome and every node.
inline std::string FirstLoadDifference(std::string_view text) {
  YamlLoad fast = LoadYamlDocument(text);
  YamlLoad slow = LoadYamlDocumentWithLibyaml(text);
  if (fast.kind != slow.kind || fast.message != slow.message || fast.offset != slow.offset ||
      fast.first_alias != slow.first_alias) {
    return "outcomes differ: '" + fast.message + "' vs '" + slow.message + "'";
  }
  if (fast.kind != YamlLoad::Kind::kOk) return "";
  return FirstTreeDifference(*fast.root, *slow.root, "root");
}

/// A sink that takes every event: whether text is inside the subset.
class AcceptAllEvents : public YamlEventSink {
 public:
  bool DocumentStart(std::size_t) override { return true; }
  bool Scalar(std::string_view, bool, std::string_view, std::size_t) override { return true; }
  bool OpenSequence(std::string_view, std::size_t) override { return ++depth_ < 200; }
  bool OpenMapping(std::string_view, std::size_t) override { return ++depth_ < 200; }
  bool Close() override {
    --depth_;
    return true;
  }

 private:
  int depth_ = 0;
};

inline bool InYamlSubset(std::string_view text) {
  AcceptAllEvents sink;
  return ReadYamlBlockSubset(text, sink);
}

}  // namespace cdkpp::input::yaml_compare

#endif  // CDKPP_TESTS_INPUT_YAML_TREE_COMPARE_H_
