#include "config/merge_keys.h"

#include <map>
#include <set>
#include <vector>

#include "config/node_reader.h"

namespace cdkpp::config {
namespace {

using input::YamlNodePtr;
using Member = std::pair<YamlNodePtr, YamlNodePtr>;

// A plain, untagged `<<` key (a quoted "<<" is an ordinary key).
bool IsMergeKey(const YamlNode& key) {
  return IsScalar(key) && key.plain && key.tag.empty() && key.value == "<<";
}

class MergeExpander {
 public:
  explicit MergeExpander(LoadContext& ctx) : ctx_(ctx) {}

  YamlNodePtr Expand(const YamlNodePtr& node) {
    if (!node || (!IsMap(*node) && !IsSequence(*node))) return node;
    // Each loaded node is expanded once: aliases stay shared, alias-heavy
    // files stay linear.
    auto done = done_.find(node.get());
    if (done != done_.end()) return done->second;
    YamlNodePtr out = IsMap(*node) ? ExpandMapping(node) : ExpandSequence(node);
    done_.emplace(node.get(), out);
    return out;
  }

 private:
  YamlNodePtr ExpandSequence(const YamlNodePtr& node) {
    std::vector<YamlNodePtr> items;
    bool changed = false;
    for (const YamlNodePtr& item : node->items) {
      items.push_back(Expand(item));
      changed = changed || items.back() != item;
    }
    if (!changed) return node;
    auto copy = std::make_shared<YamlNode>(*node);
    copy->items = std::move(items);
    return copy;
  }

  YamlNodePtr ExpandMapping(const YamlNodePtr& node) {
    std::vector<Member> own;
    std::vector<YamlNodePtr> sources;
    bool changed = false;
    for (const auto& [key, value] : node->members) {
      if (IsMergeKey(*key)) {
        changed = true;
        AddSources(*key, value, &sources);
        continue;
      }
      own.emplace_back(key, Expand(value));
      changed = changed || own.back().second != value;
    }
    if (!changed) return node;
    std::set<std::string> present;
    for (const Member& m : own) {
      if (IsScalar(*m.first)) present.insert(m.first->value);
    }
    for (const YamlNodePtr& source : sources) {
      for (const Member& m : Expand(source)->members) {
        if (!IsScalar(*m.first) || present.insert(m.first->value).second) own.push_back(m);
      }
    }
    auto copy = std::make_shared<YamlNode>(*node);
    copy->members = std::move(own);
    return copy;
  }

  // The mappings a `<<` value names, in order; reports any other value.
  void AddSources(const YamlNode& key, const YamlNodePtr& value, std::vector<YamlNodePtr>* out) {
    if (IsMap(*value)) {
      out->push_back(value);
      return;
    }
    bool ok = IsSequence(*value);
    if (ok) {
      for (const YamlNodePtr& item : value->items) ok = ok && IsMap(*item);
    }
    if (!ok) {
      ctx_.Error(kTypeError, ctx_.At(key), "<<",
                 "expected a mapping or a list of mappings to merge (`<<: *name`), got " +
                     Describe(*value));
      return;
    }
    for (const YamlNodePtr& item : value->items) out->push_back(item);
  }

  LoadContext& ctx_;
  std::map<const YamlNode*, YamlNodePtr> done_;
};

}  // namespace

input::YamlNodePtr ExpandMergeKeys(LoadContext& ctx, const input::YamlNodePtr& root) {
  return MergeExpander(ctx).Expand(root);
}

}  // namespace cdkpp::config
