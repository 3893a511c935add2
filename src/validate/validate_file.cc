#include "cdkpp/validate/validate_file.h"

#include <array>
#include <string_view>

#include "cdkpp/template/load_template.h"

namespace cdkpp::validate {
namespace {

// The template sections whose entries a finding's logical_id can name.
constexpr std::array<std::string_view, 6> kSections = {"Resources",  "Parameters", "Outputs",
                                                       "Conditions", "Mappings",   "Rules"};

// "Properties.Ingress[0].CidrIp" -> "/Properties/Ingress/0/CidrIp".
std::string PointerOfPropertyPath(std::string_view path) {
  std::string pointer;
  std::string token;
  auto flush = [&] {
    if (token.empty()) return;
    pointer += "/";
    for (char c : token) pointer += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    token.clear();
  };
  for (char c : path) {
    if (c == '.' || c == '[' || c == ']') {
      flush();
    } else {
      token += c;
    }
  }
  flush();
  return pointer;
}

// Where a finding is written: its property inside its resource (or other
// element), else the nearest part of it the file has.
SourceLocation LocateFinding(const std::string& path, const TemplateSourceMap& map,
                             const Finding& f) {
  if (f.logical_id.empty()) return {path, 0, 0};
  std::string_view property = f.key_path;
  // Findings on outputs, parameters, ... name their section first ("Outputs.Value").
  for (std::string_view section : kSections) {
    std::string prefix = std::string(section) + ".";
    if (property.substr(0, prefix.size()) == prefix) {
      property.remove_prefix(prefix.size());
      return map.Locate(PointerOfPropertyPath(prefix + f.logical_id) +
                        PointerOfPropertyPath(property));
    }
  }
  for (std::string_view section : kSections) {
    std::string element = PointerOfPropertyPath(std::string(section)) + "/" + f.logical_id;
    if (map.Contains(element)) return map.Locate(element + PointerOfPropertyPath(property));
  }
  return {path, 0, 0};
}

}  // namespace

Result<TemplateReport> ValidateTemplateFile(const std::string& path, const FileSystem& fs,
                                            ValidateOptions options) {
  Result<std::string> text = fs.ReadFile(path);
  if (!text.ok()) return text.diagnostics();
  Result<LocatedTemplate> parsed = ParseTemplateWithSourceMap(path, *text);
  if (!parsed.ok()) return parsed.diagnostics();
  options.template_bytes = text->size();
  if (!options.locate) {
    const TemplateSourceMap& map = parsed->source_map;
    options.locate = [&path, &map](const LocateQuery& q) {
      SourceLocation loc = LocateFinding(path, map, *q.finding);
      if (!loc.known()) loc.file = path;
      return loc;
    };
  }
  return TemplateReport{path, ValidateTemplate(parsed->json, options)};
}

}  // namespace cdkpp::validate
