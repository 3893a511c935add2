#include "cdkpp/validate/validate_file.h"

#include <array>
#include <string_view>
#include <utility>

#include "cdkpp/template/load_template.h"
#include "input/position_tree.h"

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

Result<TemplateFile> ReadTemplateFile(const std::string& path, const FileSystem& fs) {
  Result<std::string> text = fs.ReadFile(path);
  if (!text.ok()) return text.diagnostics();
  std::size_t bytes = text->size();
  Result<LocatedTemplate> parsed = ParseTemplateWithSourceMap(path, std::move(*text));
  if (!parsed.ok()) return parsed.diagnostics();
  return TemplateFile{path, bytes, std::move(*parsed)};
}

TemplateReport ValidateTemplateFile(const TemplateFile& file, ValidateOptions options) {
  options.template_bytes = file.bytes;
  if (!options.locate) {
    options.locate = [&file](const LocateQuery& q) {
      SourceLocation loc = LocateFinding(file.path, file.parsed.source_map, *q.finding);
      if (!loc.known()) loc.file = file.path;
      return loc;
    };
  }
  return TemplateReport{file.path, ValidateTemplate(file.parsed.json, options)};
}

Result<TemplateReport> ValidateTemplateFile(const std::string& path, const FileSystem& fs,
                                            ValidateOptions options) {
  Result<TemplateFile> file = ReadTemplateFile(path, fs);
  if (!file.ok()) return file.diagnostics();
  return ValidateTemplateFile(*file, std::move(options));
}

}  // namespace cdkpp::validate
