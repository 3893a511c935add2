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

  /// Makes dir hold exactly `files` (paths relative to dir), all at once:
  /// they are written to a sibling temporary directory, which then takes
  /// dir's place; the old contents are removed. On error dir is untouched.
  /// REQUIRES: dir names a directory the caller owns entirely (not ".").
  virtual Status ReplaceDirectory(const std::string& dir, const std::vector<OutputFile>& files) = 0;

  /// The names in dir (files and subdirectories), sorted; empty when dir
  /// does not exist.
  virtual std::vector<std::string> ListDirectory(const std::string& dir) const = 0;

  /// Removes one file; a missing file is no error.
  virtual Status RemoveFile(const std::string& path) = 0;
};

/// The real disk, through POSIX calls. The writing calls hold back SIGINT,
/// SIGTERM, SIGHUP and SIGQUIT until they have finished or rolled back, so an
/// interrupted synth leaves no temporary file: the signal then takes effect.
class RealFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  Status WriteFilesAtomically(const std::vector<OutputFile>& files) override;
  Status ReplaceDirectory(const std::string& dir, const std::vector<OutputFile>& files) override;
  std::vector<std::string> ListDirectory(const std::string& dir) const override;
  Status RemoveFile(const std::string& path) override;
};

/// A map from path to contents, for tests.
class InMemoryFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  Status WriteFilesAtomically(const std::vector<OutputFile>& files) override;
  Status ReplaceDirectory(const std::string& dir, const std::vector<OutputFile>& files) override;
  std::vector<std::string> ListDirectory(const std::string& dir) const override;
  Status RemoveFile(const std::string& path) override;

  /// Adds or replaces a file.
  void Put(const std::string& path, std::string contents) { files_[path] = std::move(contents); }
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace cdkpp

#endif  // CDKPP_IO_FILE_SYSTEM_H_
