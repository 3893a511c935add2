#ifndef CDKPP_TESTS_VALIDATE_VALIDATE_TEST_UTIL_H_
#define CDKPP_TESTS_VALIDATE_VALIDATE_TEST_UTIL_H_

#include <string>
#include <vector>

#include "cdkpp/validate/validate.h"

namespace cdkpp::validate::test_util {

/// Findings of one rule only.
inline std::vector<Finding> Only(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  for (const auto& f : all) {
    if (f.code == rule) out.push_back(f);
  }
  return out;
}

/// Validates a template given as JSON text.
inline std::vector<Finding> Run(const std::string& json, ValidateOptions options = {}) {
  return ValidateTemplate(Json::parse(json), options);
}

/// "RULE logical path: message" lines, for whole-list comparisons.
inline std::vector<std::string> Lines(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    out.push_back(f.code + " " + f.logical_id + " " + f.key_path + ": " + f.message);
  }
  return out;
}

}  // namespace cdkpp::validate::test_util

#endif  // CDKPP_TESTS_VALIDATE_VALIDATE_TEST_UTIL_H_
