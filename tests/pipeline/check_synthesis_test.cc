// The validate-before-writing policy: an unsuppressed error blocks writing,
// warnings do not, a reasoned suppression lifts a block; the config-driven
// and the C++ API entry points decide alike.
#include "cdkpp/pipeline/check_synthesis.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/io/file_system.h"

namespace cdkpp {
namespace {

std::vector<std::string> Blocking(const SynthesisCheck& check) {
  std::vector<std::string> out;
  for (const StackCheck& stack : check.stacks) {
    for (const auto& f : stack.report.findings) {
      if (!f.suppressed && f.severity == Severity::kError) {
        out.push_back(stack.report.name + " " + f.code);
      }
    }
  }
  return out;
}

// A database open to the internet: CDKPP-SEC-002 and -003 are errors.
PipelineStackProps PublicDatabase() {
  PipelineStackProps props;
  props.database.publicly_accessible = true;
  props.database.allowed_cidrs = {"0.0.0.0/0"};
  return props;
}

TEST(CheckSynthesis, AnUnsuppressedErrorBlocksWriting) {
  App app;
  New<PipelineStack>(app, "Open", PublicDatabase());
  Result<CloudAssembly> assembly = app.Synth();
  ASSERT_TRUE(assembly.ok());
  SynthesisCheck check = CheckSynthesis(*assembly, {});
  EXPECT_FALSE(check.may_write());
  EXPECT_EQ(Blocking(check),
            (std::vector<std::string>{"Open CDKPP-SEC-002", "Open CDKPP-SEC-003"}));
}

TEST(CheckSynthesis, ReasonedSuppressionsLiftTheBlock) {
  App app;
  New<PipelineStack>(app, "Open", PublicDatabase());
  Result<CloudAssembly> assembly = app.Synth();
  ASSERT_TRUE(assembly.ok());
  SynthesisCheck check = CheckSynthesis(*assembly, {{"CDKPP-SEC-002", "lab", "Database", {}},
                                                    {"CDKPP-SEC-003", "lab", "Database", {}}});
  EXPECT_TRUE(check.may_write());
  EXPECT_TRUE(Blocking(check).empty());
  // Stacks left with warnings are still reported, with has_errors false.
  for (const StackCheck& stack : check.stacks) EXPECT_FALSE(stack.has_errors);
}

TEST(CheckSynthesis, ConfigSuppressionsApplyAndFindingsPointAtTheConfig) {
  InMemoryFileSystem fs;
  fs.Put("c.yaml",
         "stacks:\n"
         "  - name: Test\n"
         "    database:\n"
         "      publiclyAccessible: true\n"
         "      allowedCidrs: [\"0.0.0.0/0\"]\n"
         "    suppressions:\n"
         "      - rule: CDKPP-SEC-002\n"
         "        resource: Database\n"
         "        reason: lab only\n");
  Result<ConfigSynthesis> synthesis = SynthesizeConfigWithSource("c.yaml", fs, "");
  ASSERT_TRUE(synthesis.ok());
  SynthesisCheck check = CheckSynthesis(*synthesis);
  EXPECT_FALSE(check.may_write());
  EXPECT_EQ(Blocking(check), (std::vector<std::string>{"Test (c.yaml) CDKPP-SEC-003"}));
  ASSERT_EQ(check.stacks.size(), 1u);
  for (const auto& f : check.stacks[0].report.findings) {
    if (f.code == "CDKPP-SEC-003") {
      EXPECT_EQ(f.location.ToString(), "c.yaml:4:7");
    }
  }
}

TEST(CheckSynthesis, TheShippedExampleMayBeWritten) {
  RealFileSystem fs;
  Result<ConfigSynthesis> synthesis =
      SynthesizeConfigWithSource(std::string(CDKPP_SOURCE_DIR) + "/examples/pipeline.yaml", fs, "");
  ASSERT_TRUE(synthesis.ok());
  SynthesisCheck check = CheckSynthesis(*synthesis);
  EXPECT_TRUE(check.may_write());
  EXPECT_TRUE(check.stacks.empty());  // every finding is suppressed with a reason
}

}  // namespace
}  // namespace cdkpp
