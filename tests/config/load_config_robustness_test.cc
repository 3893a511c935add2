// Mutated configs must always end in a config or in located diagnostics:
// never an exception, a hang or a crash (yaml-cpp has had all three).
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "cdkpp/config/load_config.h"
#include "support/test_inputs.h"

namespace cdkpp {
namespace {

// Deletes, inserts or replaces a few bytes with characters YAML and JSON give
// meaning to. std::mt19937 is specified exactly, so every run sees the same inputs.
std::string Mutate(std::string text, std::mt19937& rng) {
  static const std::string kSpecials = "[]{}:,-?&*!|>'\"%@`#\n \t0123456789.~";
  int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits; ++e) {
    std::size_t pos = rng() % (text.size() + 1);
    char c = kSpecials[rng() % kSpecials.size()];
    switch (rng() % 3) {
      case 0:
        if (pos < text.size()) text.erase(pos, 1 + rng() % 5);
        break;
      case 1:
        text.insert(pos, 1, c);
        break;
      default:
        if (pos < text.size()) text[pos] = c;
    }
  }
  return text;
}

void CheckMutations(const std::string& file, int count) {
  std::string base = testing::ReadSourceFile("tests/testdata/config/" + file);
  std::mt19937 rng(20261124);
  int failures = 0;
  for (int i = 0; i < count; ++i) {
    std::string text = Mutate(base, rng);
    Result<PipelineConfig> result = ParsePipelineConfig(file, text);
    if (result.ok()) continue;
    ++failures;
    ASSERT_FALSE(result.diagnostics().empty());
    for (const Diagnostic& d : result.diagnostics()) {
      ASSERT_TRUE(d.location.known()) << d.ToString() << "\ninput:\n" << text;
      ASSERT_EQ(file, d.location.file);
      ASSERT_FALSE(d.message.empty()) << text;
    }
  }
  EXPECT_GT(failures, count / 2);  // the mutations do break most inputs
}

TEST(LoadConfigRobustnessTest, MutatedYaml) { CheckMutations("every_key.yaml", 1000); }

TEST(LoadConfigRobustnessTest, MutatedJson) { CheckMutations("every_key.json", 1000); }

TEST(LoadConfigRobustnessTest, KnownParserTraps) {
  // Inputs that hang, exhaust memory or crash some yaml-cpp versions.
  for (const char* text : {",", ", a\nstacks: []", "[:", "{:", "{foo:", "{# ke\ny{:",
                           "stacks: [{name: A}]\n---\n, x", "&a [*a]", "stacks: &s [*s]"}) {
    Result<PipelineConfig> result = ParsePipelineConfig("c.yaml", text);
    EXPECT_FALSE(result.ok()) << text;
  }
}

}  // namespace
}  // namespace cdkpp
