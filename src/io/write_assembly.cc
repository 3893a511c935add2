#include "cdkpp/io/write_assembly.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string_view>

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

// A file's path relative to the output directory (prefix: "DIR/").
std::string_view NameInside(std::string_view path, std::string_view prefix) {
  if (path.starts_with(prefix)) path.remove_prefix(prefix.size());
  return path;
}

// What a synth finds in its output directory.
struct DirectoryState {
  // Every file in dir is one a previous assembly wrote (its name in ours)
  // and readable. Otherwise (a directory in the way, someone else's file)
  // dir is shared: its writes fail rather than delete it.
  bool owned = true;
  // dir already holds exactly the files to write, byte for byte: a synth of
  // an unchanged config. Writing them again would only churn inodes and
  // modification times (and cost more than the synthesis itself).
  bool unchanged = true;
};

// Reads dir's files one at a time, each compared and dropped at once: a
// config of many stacks never holds two copies of its templates.
// to_write: each file's name inside dir -> its contents.
DirectoryState InspectDirectory(const FileSystem& fs, const std::string& dir,
                                const std::set<std::string>& ours,
                                const std::map<std::string_view, std::string_view>& to_write) {
  DirectoryState state;
  std::vector<std::string> present = fs.ListDirectory(dir);
  state.unchanged = present.size() == to_write.size();
  for (const std::string& name : present) {
    if (ours.count(name) == 0) return DirectoryState{false, false};
    Result<std::string> text = fs.ReadFile(internal::JoinFilePath(dir, name));
    if (!text.ok()) return DirectoryState{false, false};
    auto it = to_write.find(name);
    state.unchanged = state.unchanged && it != to_write.end() && it->second == *text;
  }
  return state;
}

}  // namespace

Status WriteAssemblyDirectory(FileSystem& fs, const std::string& dir,
                              const std::vector<OutputFile>& files) {
  std::set<std::string> previous = PreviousTemplates(fs, dir);
  std::set<std::string> ours = previous;
  ours.insert({"manifest.json", "cdk.out"});
  const std::string prefix = internal::JoinFilePath(dir, "");
  std::map<std::string_view, std::string_view> to_write;
  for (const OutputFile& file : files) {
    to_write.emplace(NameInside(file.path, prefix), file.contents);
  }
  DirectoryState state = InspectDirectory(fs, dir, ours, to_write);
  if (state.unchanged) return OkStatus();
  std::string normal = std::filesystem::path(dir).lexically_normal().string();
  if (state.owned && normal != "." && normal != "./" && !normal.ends_with("..")) {
    std::vector<OutputFile> relative;
    for (const OutputFile& file : files) {
      relative.push_back({std::string(NameInside(file.path, prefix)), file.contents});
    }
    return fs.ReplaceDirectory(dir, relative);
  }

  Status status = fs.WriteFilesAtomically(files);
  if (!status.ok()) return status;
  for (const std::string& stale : previous) {
    if (to_write.count(stale) > 0) continue;
    Status removed = fs.RemoveFile(internal::JoinFilePath(dir, stale));
    if (!removed.ok()) return removed;
  }
  return OkStatus();
}

}  // namespace cdkpp
