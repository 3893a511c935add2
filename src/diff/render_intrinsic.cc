#include "diff/diff_internal.h"

namespace cdkpp::diff {

std::string RenderIntrinsic(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.size() == 1) {
    std::string_view fn = value.begin().key();
    const Json& arg = value.begin().value();
    if (fn == "Ref" && arg.is_string()) return "${" + arg.get<std::string>() + "}";
    if (fn == "Fn::GetAtt") {
      if (arg.is_array() && arg.size() == 2 && arg[0].is_string()) {
        return "${" + arg[0].get<std::string>() + "." + RenderIntrinsic(arg[1]) + "}";
      }
      if (arg.is_string()) return "${" + arg.get<std::string>() + "}";
    }
    if (fn == "Fn::Join" && arg.is_array() && arg.size() == 2 && arg[0].is_string() &&
        arg[1].is_array()) {
      std::string out;
      const std::string sep = arg[0].get<std::string>();
      for (std::size_t i = 0; i < arg[1].size(); ++i) {
        if (i > 0) out += sep;
        out += RenderIntrinsic(arg[1][i]);
      }
      return out;
    }
    if (fn == "Fn::Sub") {
      if (arg.is_string()) return arg.get<std::string>();
      if (arg.is_array() && !arg.empty() && arg[0].is_string()) return arg[0].get<std::string>();
    }
  }
  return SerializeCompact(value);
}

bool IsCustomResourceType(const std::string& type) {
  return type.rfind("Custom::", 0) == 0 || type == "AWS::CloudFormation::CustomResource";
}

}  // namespace cdkpp::diff
