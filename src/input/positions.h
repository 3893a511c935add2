#ifndef CDKPP_INPUT_POSITIONS_H_
#define CDKPP_INPUT_POSITIONS_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cdkpp::input {

/// Where each part of a parsed document is written: a side table from JSON
/// pointer (RFC 6901: "/Resources/Bucket/Properties/BucketName") to the byte
/// offset of the object key (for object members) or of the value (for array
/// items and the root ""). Filled by the JSON and YAML readers on request.
class PositionTable {
 public:
  /// Records pointer at offset; the first record of a pointer wins.
  void Add(std::string pointer, std::size_t offset);

  /// The offset of pointer exactly, or nothing.
  std::optional<std::size_t> Find(std::string_view pointer) const;
  /// The offset of pointer or of its nearest recorded ancestor; nothing when
  /// not even the root is recorded.
  std::optional<std::size_t> FindNearest(std::string_view pointer) const;

  std::size_t size() const { return offsets_.size(); }

 private:
  // Hashed: pointers share long prefixes ("/Resources/..."), which makes
  // an ordered map's comparisons dominate the parse of large templates.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> offsets_;
};

/// Appends "/" and key escaped as a JSON pointer token ("~" -> "~0",
/// "/" -> "~1") to pointer.
void AppendPointerToken(std::string* pointer, std::string_view key);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_POSITIONS_H_
