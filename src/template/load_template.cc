#include "cdkpp/template/load_template.h"

#include <utility>

#include "template/fast_json_parser.h"
#include "template/source_excerpt.h"
#include "template/yaml_to_json.h"
#include "util/utf8.h"

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

bool HasYamlExtension(const std::string& path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".yaml") || ends_with(".yml");
}

}  // namespace

Result<Json> ParseTemplate(const std::string& path, std::string_view text) {
  // A UTF-8 byte order mark (some Windows editors write one) is not content.
  text = internal::StripUtf8Bom(text);
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return template_internal::ParseError(path, text, 1, 1, "empty template");
  }
  if (text[first] != '{') return template_internal::YamlTemplateToJson(path, text);
  Result<Json> json = ParseJsonTemplate(path, text);
  // "{Resources: {...}}" is YAML flow style: in a .yaml file, YAML decides.
  if (!json.ok() && HasYamlExtension(path)) return template_internal::YamlTemplateToJson(path, text);
  return json;
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
