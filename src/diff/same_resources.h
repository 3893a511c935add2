#ifndef CDKPP_SRC_DIFF_SAME_RESOURCES_H_
#define CDKPP_SRC_DIFF_SAME_RESOURCES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cdkpp/core/json.h"

namespace cdkpp::diff {

/// The resources LoadTemplatePair found byte for byte the same in both
/// templates (TemplatePair::same_resources): null in the new template,
/// their value is the old template's. Not public.
class SameResources {
 public:
  SameResources() = default;  ///< none
  /// `ids` sorted; `old_resources` the old template's Resources object.
  SameResources(const std::vector<std::string>& ids, const Json& old_resources);

  /// True when `id` is one of them.
  bool Holds(std::string_view id) const {
    return !old_values_.empty() && old_values_.count(id) != 0;
  }
  /// The new template's resource `id`: `new_value`, or the old value it
  /// stands for.
  const Json& Resolve(std::string_view id, const Json& new_value) const;

 private:
  std::unordered_map<std::string_view, const Json*> old_values_;  // id -> old value
};

}  // namespace cdkpp::diff

#endif  // CDKPP_SRC_DIFF_SAME_RESOURCES_H_
