#include "input/positions.h"

#include <utility>

namespace cdkpp::input {

void PositionTable::Add(std::string pointer, std::size_t offset) {
  offsets_.emplace(std::move(pointer), offset);
}

std::optional<std::size_t> PositionTable::Find(std::string_view pointer) const {
  auto it = offsets_.find(pointer);
  if (it == offsets_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> PositionTable::FindNearest(std::string_view pointer) const {
  while (true) {
    if (auto offset = Find(pointer)) return offset;
    if (pointer.empty()) return std::nullopt;
    pointer = pointer.substr(0, pointer.rfind('/'));
  }
}

void AppendPointerToken(std::string* pointer, std::string_view key) {
  pointer->push_back('/');
  for (char c : key) {
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
