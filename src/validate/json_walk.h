#ifndef CDKPP_SRC_VALIDATE_JSON_WALK_H_
#define CDKPP_SRC_VALIDATE_JSON_WALK_H_

// What the rules that visit every node of a template walk with. A rule
// visits thousands of nodes and reports on almost none, so a walk should
// cost a few instructions per node:
// - Members / Items give the containers under a Json, which loop as plain
//   vectors; nlohmann's iterators cost a call per step.
// - StepPath remembers the steps down to the current node and spells the
//   path out only when a finding needs it.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdkpp/core/json.h"

namespace cdkpp::validate::internal {

/// The members of an object in their order, or nullptr for any other value.
inline const Json::object_t* Members(const Json& value) {
  return value.get_ptr<const Json::object_t*>();
}

/// The items of an array, or nullptr for any other value.
inline const Json::array_t* Items(const Json& value) {
  return value.get_ptr<const Json::array_t*>();
}

/// True if `key` names an intrinsic function ("Fn::...").
inline bool IsFnKey(std::string_view key) { return key.starts_with("Fn::"); }

/// True if a one-member object with this key is an intrinsic: Ref,
/// Condition or Fn::... (compared as views: no strlen per member).
inline bool IsIntrinsicKey(std::string_view key) {
  return key == "Ref" || key == "Condition" || IsFnKey(key);
}

/// The path of the node a walk is at: a prefix, then member keys and array
/// indices, spelled as findings spell them: "Properties.Tags[0].Key" (no
/// dot before a key when the path so far is empty).
/// REQUIRES: the keys outlive their steps (they point into the tree).
class StepPath {
 public:
  explicit StepPath(std::string prefix = {}) : prefix_(std::move(prefix)) { steps_.reserve(16); }

  void PushKey(const std::string& key) { steps_.push_back({&key, 0}); }
  void PushIndex(std::size_t index) { steps_.push_back({nullptr, index}); }
  void Pop() { steps_.pop_back(); }
  /// Drops every step and sets a new prefix.
  void Reset(std::string prefix) {
    prefix_ = std::move(prefix);
    steps_.clear();
  }

  /// The path spelled out: "Properties.Tags[0].Key".
  std::string Text() const;

 private:
  struct Step {
    const std::string* key;  // nullptr for an index
    std::size_t index;
  };
  std::string prefix_;
  std::vector<Step> steps_;
};

/// Appends "[index]" to a path.
void AppendIndex(std::string* path, std::size_t index);

/// Pushes a step on construction and pops it on scope exit.
class StepScope {
 public:
  StepScope(StepPath* path, const std::string& key) : path_(path) { path->PushKey(key); }
  StepScope(StepPath* path, std::size_t index) : path_(path) { path->PushIndex(index); }
  StepScope(const StepScope&) = delete;
  StepScope& operator=(const StepScope&) = delete;
  ~StepScope() { path_->Pop(); }

 private:
  StepPath* path_;
};

}  // namespace cdkpp::validate::internal

#endif  // CDKPP_SRC_VALIDATE_JSON_WALK_H_
