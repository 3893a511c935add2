#include "validate/json_walk.h"

namespace cdkpp::validate::internal {

std::string StepPath::Text() const {
  std::string out = prefix_;
  for (const Step& step : steps_) {
    if (step.key != nullptr) {
      if (!out.empty()) out.push_back('.');
      out.append(*step.key);
    } else {
      out.push_back('[');
      out.append(std::to_string(step.index));
      out.push_back(']');
    }
  }
  return out;
}

}  // namespace cdkpp::validate::internal
