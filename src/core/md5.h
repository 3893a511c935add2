#ifndef CDKPP_CORE_MD5_H_
#define CDKPP_CORE_MD5_H_

#include <string>

namespace cdkpp::internal {

/// The MD5 digest of data as 32 lowercase hex characters (RFC 1321). Used only
/// for CDK-compatible logical ids, never for security.
std::string Md5Hex(const std::string& data);

}  // namespace cdkpp::internal

#endif  // CDKPP_CORE_MD5_H_
