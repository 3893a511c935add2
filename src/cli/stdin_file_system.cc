#include "cli/stdin_file_system.h"

#include <iostream>
#include <iterator>

namespace cdkpp::cli {

Result<std::string> StdinFileSystem::ReadFile(const std::string& path) const {
  if (path != "-") return RealFileSystem::ReadFile(path);
  if (!stdin_) {
    stdin_ = std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  return *stdin_;
}

bool StdinFileSystem::Exists(const std::string& path) const {
  return path == "-" || RealFileSystem::Exists(path);
}

}  // namespace cdkpp::cli
