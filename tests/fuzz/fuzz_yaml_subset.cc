// libFuzzer target: the YAML block subset reader against libyaml. The input
// is loaded both ways (LoadYamlDocument, which tries the subset reader
// first, and libyaml alone); whenever the subset reader took the text, the
// two trees must agree node by node (kind, tag, style, value, offset), and
// the outcomes must agree always. A difference aborts with the first one.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "input/yaml_tree_compare.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string difference = cdkpp::input::yaml_compare::FirstLoadDifference(text);
  if (!difference.empty()) {
    std::fprintf(stderr, "subset reader and libyaml differ: %s\n", difference.c_str());
    std::abort();
  }
  return 0;
}
