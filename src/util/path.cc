#include "util/path.h"

namespace cdkpp::internal {

std::string JoinFilePath(const std::string& dir, const std::string& file) {
  if (dir.empty() || dir == ".") return file;
  return dir.back() == '/' ? dir + file : dir + "/" + file;
}

}  // namespace cdkpp::internal
