#include "cdkpp/io/write_assembly.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "cdkpp/core/json.h"
#include "util/path.h"

namespace cdkpp {
namespace {

// The template files the manifest in dir lists (none when there is no
// readable manifest: then nothing counts as a previous assembly's).
std::set<std::string> PreviousTemplates(const FileSystem& fs, const std::string& dir) {
  std::set<std::string> templates;
  Result<std::string> text = fs.ReadFile(internal::JoinFilePath(dir, "manifest.json"));
  if (!text.ok()) return templates;
  Json manifest = Json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (!manifest.is_object() || !manifest.contains("artifacts") ||
      !manifest["artifacts"].is_object()) {
    return templates;
  }
  for (const auto& [name, artifact] : manifest["artifacts"].items()) {
    if (!artifact.is_object() || !artifact.contains("properties")) continue;
    const Json& properties = artifact["properties"];
    if (!properties.is_object() || !properties.contains("templateFile")) continue;
    const Json& file = properties["templateFile"];
    // Only plain names inside dir: a hostile manifest must not make us delete
    // "../something".
    if (file.is_string() && file.get_ref<const std::string&>().find('/') == std::string::npos) {
      templates.insert(file.get<std::string>());
    }
  }
  return templates;
}

}  // namespace

Status WriteAssemblyDirectory(FileSystem& fs, const std::string& dir,
                              const std::vector<OutputFile>& files) {
  std::set<std::string> previous = PreviousTemplates(fs, dir);
  std::set<std::string> ours = previous;
  ours.insert({"manifest.json", "cdk.out"});
  std::vector<std::string> present = fs.ListDirectory(dir);
  // Only files of a previous assembly: a directory in the way (or anything
  // else) makes dir a shared one, whose writes fail rather than delete it.
  bool owned = std::all_of(present.begin(), present.end(), [&](const std::string& name) {
    return ours.count(name) > 0 && fs.ReadFile(internal::JoinFilePath(dir, name)).ok();
  });
  std::string normal = std::filesystem::path(dir).lexically_normal().string();
  bool replaceable = owned && normal != "." && normal != "./" && !normal.ends_with("..");

  const std::string prefix = internal::JoinFilePath(dir, "");
  std::vector<OutputFile> relative;
  std::set<std::string> written;
  for (const OutputFile& file : files) {
    std::string name = file.path.substr(file.path.starts_with(prefix) ? prefix.size() : 0);
    written.insert(name);
    relative.push_back({name, file.contents});
  }
  if (replaceable) return fs.ReplaceDirectory(dir, relative);

  Status status = fs.WriteFilesAtomically(files);
  if (!status.ok()) return status;
  for (const std::string& stale : previous) {
    if (written.count(stale) > 0) continue;
    Status removed = fs.RemoveFile(internal::JoinFilePath(dir, stale));
    if (!removed.ok()) return removed;
  }
  return OkStatus();
}

}  // namespace cdkpp
