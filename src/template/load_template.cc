#include "cdkpp/template/load_template.h"

#include <utility>

#include "template/source_excerpt.h"
#include "template/yaml_to_json.h"

namespace cdkpp {
namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] parse error
// at line L, column C: "; the location is printed by the Diagnostic already.
std::string JsonErrorReason(const std::string& what) {
  std::size_t colon = what.find(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

Result<Json> ParseJsonTemplate(const std::string& path, std::string_view text) {
  Json out;
  try {
    out = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // byte is the 1-based offset of the character that failed.
    std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    template_internal::LineCol pos = template_internal::LineColAt(text, offset);
    return template_internal::ParseError(path, text, pos.line, pos.column,
                                         JsonErrorReason(e.what()));
  }
  if (!out.is_object()) {
    return template_internal::ParseError(path, text, 1, 1,
                                         "a template must be an object of sections");
  }
  return out;
}

}  // namespace

Result<Json> ParseTemplate(const std::string& path, std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return template_internal::ParseError(path, text, 1, 1, "empty template");
  }
  if (text[first] == '{') return ParseJsonTemplate(path, text);
  return template_internal::YamlTemplateToJson(path, text);
}

Result<Json> LoadTemplate(const std::string& path, const FileSystem& fs) {
  Result<std::string> text = fs.ReadFile(path);
  if (!text.ok()) {
    Diagnostics errors = text.diagnostics();
    for (auto& d : errors) {
      if (d.code.empty()) d.code = "template.read";
    }
    return errors;
  }
  return ParseTemplate(path, *text);
}

}  // namespace cdkpp
