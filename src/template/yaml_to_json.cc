#include "template/yaml_to_json.h"

#include <yaml-cpp/yaml.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <utility>

#include "template/source_excerpt.h"

namespace cdkpp::template_internal {
namespace {

// Short-form tags that map to "Fn::<Name>"; Ref and Condition are handled apart
// because their long form has no "Fn::" prefix.
// The rule-only functions (Contains, EachMember*, RefAll, ValueOf*) appear in
// the Rules section, e.g. CDK's CheckBootstrapVersion.
constexpr std::array<std::string_view, 25> kFnTags = {
    "And",          "Base64",       "Cidr",        "Contains", "EachMemberEquals",
    "EachMemberIn", "Equals",       "FindInMap",   "ForEach",  "GetAZs",
    "GetAtt",       "If",           "ImportValue", "Join",     "Length",
    "Not",          "Or",           "RefAll",      "Select",   "Split",
    "Sub",          "ToJsonString", "Transform",   "ValueOf",  "ValueOfAll"};

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// YAML 1.2 core schema for plain scalars. CloudFormation values such as account
// ids ("012345678901") must survive as written, so leading zeros stay strings.
Json PlainScalar(const std::string& s) {
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  std::string_view body = s;
  bool negative = false;
  if (body[0] == '-' || body[0] == '+') {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (IsDigits(body)) {
    if (body.size() > 1 && body[0] == '0') return s;
    errno = 0;
    char* end = nullptr;
    if (negative) {
      long long v = std::strtoll(s.c_str(), &end, 10);
      if (errno == 0 && *end == '\0') return v;
    } else {
      unsigned long long v = std::strtoull(s.c_str() + (s[0] == '+'), &end, 10);
      if (errno == 0 && *end == '\0') return v;
    }
    return s;
  }
  // A float needs digits and a '.' or exponent; "1.2.3" or ".inf" stay strings.
  bool digit = false, dot_or_exp = false;
  for (char c : body) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+') {
      dot_or_exp |= (c == '.' || c == 'e' || c == 'E');
    } else {
      return s;
    }
  }
  if (digit && dot_or_exp && !(body.size() > 1 && body[0] == '0' && body[1] != '.')) {
    errno = 0;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (errno == 0 && *end == '\0') return v;
  }
  return s;
}

// An alias refers to a node, not a copy: "&a [*a]" is a cycle, and ten
// nested aliases of ten items each expand to 10^10 values. The JSON reader's
// depth limit and a value budget (a 1 MB template holds far fewer) bound both.
constexpr int kMaxDepth = 512;
constexpr std::size_t kMaxValues = 1000000;

class Converter {
 public:
  Converter(const std::string& path, std::string_view text) : path_(path), text_(text) {}

  bool Convert(const YAML::Node& node, Json* out) {
    if (depth_ >= kMaxDepth) return Fail(node, "nesting deeper than 512 levels");
    if (++values_ > kMaxValues) {
      return Fail(node, "more than 1000000 values (are YAML aliases expanding?)");
    }
    ++depth_;
    bool ok = ConvertNode(node, out);
    --depth_;
    return ok;
  }

  Diagnostic TakeError() { return std::move(error_); }

 private:
  bool ConvertNode(const YAML::Node& node, Json* out) {
    const std::string& tag = node.Tag();
    if (!tag.empty() && tag != "?" && tag != "!" && tag[0] == '!' &&
        tag.rfind("tag:yaml.org", 0) != 0) {
      return ConvertTagged(node, tag, out);
    }
    return ConvertPlain(node, out);
  }

  bool ConvertPlain(const YAML::Node& node, Json* out) {
    switch (node.Type()) {
      case YAML::NodeType::Null:
      case YAML::NodeType::Undefined:
        *out = nullptr;
        return true;
      case YAML::NodeType::Scalar:
        // Tag "!" marks a quoted scalar: always a string.
        *out = node.Tag() == "!" ? Json(node.Scalar()) : PlainScalar(node.Scalar());
        return true;
      case YAML::NodeType::Sequence: {
        *out = Json::array();
        for (const auto& item : node) {
          Json value;
          if (!Convert(item, &value)) return false;
          out->push_back(std::move(value));
        }
        return true;
      }
      case YAML::NodeType::Map: {
        *out = Json::object();
        for (const auto& kv : node) {
          if (!kv.first.IsScalar()) return Fail(kv.first, "mapping keys must be scalars");
          Json value;
          if (!Convert(kv.second, &value)) return false;
          (*out)[kv.first.Scalar()] = std::move(value);
        }
        return true;
      }
    }
    return Fail(node, "unsupported YAML node");
  }

  bool ConvertTagged(const YAML::Node& node, const std::string& tag, Json* out) {
    std::string key = IntrinsicForTag(tag);
    if (key.empty()) return Fail(node, "unknown tag '" + tag + "'");
    Json inner;
    if (key == "Fn::GetAtt" && node.IsScalar()) {
      // !GetAtt Resource.Attribute: the attribute itself may contain dots.
      const std::string& s = node.Scalar();
      std::size_t dot = s.find('.');
      if (dot == std::string::npos || dot == 0 || dot + 1 == s.size()) {
        return Fail(node, "!GetAtt expects 'Resource.Attribute', got '" + s + "'");
      }
      inner = Json::array({s.substr(0, dot), s.substr(dot + 1)});
    } else if (node.IsScalar()) {
      inner = node.Scalar();  // the argument of a tag is a string, never a number
    } else if (!ConvertPlain(node, &inner)) {
      return false;
    }
    *out = Json::object();
    (*out)[key] = std::move(inner);
    return true;
  }

  bool Fail(const YAML::Node& node, std::string message) {
    YAML::Mark mark = node.Mark();
    error_ = ParseError(path_, text_, mark.line + 1, mark.column + 1, std::move(message));
    return false;
  }

  const std::string& path_;
  std::string_view text_;
  Diagnostic error_;
  int depth_ = 0;
  std::size_t values_ = 0;
};

}  // namespace

std::string IntrinsicForTag(std::string_view tag) {
  if (!tag.empty() && tag[0] == '!') tag.remove_prefix(1);
  if (tag == "Ref" || tag == "Condition") return std::string(tag);
  for (std::string_view fn : kFnTags) {
    if (tag == fn) return "Fn::" + std::string(fn);
  }
  return "";
}

Result<Json> YamlTemplateToJson(const std::string& path, std::string_view text) {
  YAML::Node root;
  // yaml-cpp reports syntax errors by exception; they stop here, as values.
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return ParseError(path, text, e.mark.line + 1, e.mark.column + 1, e.msg);
  }
  if (!root.IsMap()) {
    return ParseError(path, text, 1, 1, "a template must be a mapping of sections");
  }
  Converter converter(path, text);
  Json out;
  try {
    if (!converter.Convert(root, &out)) return converter.TakeError();
  } catch (const YAML::Exception& e) {
    return ParseError(path, text, e.mark.line + 1, e.mark.column + 1, e.msg);
  }
  return out;
}

}  // namespace cdkpp::template_internal
