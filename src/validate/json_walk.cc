#include "validate/json_walk.h"

#include <charconv>

namespace cdkpp::validate::internal {

std::string StepPath::Text() const {
  // Sized first: appending step by step grew the string several times.
  std::size_t size = prefix_.size();
  for (const Step& step : steps_) size += step.key != nullptr ? step.key->size() + 1 : 8;
  std::string out;
  out.reserve(size);
  out.append(prefix_);
  for (const Step& step : steps_) {
    if (step.key != nullptr) {
      if (!out.empty()) out.push_back('.');
      out.append(*step.key);
    } else {
      AppendIndex(&out, step.index);
    }
  }
  return out;
}

void AppendIndex(std::string* path, std::size_t index) {
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, index).ptr;
  path->push_back('[');
  path->append(digits, end);
  path->push_back(']');
}

}  // namespace cdkpp::validate::internal
