#include "diff/same_resources.h"

#include <unordered_set>

namespace cdkpp::diff {

SameResources::SameResources(const std::vector<std::string>& ids, const Json& old_resources) {
  if (ids.empty() || !old_resources.is_object()) return;
  std::unordered_set<std::string_view> same(ids.begin(), ids.end());
  old_values_.reserve(ids.size());
  for (const auto& [id, value] : old_resources.get_ref<const Json::object_t&>()) {
    if (same.count(id) != 0) old_values_.emplace(id, &value);
  }
}

const Json& SameResources::Resolve(std::string_view id, const Json& new_value) const {
  if (!new_value.is_null() || old_values_.empty()) return new_value;
  auto found = old_values_.find(id);
  return found == old_values_.end() ? new_value : *found->second;
}

}  // namespace cdkpp::diff
