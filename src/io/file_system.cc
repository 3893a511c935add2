#include "cdkpp/io/file_system.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include "util/path.h"

namespace cdkpp {
namespace {

Diagnostic IoError(const std::string& path, const std::string& what) {
  Diagnostic d;
  d.code = "io";
  d.location.file = path;
  d.message = what;
  return d;
}

// Holds back the signals that end a process from the keyboard or a
// supervisor while files are being replaced: a write then completes or rolls
// back, and the pending signal takes effect when the guard ends.
class SignalsHeldBack {
 public:
  SignalsHeldBack() {
    sigset_t held;
    sigemptyset(&held);
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&held, sig);
    pthread_sigmask(SIG_BLOCK, &held, &previous_);
  }
  ~SignalsHeldBack() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  SignalsHeldBack(const SignalsHeldBack&) = delete;
  SignalsHeldBack& operator=(const SignalsHeldBack&) = delete;

 private:
  sigset_t previous_;
};

// Writes path whole, creating its parent directories.
Status WriteWholeFile(const std::string& path, const std::string& contents) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) return IoError(target.parent_path().string(), "cannot create directory: " + ec.message());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << contents;
  out.close();
  if (!out) return IoError(path, std::string("cannot write: ") + std::strerror(errno));
  return OkStatus();
}

// Reads fd to its end into *text: one read of the size the file has (a
// large template in one call, into its final buffer, not through a growing
// stream buffer and a copy), then more while the file grows or for pipes.
// Returns 0 or the errno of the failed read.
int ReadAll(int fd, std::size_t expected_size, std::string* text) {
  constexpr std::size_t kChunk = 64 * 1024;
  text->resize(expected_size + 1);  // one byte more: the end shows in the first read
  std::size_t used = 0;
  while (true) {
    if (used == text->size()) text->resize(used + kChunk);
    ssize_t n = ::read(fd, text->data() + used, text->size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  text->resize(used);
  return 0;
}

}  // namespace

Result<std::string> RealFileSystem::ReadFile(const std::string& path) const {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  std::error_code ec;
  bool is_directory = fd < 0 ? std::filesystem::is_directory(path, ec)
                             : ::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode);
  if (is_directory) {
    if (fd >= 0) ::close(fd);
    return IoError(path, "is a directory, not a file");
  }
  if (fd < 0) return IoError(path, std::string("cannot read: ") + std::strerror(errno));
  std::string text;
  int error = ReadAll(fd, S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0, &text);
  ::close(fd);
  if (error != 0) return IoError(path, std::string("cannot read: ") + std::strerror(error));
  return text;
}

bool RealFileSystem::Exists(const std::string& path) const {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

Status RealFileSystem::WriteFilesAtomically(const std::vector<OutputFile>& files) {
  namespace fs = std::filesystem;
  SignalsHeldBack held;
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
    ec.clear();  // is_directory reports a missing target through ec: no error here
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

Status RealFileSystem::ReplaceDirectory(const std::string& dir,
                                        const std::vector<OutputFile>& files) {
  namespace fs = std::filesystem;
  SignalsHeldBack held;
  std::string target = fs::path(dir).lexically_normal().string();
  while (target.size() > 1 && target.back() == '/') target.pop_back();
  const std::string suffix = "-" + std::to_string(::getpid());
  const std::string temp = target + ".tmp" + suffix;
  std::error_code ec;
  auto fail = [&](const std::string& path, const std::string& what) {
    fs::remove_all(temp, ec);
    return IoError(path, what);
  };
  fs::remove_all(temp, ec);
  fs::create_directories(temp, ec);
  if (ec) return fail(temp, "cannot create directory: " + ec.message());
  for (const OutputFile& file : files) {
    Status written = WriteWholeFile(internal::JoinFilePath(temp, file.path), file.contents);
    if (!written.ok()) {
      fs::remove_all(temp, ec);
      return written;
    }
  }
  if (!fs::exists(target, ec)) {
    fs::path parent = fs::path(target).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    if (std::rename(temp.c_str(), target.c_str()) != 0) {
      return fail(target, std::string("cannot create: ") + std::strerror(errno));
    }
    return OkStatus();
  }
  if (!fs::is_directory(target, ec)) return fail(target, "cannot replace: not a directory");
  // One atomic step where the kernel allows it: readers see the old
  // directory or the new one, never a mix.
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    fs::remove_all(temp, ec);  // now the old contents
    return OkStatus();
  }
  // Elsewhere two renames: the old directory aside, the new one in its place.
  const std::string old = target + ".old" + suffix;
  if (std::rename(target.c_str(), old.c_str()) != 0) {
    return fail(target, std::string("cannot replace: ") + std::strerror(errno));
  }
  if (std::rename(temp.c_str(), target.c_str()) != 0) {
    std::string reason = std::strerror(errno);
    std::rename(old.c_str(), target.c_str());
    return fail(target, "cannot replace: " + reason);
  }
  fs::remove_all(old, ec);
  return OkStatus();
}

std::vector<std::string> RealFileSystem::ListDirectory(const std::string& dir) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

Status RealFileSystem::RemoveFile(const std::string& path) {
  SignalsHeldBack held;
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
    return IoError(path, std::string("cannot remove: ") + std::strerror(errno));
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

Status InMemoryFileSystem::ReplaceDirectory(const std::string& dir,
                                            const std::vector<OutputFile>& files) {
  const std::string prefix = internal::JoinFilePath(dir, "");
  std::erase_if(files_, [&prefix](const auto& entry) { return entry.first.starts_with(prefix); });
  for (const auto& file : files) files_[internal::JoinFilePath(dir, file.path)] = file.contents;
  return OkStatus();
}

std::vector<std::string> InMemoryFileSystem::ListDirectory(const std::string& dir) const {
  const std::string prefix = internal::JoinFilePath(dir, "");
  std::set<std::string> names;  // a subdirectory shows once, however many files it holds
  for (const auto& [path, contents] : files_) {
    if (!path.starts_with(prefix)) continue;
    std::string rest = path.substr(prefix.size());
    names.insert(rest.substr(0, rest.find('/')));
  }
  return {names.begin(), names.end()};
}

Status InMemoryFileSystem::RemoveFile(const std::string& path) {
  files_.erase(path);
  return OkStatus();
}

}  // namespace cdkpp
