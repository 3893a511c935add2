#include "cdkpp/core/diagnostic.h"

#include <gtest/gtest.h>

#include "cdkpp/core/result.h"

namespace cdkpp {
namespace {

TEST(DiagnosticTest, ToStringLeavesOutEmptyParts) {
  Diagnostic d;
  d.message = "expected an integer >= 1, got \"two\"";
  EXPECT_EQ("expected an integer >= 1, got \"two\"", d.ToString());
  d.key_path = "stacks[0].stream.shardCount";
  d.location = {"pipeline.yaml", 14, 7};
  EXPECT_EQ("pipeline.yaml:14:7: stacks[0].stream.shardCount: expected an integer >= 1, got \"two\"",
            d.ToString());
  d.detail = "    shardCount: two\n                ^";
  EXPECT_EQ("pipeline.yaml:14:7: stacks[0].stream.shardCount: expected an integer >= 1, got "
            "\"two\"\n    shardCount: two\n                ^",
            d.ToString());
  d.location = {"pipeline.yaml", 0, 0};
  d.detail.clear();
  EXPECT_EQ("pipeline.yaml: stacks[0].stream.shardCount: expected an integer >= 1, got \"two\"",
            d.ToString());
}

TEST(ResultTest, ValueOrErrors) {
  Result<int> ok = 3;
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(3, *ok);
  Result<int> failed = Error("a.b", "broken");
  EXPECT_FALSE(failed.ok());
  EXPECT_TRUE(HasErrors(failed.diagnostics()));
  EXPECT_EQ("a.b: broken", failed.diagnostics()[0].ToString());
  Diagnostics warnings = {Diagnostic{Severity::kWarning, "W1", {}, "", "careful", ""}};
  EXPECT_FALSE(HasErrors(warnings));
}

}  // namespace
}  // namespace cdkpp
