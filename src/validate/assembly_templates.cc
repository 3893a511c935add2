// The templates of a cloud assembly directory (cdk.out), for `validate DIR`.
#include "cdkpp/core/json.h"
#include "cdkpp/validate/validate_file.h"

namespace cdkpp::validate {

Result<std::vector<std::string>> AssemblyTemplatePaths(const std::string& dir,
                                                       const FileSystem& fs) {
  std::string prefix = dir.ends_with("/") ? dir : dir + "/";
  std::string manifest_path = prefix + "manifest.json";
  Result<std::string> text = fs.ReadFile(manifest_path);
  if (!text.ok()) {
    Diagnostic d = Error("", "a directory to validate must be a cloud assembly with a "
                             "manifest.json (as `cdkpp synth` or `cdk synth` write)");
    d.location.file = manifest_path;
    return d;
  }
  Json manifest = Json::parse(*text, nullptr, /*allow_exceptions=*/false);
  std::vector<std::string> paths;
  if (manifest.is_object() && manifest.contains("artifacts") && manifest["artifacts"].is_object()) {
    for (const auto& [name, artifact] : manifest["artifacts"].items()) {
      if (!artifact.is_object() || artifact.value("type", "") != "aws:cloudformation:stack") continue;
      const Json* properties = artifact.contains("properties") ? &artifact["properties"] : nullptr;
      if (properties == nullptr || !properties->is_object() ||
          !properties->contains("templateFile") || !(*properties)["templateFile"].is_string()) {
        continue;
      }
      paths.push_back(prefix + (*properties)["templateFile"].get<std::string>());
    }
  }
  if (manifest.is_discarded() || paths.empty()) {
    Diagnostic d = Error("", "the manifest lists no stack template (artifacts of type "
                             "aws:cloudformation:stack with properties.templateFile)");
    d.location.file = manifest_path;
    return d;
  }
  return paths;
}

}  // namespace cdkpp::validate
