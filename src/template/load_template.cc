#include "cdkpp/template/load_template.h"

#include <utility>

#include "template/fast_json_parser.h"
#include "template/source_excerpt.h"
#include "template/yaml_to_json.h"

namespace cdkpp {
namespace {

Result<Json> ParseJsonTemplate(const std::string& path, std::string_view text) {
  Json out;
  std::size_t offset = 0;
  std::string message;
  if (!template_internal::ParseJsonFast(text, &out, &offset, &message)) {
    template_internal::LineCol pos = template_internal::LineColAt(text, offset);
    return template_internal::ParseError(path, text, pos.line, pos.column, message);
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
