#include "cdkpp/io/write_assembly.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
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

// The contents of every file in dir, when each is one a previous assembly
// wrote (its name in ours) and readable; nullopt when dir holds anything
// else (a directory in the way, someone else's file): then dir is shared.
std::optional<std::map<std::string, std::string>> OwnedFiles(const FileSystem& fs,
                                                             const std::string& dir,
                                                             const std::set<std::string>& ours) {
  std::map<std::string, std::string> contents;
  for (const std::string& name : fs.ListDirectory(dir)) {
    if (ours.count(name) == 0) return std::nullopt;
    Result<std::string> text = fs.ReadFile(internal::JoinFilePath(dir, name));
    if (!text.ok()) return std::nullopt;
    contents.emplace(name, std::move(*text));
  }
  return contents;
}

// Whether dir already holds exactly these files, byte for byte: a synth of
// an unchanged config. Writing them again would only churn inodes and
// modification times (and cost more than the synthesis itself).
bool AlreadyWritten(const std::map<std::string, std::string>& present,
                    const std::vector<OutputFile>& relative) {
  if (present.size() != relative.size()) return false;
  return std::all_of(relative.begin(), relative.end(), [&](const OutputFile& file) {
    auto it = present.find(file.path);
    return it != present.end() && it->second == file.contents;
  });
}

}  // namespace

Status WriteAssemblyDirectory(FileSystem& fs, const std::string& dir,
                              const std::vector<OutputFile>& files) {
  std::set<std::string> previous = PreviousTemplates(fs, dir);
  std::set<std::string> ours = previous;
  ours.insert({"manifest.json", "cdk.out"});
  // Only files of a previous assembly: a directory in the way (or anything
  // else) makes dir a shared one, whose writes fail rather than delete it.
  std::optional<std::map<std::string, std::string>> owned = OwnedFiles(fs, dir, ours);
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
  if (owned && AlreadyWritten(*owned, relative)) return OkStatus();
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
