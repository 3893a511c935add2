#include "cdkpp/validate/validate_file.h"

#include <array>
#include <string_view>

#include "cdkpp/template/load_template.h"
#include "input/positions.h"

namespace cdkpp::validate {
namespace {

// The template sections whose entries a finding's logical_id can name.
constexpr std::array<std::string_view, 6> kSections = {"Resources",  "Parameters", "Outputs",
                                                       "Conditions", "Mappings",   "Rules"};

// Appends "Properties.Ingress[0].CidrIp" as "/Properties/Ingress/0/CidrIp".
void AppendPointerOfPropertyPath(std::string* pointer, std::string_view path) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i < path.size() && path[i] != '.' && path[i] != '[' && path[i] != ']') continue;
    if (i > start) input::AppendPointerToken(pointer, path.substr(start, i - start));
    start = i + 1;
  }
}

// Where a finding is written: its property inside its resource (or other
// element), else the nearest part of it the file has.
SourceLocation LocateFinding(const std::string& path, const TemplateSourceMap& map,
                             const Finding& f) {
  if (f.logical_id.empty()) return {path, 0, 0};
  std::string_view property = f.key_path;
  std::string pointer;
  // Findings on outputs, parameters, ... name their section first ("Outputs.Value").
  for (std::string_view section : kSections) {
    if (property.size() > section.size() && property.substr(0, section.size()) == section &&
        property[section.size()] == '.') {
      property.remove_prefix(section.size() + 1);
      AppendPointerOfPropertyPath(&pointer, section);
      AppendPointerOfPropertyPath(&pointer, f.logical_id);
      AppendPointerOfPropertyPath(&pointer, property);
      return map.Locate(pointer);
    }
  }
  for (std::string_view section : kSections) {
    pointer.clear();
    pointer.push_back('/');
    pointer.append(section);
    pointer.push_back('/');
    pointer.append(f.logical_id);
    if (!map.Contains(pointer)) continue;
    AppendPointerOfPropertyPath(&pointer, property);
    return map.Locate(pointer);
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
