#ifndef CDKPP_CLI_STDIN_FILE_SYSTEM_H_
#define CDKPP_CLI_STDIN_FILE_SYSTEM_H_

#include <optional>
#include <string>

#include "cdkpp/io/file_system.h"

namespace cdkpp::cli {

/// The disk, plus "-" meaning standard input (read once, on first use), as
/// in `aws cloudformation get-template ... | cdkpp diff - new.json`.
class StdinFileSystem : public RealFileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  bool Exists(const std::string& path) const override;

 private:
  mutable std::optional<std::string> stdin_;
};

}  // namespace cdkpp::cli

#endif  // CDKPP_CLI_STDIN_FILE_SYSTEM_H_
