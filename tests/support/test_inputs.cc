#include "support/test_inputs.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cdkpp/template/load_template.h"

namespace cdkpp::testing {

std::string ReadSourceFile(const std::string& relative) {
  std::ifstream in(std::string(CDKPP_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Json J(const char* json_text) { return Json::parse(json_text); }

Json MustParseTemplate(const std::string& text) {
  Result<Json> r = ParseTemplate("t.yaml", text);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.diagnostics()[0].ToString());
  return r.ok() ? *r : Json();
}

}  // namespace cdkpp::testing
