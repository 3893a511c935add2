#include "input/position_tree.h"

#include <algorithm>

namespace cdkpp::input {
namespace {

// Objects with more members than this are searched through a sorted index.
constexpr std::uint32_t kLinearSearchMembers = 8;

// An array index as a JSON pointer token writes it: decimal, no sign, no
// leading zero ("0", "12").
std::optional<std::size_t> ParseIndexToken(std::string_view token) {
  if (token.empty() || token.size() > 18 || (token[0] == '0' && token.size() > 1)) {
    return std::nullopt;
  }
  std::size_t value = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

// token with "~1" -> "/" and "~0" -> "~" (RFC 6901); nothing when a '~'
// starts no escape (no key is written so).
std::optional<std::string> UnescapePointerToken(std::string_view token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] != '~') {
      out.push_back(token[i]);
      continue;
    }
    if (i + 1 == token.size() || (token[i + 1] != '0' && token[i + 1] != '1')) return std::nullopt;
    out.push_back(token[i + 1] == '0' ? '~' : '/');
    ++i;
  }
  return out;
}

}  // namespace

void PositionTree::SetRoot(std::size_t offset) {
  *this = PositionTree();
  has_root_ = true;
  root_.offset = offset;
}

void PositionTree::Member(std::string_view key, std::size_t offset) {
  Node node;
  node.offset = offset;
  node.key_begin = static_cast<std::uint32_t>(keys_.size());
  node.key_size = static_cast<std::uint32_t>(key.size());
  keys_.append(key);
  pending_[open_].push_back(node);
}

void PositionTree::Item(std::size_t offset) {
  Node node;
  node.offset = offset;
  pending_[open_].push_back(node);
}

void PositionTree::Open() {
  ++open_;
  if (pending_.size() <= open_) pending_.resize(open_ + 1);
  pending_[open_].clear();
}

void PositionTree::Close() {
  std::vector<Node>& children = pending_[open_];
  --open_;
  Node* container = open_ == 0 ? &root_ : &pending_[open_].back();
  container->first_child = static_cast<std::uint32_t>(nodes_.size());
  container->child_count = static_cast<std::uint32_t>(children.size());
  nodes_.insert(nodes_.end(), children.begin(), children.end());
  IndexByKey(container);
}

void PositionTree::IndexByKey(Node* object) {
  if (object->child_count <= kLinearSearchMembers) return;
  if (nodes_[object->first_child].key_begin == kNone) return;  // an array
  object->sorted_begin = static_cast<std::uint32_t>(by_key_.size());
  for (std::uint32_t i = 0; i < object->child_count; ++i) by_key_.push_back(object->first_child + i);
  // Stable: of a key written twice, the first occurrence comes first.
  std::stable_sort(by_key_.begin() + object->sorted_begin, by_key_.end(),
                   [this](std::uint32_t a, std::uint32_t b) {
                     return KeyOf(nodes_[a]) < KeyOf(nodes_[b]);
                   });
}

std::string_view PositionTree::KeyOf(const Node& node) const {
  // Not substr: its range check ran on every compare of the sort and lookups.
  return std::string_view(keys_.data() + node.key_begin, node.key_size);
}

const PositionTree::Node* PositionTree::MemberNamed(const Node& node, std::string_view key) const {
  if (node.sorted_begin == kNone) {
    for (std::uint32_t i = 0; i < node.child_count; ++i) {
      const Node& child = nodes_[node.first_child + i];
      if (child.key_begin != kNone && KeyOf(child) == key) return &child;
    }
    return nullptr;
  }
  auto begin = by_key_.begin() + node.sorted_begin;
  auto end = begin + node.child_count;
  auto it = std::lower_bound(begin, end, key, [this](std::uint32_t i, std::string_view k) {
    return KeyOf(nodes_[i]) < k;
  });
  return it != end && KeyOf(nodes_[*it]) == key ? &nodes_[*it] : nullptr;
}

const PositionTree::Node* PositionTree::Child(const Node& node, std::string_view token) const {
  if (node.child_count == 0) return nullptr;
  if (nodes_[node.first_child].key_begin == kNone) {  // an array
    std::optional<std::size_t> index = ParseIndexToken(token);
    if (!index || *index >= node.child_count) return nullptr;
    return &nodes_[node.first_child + *index];
  }
  if (token.find('~') == std::string_view::npos) return MemberNamed(node, token);
  std::optional<std::string> key = UnescapePointerToken(token);
  return key ? MemberNamed(node, *key) : nullptr;
}

const PositionTree::Node* PositionTree::Walk(std::string_view pointer, bool* complete) const {
  const Node* node = &root_;
  *complete = false;
  while (!pointer.empty()) {
    if (pointer[0] != '/') return node;
    std::size_t end = pointer.find('/', 1);
    if (end == std::string_view::npos) end = pointer.size();
    const Node* child = Child(*node, pointer.substr(1, end - 1));
    if (child == nullptr) return node;
    node = child;
    pointer.remove_prefix(end);
  }
  *complete = true;
  return node;
}

std::optional<std::size_t> PositionTree::Find(std::string_view pointer) const {
  if (!has_root_) return std::nullopt;
  bool complete = false;
  const Node* node = Walk(pointer, &complete);
  if (!complete) return std::nullopt;
  return node->offset;
}

std::optional<std::size_t> PositionTree::FindNearest(std::string_view pointer) const {
  if (!has_root_) return std::nullopt;
  bool complete = false;
  return Walk(pointer, &complete)->offset;
}

void AppendPointerToken(std::string* pointer, std::string_view key) {
  pointer->push_back('/');
  // Almost no key holds '~' or '/': the part before the first is appended
  // whole.
  std::size_t plain = 0;
  while (plain < key.size() && key[plain] != '~' && key[plain] != '/') ++plain;
  pointer->append(key.data(), plain);
  for (char c : key.substr(plain)) {
    if (c == '~') {
      pointer->append("~0");
    } else if (c == '/') {
      pointer->append("~1");
    } else {
      pointer->push_back(c);
    }
  }
}

}  // namespace cdkpp::input
