#ifndef CDKPP_CORE_OUTPUT_FILE_H_
#define CDKPP_CORE_OUTPUT_FILE_H_

#include <string>

namespace cdkpp {

/// A file synthesis produces: its path and complete contents. Core makes
/// them (CloudAssembly::Files); io/ writes them.
struct OutputFile {
  std::string path;
  std::string contents;
};

}  // namespace cdkpp

#endif  // CDKPP_CORE_OUTPUT_FILE_H_
