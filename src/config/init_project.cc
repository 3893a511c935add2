#include "cdkpp/config/init_project.h"

#include <algorithm>

#include "cdkpp/config/config_schema.h"
#include "util/path.h"
#include "util/suggest.h"
#include "util/text.h"

// Defined in templates.S, one begin/end pair per template.
extern "C" {
extern const char cdkpp_template_default_begin[];
extern const char cdkpp_template_default_end[];
extern const char cdkpp_template_production_begin[];
extern const char cdkpp_template_production_end[];
}

namespace cdkpp {
namespace {

struct Template {
  const char* name;
  const char* begin;
  const char* end;
};

// Sorted by name. A new template needs a line here and an EMBED in templates.S
// (tests/config/init_project_test.cc fails when a templates/ directory is missing).
constexpr Template kTemplates[] = {
    {"default", cdkpp_template_default_begin, cdkpp_template_default_end},
    {"production", cdkpp_template_production_begin, cdkpp_template_production_end},
};

Diagnostic InitError(std::string code, std::string message) {
  Diagnostic d;
  d.code = std::move(code);
  d.message = std::move(message);
  return d;
}

}  // namespace

std::vector<std::string> TemplateNames() {
  std::vector<std::string> names;
  for (const Template& t : kTemplates) names.emplace_back(t.name);
  return names;
}

Result<std::string> TemplateText(const std::string& name) {
  for (const Template& t : kTemplates) {
    if (name == t.name) return std::string(t.begin, t.end);
  }
  std::vector<std::string> names = TemplateNames();
  std::string message =
      "unknown template " + internal::Quote(name) + internal::DidYouMean(name, names);
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  return InitError("init.unknown-template", message + " (available: " + list + ")");
}

Result<std::string> InitProject(const InitOptions& options, FileSystem& fs) {
  Result<std::string> text = TemplateText(options.template_name);
  if (!text.ok()) return text.diagnostics();
  std::string path = internal::JoinFilePath(options.dir, "cdkpp.yaml");
  if (!options.force) {
    if (fs.Exists(path)) {
      return InitError("init.exists",
                       path + " already exists; use --force to overwrite it with the template");
    }
    // synth prefers cdkpp.yaml, so a new one would silently shadow a cdkpp.json.
    std::string json = internal::JoinFilePath(options.dir, "cdkpp.json");
    if (fs.Exists(json)) {
      return InitError("init.exists", json + " already exists and a new " + path +
                                          " would take its place; use --force to write it anyway");
    }
  }
  // The template's first line points the YAML language server at this file,
  // so editors complete and check the config.
  Status written = fs.WriteFilesAtomically({OutputFile{path, std::move(*text)},
                                            OutputFile{internal::JoinFilePath(options.dir, kSchemaFile),
                                                       ConfigJsonSchema()}});
  if (!written.ok()) return written.diagnostics();
  return path;
}

}  // namespace cdkpp
