#ifndef CDKPP_CONFIG_INIT_PROJECT_H_
#define CDKPP_CONFIG_INIT_PROJECT_H_

#include <string>
#include <vector>

#include "cdkpp/core/result.h"
#include "cdkpp/io/file_system.h"

namespace cdkpp {

/// The name of the template `cdkpp init` uses when none is given.
inline constexpr const char* kDefaultTemplate = "default";

/// The names of the built-in config templates (templates/<name>/cdkpp.yaml in
/// the sources, embedded in the binary at build time), sorted.
std::vector<std::string> TemplateNames();

/// The text of a built-in template, or an error listing the names (with a
/// did-you-mean when one is close).
Result<std::string> TemplateText(const std::string& name);

/// What `cdkpp init` was asked to do.
struct InitOptions {
  std::string template_name = kDefaultTemplate;
  std::string dir = ".";
  bool force = false;  ///< overwrite an existing DIR/cdkpp.yaml
};

/// The JSON Schema file `cdkpp init` writes beside cdkpp.yaml; the templates'
/// first line names it for the YAML language server.
inline constexpr const char* kSchemaFile = "cdkpp.schema.json";

/// Writes DIR/cdkpp.yaml from the template and DIR/cdkpp.schema.json (the
/// config's JSON Schema) beside it (creating DIR), atomically, and returns
/// the path of the config written. Errors: unknown template; DIR/cdkpp.yaml (or a
/// DIR/cdkpp.json that synth would otherwise read) already exists and
/// force is false; the write fails. On error nothing is written.
Result<std::string> InitProject(const InitOptions& options, FileSystem& fs);

}  // namespace cdkpp

#endif  // CDKPP_CONFIG_INIT_PROJECT_H_
