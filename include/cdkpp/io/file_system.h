#ifndef CDKPP_IO_FILE_SYSTEM_H_
#define CDKPP_IO_FILE_SYSTEM_H_

#include <map>
#include <string>
#include <vector>

#include "cdkpp/core/output_file.h"
#include "cdkpp/core/result.h"

namespace cdkpp {

/// The file access the library needs. Abstract so tests run in memory
/// (InMemoryFileSystem) and the CLI uses the disk (RealFileSystem).
class FileSystem {
 public:
  virtual ~FileSystem() = default;

  /// The whole file, or an error naming the path and the reason.
  virtual Result<std::string> ReadFile(const std::string& path) const = 0;
  virtual bool Exists(const std::string& path) const = 0;

  /// Writes every file or none: all contents go to temporary files next to
  /// their targets first, then each is renamed over its target. Creates the
  /// parent directories. On error no target has been replaced.
  virtual Status WriteFilesAtomically(const std::vector<OutputFile>& files) = 0;
};

/// The real disk, through POSIX calls.
class RealFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  Status WriteFilesAtomically(const std::vector<OutputFile>& files) override;
};

/// A map from path to contents, for tests.
class InMemoryFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  Status WriteFilesAtomically(const std::vector<OutputFile>& files) override;

  /// Adds or replaces a file.
  void Put(const std::string& path, std::string contents) { files_[path] = std::move(contents); }
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace cdkpp

#endif  // CDKPP_IO_FILE_SYSTEM_H_
