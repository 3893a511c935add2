#include "template/yaml_to_json.h"

#include <array>
#include <map>
#include <optional>
#include <utility>

#include "input/number.h"
#include "input/scalar.h"
#include "input/yaml_document.h"
#include "template/yaml_events_to_json.h"

namespace cdkpp::internal {
namespace {

using input::YamlNode;

constexpr const char* kParseError = "template.parse";

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

constexpr std::string_view kStandardTagPrefix = "tag:yaml.org,2002:";
constexpr std::string_view kStringTag = "tag:yaml.org,2002:str";

// Mappings up to this size look for a key written twice by comparing it
// with the keys before it; larger ones index their keys.
constexpr std::size_t kLinearDuplicateSearch = 16;

// The YAML 1.1 tags CloudFormation lists as unsupported (docs/yaml.md).
bool IsUnsupportedStandardTag(std::string_view tag) {
  if (tag.substr(0, kStandardTagPrefix.size()) != kStandardTagPrefix) return false;
  tag.remove_prefix(kStandardTagPrefix.size());
  return tag == "binary" || tag == "omap" || tag == "pairs" || tag == "set" || tag == "timestamp";
}

// Converts the loaded YAML tree to JSON. The loader has bounded the tree's
// expansion and height, so the recursion here is bounded too.
class Converter {
 public:
  Converter(const input::SourceText& source, input::PositionTree* positions)
      : source_(source), positions_(positions) {}

  bool Convert(const YamlNode& node, Json* out) {
    if (!node.tag.empty() && node.tag[0] == '!') return ConvertTagged(node, out);
    if (IsUnsupportedStandardTag(node.tag)) {
      return Fail(node.offset, "CloudFormation does not support the YAML tag !!" +
                                   node.tag.substr(kStandardTagPrefix.size()));
    }
    return ConvertPlain(node, out);
  }

  Diagnostic TakeError() { return std::move(error_); }

 private:
  bool ConvertPlain(const YamlNode& node, Json* out) {
    switch (node.kind) {
      case YamlNode::Kind::kNull:
        *out = nullptr;
        return true;
      case YamlNode::Kind::kScalar:
        return ConvertScalar(node, out);
      case YamlNode::Kind::kSequence:
        return ConvertSequence(node, out);
      case YamlNode::Kind::kMapping:
        return ConvertMapping(node, out);
    }
    return Fail(node.offset, "unsupported YAML node");
  }

  bool ConvertScalar(const YamlNode& node, Json* out) {
    bool plain = node.plain && node.tag != kStringTag;
    if (auto error = TemplateScalarToJson(node.value, plain, out)) return Fail(node.offset, *error);
    return true;
  }

  bool ConvertSequence(const YamlNode& node, Json* out) {
    *out = Json::array();
    auto& items = out->get_ref<Json::array_t&>();
    items.reserve(node.items.size());
    if (positions_) positions_->Open();
    for (const auto& item : node.items) {
      if (positions_) positions_->Item(item->offset);
      items.emplace_back();
      if (!Convert(*item, &items.back())) return false;
    }
    if (positions_) positions_->Close();
    return true;
  }

  bool ConvertMapping(const YamlNode& node, Json* out) {
    *out = Json::object();
    // At its final size at once: ordered_map's const keys make its growth
    // copy every member converted so far.
    out->get_ref<Json::object_t&>().reserve(node.members.size());
    std::map<std::string_view, std::size_t> first_offset;
    bool index_keys = node.members.size() > kLinearDuplicateSearch;
    if (positions_) positions_->Open();
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      const auto& [key, value] = node.members[i];
      if (key->kind != YamlNode::Kind::kScalar || !key->tag.empty()) {
        return Fail(key->offset, "mapping keys must be plain strings");
      }
      if (key->plain && key->value == "<<") {
        return Fail(key->offset, "CloudFormation does not support YAML merge keys (<<)");
      }
      std::optional<std::size_t> earlier = index_keys ? FirstOffsetIndexed(&first_offset, *key)
                                                      : FirstOffsetBefore(node, i);
      if (earlier) {
        SourceLocation first = source_.LocationAt(*earlier);
        return Fail(key->offset, "duplicate key " + input::Quote(key->value) +
                                     "; first defined at line " + std::to_string(first.line) +
                                     ", column " + std::to_string(first.column));
      }
      if (positions_) positions_->Member(key->value, key->offset);
      Json converted;
      if (!Convert(*value, &converted)) return false;
      out->get_ref<Json::object_t&>().emplace_back(key->value, std::move(converted));
    }
    if (positions_) positions_->Close();
    return true;
  }

  // The offset of the first of the keys before member i that equals its key.
  static std::optional<std::size_t> FirstOffsetBefore(const YamlNode& mapping, std::size_t i) {
    const std::string& key = mapping.members[i].first->value;
    for (std::size_t j = 0; j < i; ++j) {
      if (mapping.members[j].first->value == key) return mapping.members[j].first->offset;
    }
    return std::nullopt;
  }

