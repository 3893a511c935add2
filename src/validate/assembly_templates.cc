// The templates of a cloud assembly directory (cdk.out), for `validate DIR`.
#include "cdkpp/core/json.h"
#include "cdkpp/validate/validate_file.h"
#include "input/json_parser.h"
#include "input/source_text.h"

namespace cdkpp::validate {

Result<std::vector<std::string>> AssemblyTemplatePaths(const std::string& dir,
                                                       const FileSystem& fs) {
  std::string prefix = dir.ends_with("/") ? dir : dir + "/";
  std::string manifest_path = prefix + "manifest.json";
  Result<std::string> text = fs.ReadFile(manifest_path);
  if (!text.ok()) {
    Diagnostic d = Error("",
                         "a directory to validate must be a cloud assembly with a "
                         "manifest.json (as `cdkpp synth` or `cdk synth` write)");
    d.location.file = manifest_path;
    return d;
  }
  // The manifest is input text like any template: the one JSON reader, with
  // a located syntax error.
  Json manifest;
  if (auto error = input::ReadJson(input::SourceText(manifest_path, *text), "validate.manifest",
                                   &manifest)) {
    return *error;
  }
  std::vector<std::string> paths;
  if (manifest.is_object() && manifest.contains("artifacts") && manifest["artifacts"].is_object()) {
    for (const auto& [name, artifact] : manifest["artifacts"].items()) {
      // A "type" that is not a string is no stack (value() would throw on it).
      const Json* type =
          artifact.is_object() && artifact.contains("type") ? &artifact["type"] : nullptr;
      if (type == nullptr || *type != "aws:cloudformation:stack") continue;
      const Json* properties = artifact.contains("properties") ? &artifact["properties"] : nullptr;
      if (properties == nullptr || !properties->is_object() ||
          !properties->contains("templateFile") || !(*properties)["templateFile"].is_string()) {
        continue;
      }
      paths.push_back(prefix + (*properties)["templateFile"].get<std::string>());
    }
  }
  if (paths.empty()) {
    Diagnostic d = Error("",
                         "the manifest lists no stack template (artifacts of type "
                         "aws:cloudformation:stack with properties.templateFile)");
    d.location.file = manifest_path;
    return d;
  }
  return paths;
}

}  // namespace cdkpp::validate
