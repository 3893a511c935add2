#ifndef CDKPP_UTIL_PATH_H_
#define CDKPP_UTIL_PATH_H_

#include <string>

namespace cdkpp::internal {

/// file inside dir: "out" + "a.json" -> "out/a.json"; no doubled slash when
/// dir ends with one; an empty dir or "." gives file itself.
std::string JoinFilePath(const std::string& dir, const std::string& file);

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_PATH_H_
