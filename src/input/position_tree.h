#ifndef CDKPP_INPUT_POSITION_TREE_H_
#define CDKPP_INPUT_POSITION_TREE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdkpp::input {

/// Where each part of a parsed document is written: a side tree shaped like
/// the document, answering by JSON pointer (RFC 6901:
/// "/Resources/Bucket/Properties/BucketName") with the byte offset of the
/// object key (for object members) or of the value (for array items and the
/// root ""). Filled by the JSON and YAML template readers on request.
///
/// Why a tree and not a table keyed by pointer: a pointer string per node
/// (built, hashed, stored and freed) was a fifth of `cdkpp validate` on a
/// large template. Here a node is a fixed-size record and its key a slice of
/// one shared buffer; a lookup walks the pointer's tokens.
class PositionTree {
 public:
  // Building, in document order: SetRoot, then for each container Open, its
  // children (Member or Item, each followed by the child's own Open ...
  // Close when the child is a container), Close.

  /// Starts over with the root value at offset.
  void SetRoot(std::size_t offset);
  /// The next member of the open object: its key, written at offset.
  void Member(std::string_view key, std::size_t offset);
  /// The next item of the open array, written at offset.
  void Item(std::size_t offset);
  /// The node declared last (the root when none is) is a container: the
  /// Member or Item calls up to the matching Close are its children.
  void Open();
  /// Ends the container opened last.
  void Close();

  /// The offset of pointer exactly, or nothing. A key written twice in one
  /// object is found at its first occurrence.
  std::optional<std::size_t> Find(std::string_view pointer) const;
  /// The offset of pointer or of its nearest recorded ancestor; nothing when
  /// not even the root is recorded.
  std::optional<std::size_t> FindNearest(std::string_view pointer) const;

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Node {
    std::size_t offset = 0;
    std::uint32_t key_begin = kNone;  // into keys_; kNone for array items and the root
    std::uint32_t key_size = 0;
    std::uint32_t first_child = 0;  // into nodes_
    std::uint32_t child_count = 0;
    std::uint32_t sorted_begin = kNone;  // into by_key_, for objects with many members
  };

  std::string_view KeyOf(const Node& node) const;
  // The child of node that token (unescaped) names, or nullptr.
  const Node* Child(const Node& node, std::string_view token) const;
  const Node* MemberNamed(const Node& node, std::string_view key) const;
  // The deepest node on pointer's path; *complete tells whether it is the
  // node pointer names.
  const Node* Walk(std::string_view pointer, bool* complete) const;
  // Indexes a finished object's members by key when a linear search would be slow.
  void IndexByKey(Node* object);

  bool has_root_ = false;
  Node root_;
  std::vector<Node> nodes_;  // every container's children, one contiguous run each
  std::vector<std::uint32_t> by_key_;  // runs of member indices sorted by key
  std::string keys_;  // every member key, back to back
  // Children of each open container, by depth (reused: no allocation per
  // container once warmed up). open_ is the number of open containers.
  std::vector<std::vector<Node>> pending_;
  std::size_t open_ = 0;
};

/// Appends "/" and key escaped as a JSON pointer token ("~" -> "~0",
/// "/" -> "~1") to pointer: the pointers PositionTree answers.
void AppendPointerToken(std::string* pointer, std::string_view key);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_POSITION_TREE_H_
