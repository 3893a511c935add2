#include "core/json_override.h"

#include <charconv>
#include <variant>
#include <vector>

namespace cdkpp::internal {
namespace {

// One step of a path: a member name or a list index.
using Step = std::variant<std::string, size_t>;

std::string ParsePath(const std::string& path, std::vector<Step>* steps) {
  size_t i = 0;
  while (i <= path.size()) {
    size_t name_end = path.find_first_of(".[", i);
    if (name_end == std::string::npos) name_end = path.size();
    if (name_end == i) return "an empty name at character " + std::to_string(i + 1);
    steps->emplace_back(path.substr(i, name_end - i));
    i = name_end;
    while (i < path.size() && path[i] == '[') {
      size_t close = path.find(']', i);
      if (close == std::string::npos) return "a '[' without ']'";
      size_t index = 0;
      auto [end, ec] = std::from_chars(path.data() + i + 1, path.data() + close, index);
      if (ec != std::errc() || end != path.data() + close || close == i + 1) {
        return "a list index of digits inside []";
      }
      steps->emplace_back(index);
      i = close + 1;
    }
    if (i == path.size()) return "";
    if (path[i] != '.') return "'.' or '[' after a name";
    ++i;
    if (i == path.size()) return "a name after the last '.'";
  }
  return "";
}

std::string StepText(const Step& step) {
  if (const auto* name = std::get_if<std::string>(&step)) return *name;
  return "[" + std::to_string(std::get<size_t>(step)) + "]";
}

}  // namespace

std::string CheckOverridePath(const std::string& path) {
  std::vector<Step> steps;
  return ParsePath(path, &steps);
}

std::string ApplyJsonOverride(Json* root, const std::string& path, const Json& value) {
  std::vector<Step> steps;
  std::string problem = ParsePath(path, &steps);
  if (!problem.empty()) return "a path of names and [index] items (" + problem + ")";
  // Work on a copy: a path that fails half-way leaves *root as it was.
  Json result = *root;
  Json* node = &result;
  for (size_t k = 0; k < steps.size(); ++k) {
    const bool last = k + 1 == steps.size();
    if (const auto* name = std::get_if<std::string>(&steps[k])) {
      if (node->is_null()) *node = Json::object();
      if (!node->is_object()) return "\"" + *name + "\" is below a value that is not an object";
      if (last && value.is_null()) {
        node->erase(*name);
        *root = std::move(result);
        return "";
      }
      node = &(*node)[*name];
    } else {
      size_t index = std::get<size_t>(steps[k]);
      if (!node->is_array() || index >= node->size()) {
        return StepText(steps[k]) + " is not an item of a list there";
      }
      if (last && value.is_null()) {
        node->erase(index);
        *root = std::move(result);
        return "";
      }
      node = &(*node)[index];
    }
  }
  *node = value;
  *root = std::move(result);
  return "";
}

}  // namespace cdkpp::internal
