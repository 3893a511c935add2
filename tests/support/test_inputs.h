#ifndef CDKPP_TESTS_SUPPORT_TEST_INPUTS_H_
#define CDKPP_TESTS_SUPPORT_TEST_INPUTS_H_

#include <string>

#include "cdkpp/core/json.h"

// Inputs the unit tests read: files of the source tree and literal
// templates. Written once here: CI compiles the tests as a unity build, where
// two test files' private helpers of the same name would collide.
namespace cdkpp::testing {

/// The bytes of a file, by its path relative to the source tree ("" if it
/// cannot be read).
std::string ReadSourceFile(const std::string& relative);

/// A JSON literal of a test, parsed (nlohmann; throws on a typo in the test).
Json J(const char* json_text);

/// text parsed as a CloudFormation template named t.yaml (YAML or JSON);
/// fails the current test (returns null) when it does not parse.
Json MustParseTemplate(const std::string& text);

}  // namespace cdkpp::testing

#endif  // CDKPP_TESTS_SUPPORT_TEST_INPUTS_H_
