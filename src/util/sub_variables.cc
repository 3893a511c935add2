#include "util/sub_variables.h"

namespace cdkpp::internal {

std::vector<std::string> SubVariables(const std::string& text) {
  std::vector<std::string> vars;
  std::size_t pos = 0;
  while ((pos = text.find("${", pos)) != std::string::npos) {
    auto end = text.find('}', pos + 2);
    if (end == std::string::npos) break;
    std::string name = text.substr(pos + 2, end - pos - 2);
    pos = end + 1;
    if (name.empty() || name[0] == '!') continue;
    // Whitespace is trimmed by CloudFormation ("${ Foo }").
    auto first = name.find_first_not_of(" \t");
    auto last = name.find_last_not_of(" \t");
    if (first == std::string::npos) continue;
    vars.push_back(name.substr(first, last - first + 1));
  }
  return vars;
}

}  // namespace cdkpp::internal
