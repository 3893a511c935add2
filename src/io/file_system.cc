#include "cdkpp/io/file_system.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace cdkpp {
namespace {

Diagnostic IoError(const std::string& path, const std::string& what) {
  Diagnostic d;
  d.code = "io";
  d.location.file = path;
  d.message = what;
  return d;
}

}  // namespace

Result<std::string> RealFileSystem::ReadFile(const std::string& path) const {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return IoError(path, "is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path, std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool RealFileSystem::Exists(const std::string& path) const {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

Status RealFileSystem::WriteFilesAtomically(const std::vector<OutputFile>& files) {
  namespace fs = std::filesystem;
  std::vector<std::string> temps;
  auto discard = [&temps] {
    for (const auto& t : temps) ::unlink(t.c_str());
  };
  // Phase 1: every file to a temporary sibling, so a failure leaves targets untouched.
  for (const auto& file : files) {
    fs::path target(file.path);
    std::error_code ec;
    if (std::error_code ignored; fs::is_directory(target, ignored)) {
      discard();
      return IoError(file.path, "cannot replace: a directory is in the way");
    }
    ec.clear();  // is_directory sets it when the target does not exist yet
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    if (ec) {
      discard();
      return IoError(target.parent_path().string(), "cannot create directory: " + ec.message());
    }
    std::string temp = file.path + ".tmp-" + std::to_string(::getpid());
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << file.contents;
    out.close();
    if (!out) {
      ::unlink(temp.c_str());
      discard();
      return IoError(file.path, std::string("cannot write: ") + std::strerror(errno));
    }
    temps.push_back(temp);
  }
  // Phase 2: rename is atomic per file on POSIX.
  for (size_t i = 0; i < files.size(); ++i) {
    if (std::rename(temps[i].c_str(), files[i].path.c_str()) != 0) {
      std::string reason = std::strerror(errno);
      for (size_t j = i; j < temps.size(); ++j) ::unlink(temps[j].c_str());
      return IoError(files[i].path, "cannot replace: " + reason);
    }
  }
  return OkStatus();
}

Result<std::string> InMemoryFileSystem::ReadFile(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return IoError(path, "cannot read: No such file or directory");
  return it->second;
}

bool InMemoryFileSystem::Exists(const std::string& path) const { return files_.count(path) > 0; }

Status InMemoryFileSystem::WriteFilesAtomically(const std::vector<OutputFile>& files) {
  for (const auto& file : files) files_[file.path] = file.contents;
  return OkStatus();
}

}  // namespace cdkpp