  // FirstOffsetBefore through an index of the keys seen so far, which it
  // extends with key.
  static std::optional<std::size_t> FirstOffsetIndexed(
      std::map<std::string_view, std::size_t>* first_offset, const YamlNode& key) {
    auto [it, inserted] = first_offset->emplace(key.value, key.offset);
    if (inserted) return std::nullopt;
    return it->second;
  }

  bool ConvertTagged(const YamlNode& node, Json* out) {
    std::string key = IntrinsicForTag(node.tag);
    if (key.empty()) return Fail(node.offset, "unknown tag '" + node.tag + "'");
    // The long form's key is written as the tag: it is located there.
    if (positions_) {
      positions_->Open();
      positions_->Member(key, node.offset);
    }
    Json inner;
    if (key == "Fn::GetAtt" && node.kind == YamlNode::Kind::kScalar) {
      if (auto error = GetAttArgument(node.value, &inner)) return Fail(node.offset, *error);
    } else if (node.kind == YamlNode::Kind::kScalar) {
      inner = node.value;  // the argument of a tag is a string, never a number
    } else if (node.kind == YamlNode::Kind::kNull) {
      inner = "";  // `!GetAZs` alone: the empty string argument
    } else if (!ConvertPlain(node, &inner)) {
      return false;
    }
    if (positions_) positions_->Close();
    *out = Json::object();
    (*out)[key] = std::move(inner);
    return true;
  }

  bool Fail(std::size_t offset, std::string message) {
    error_ = source_.ErrorAt(kParseError, offset, std::move(message));
    return false;
  }

  const input::SourceText& source_;
  input::PositionTree* positions_;
  Diagnostic error_;
};

}  // namespace

std::optional<std::string> TemplateScalarToJson(std::string_view value, bool plain, Json* out) {
  switch (input::ClassifyScalar(value, plain, input::ScalarRules::kTemplate)) {
    case input::ScalarKind::kNull:
      *out = nullptr;
      return std::nullopt;
    case input::ScalarKind::kBool:
      *out = input::ScalarBool(value);
      return std::nullopt;
    case input::ScalarKind::kInt:
    case input::ScalarKind::kFloat: {
      std::string decimal = input::DecimalSpelling(value, input::ScalarRules::kTemplate);
      if (decimal.empty()) return "number " + std::string(value) + " is out of range";
      return input::ReadNumber(decimal, out);
    }
    case input::ScalarKind::kString:
      *out = value;
      return std::nullopt;
  }
  return "unsupported YAML scalar";
}

std::optional<std::string> GetAttArgument(std::string_view value, Json* out) {
  // !GetAtt Resource.Attribute: the attribute itself may contain dots.
  std::size_t dot = value.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == value.size()) {
    return "!GetAtt expects 'Resource.Attribute', got '" + std::string(value) + "'";
  }
  *out = Json::array({std::string(value.substr(0, dot)), std::string(value.substr(dot + 1))});
  return std::nullopt;
}

std::string IntrinsicForTag(std::string_view tag) {
  if (!tag.empty() && tag[0] == '!') tag.remove_prefix(1);
  if (tag == "Ref" || tag == "Condition") return std::string(tag);
  for (std::string_view fn : kFnTags) {
    if (tag == fn) return "Fn::" + std::string(fn);
  }
  return "";
}

Result<Json> YamlTemplateToJson(const input::SourceText& source, input::PositionTree* positions) {
  {
    // Into a tree of its own: a declined attempt leaves half a tree.
    input::PositionTree direct_positions;
    Json out;
    if (YamlSubsetTemplateToJson(source.text(), positions ? &direct_positions : nullptr, &out)) {
      if (positions) *positions = std::move(direct_positions);
      return out;
    }
  }
  return YamlTemplateToJsonThroughTree(source, positions);
}

Result<Json> YamlTemplateToJsonThroughTree(const input::SourceText& source,
                                           input::PositionTree* positions) {
  input::YamlLoad loaded = input::LoadYamlDocument(source.text());
  if (loaded.kind == input::YamlLoad::Kind::kEmpty) {
    return source.ErrorAt(kParseError, 0, "empty template");
  }
  if (loaded.kind == input::YamlLoad::Kind::kError) {
    return source.ErrorAt(kParseError, loaded.offset, loaded.message);
  }
  if (loaded.first_alias) {
    return source.ErrorAt(kParseError, *loaded.first_alias,
                          "CloudFormation does not support YAML aliases (*name)");
  }
  if (loaded.root->kind != YamlNode::Kind::kMapping) {
    return source.ErrorAt(kParseError, 0, "a template must be a mapping of sections");
  }
  if (positions) positions->SetRoot(loaded.root->offset);
  Converter converter(source, positions);
  Json out;
  if (!converter.Convert(*loaded.root, &out)) return converter.TakeError();
  return out;
}

}  // namespace cdkpp::internal
