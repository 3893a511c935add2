#include "util/text.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace cdkpp::internal {
namespace {

// What /bin/sh makes of `printf %s WORD`: the one argument it read.
std::string ShellReads(const std::string& word) {
  std::string command = "printf %s " + word;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return "<popen failed>";
  std::string out;
  char buffer[256];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

TEST(ShellWordTest, PlainPathsStayAsTheyAre) {
  EXPECT_EQ("cdk.out/Stack.template.json", ShellWord("cdk.out/Stack.template.json"));
  EXPECT_EQ("/tmp/a-b_c/x=1,y@z%+:", ShellWord("/tmp/a-b_c/x=1,y@z%+:"));
}

TEST(ShellWordTest, TheShellReadsBackExactlyTheString) {
  for (std::string s : {"my out/Stack.template.json", "it's", "$(rm -rf ~)", "a\"b\\c", "*", "",
                        "tab\there", "semi;colon", "back`tick`", "new\nline"}) {
    EXPECT_EQ(s, ShellReads(ShellWord(s))) << ShellWord(s);
  }
  EXPECT_EQ("'my out/x'", ShellWord("my out/x"));
  EXPECT_EQ("'it'\\''s'", ShellWord("it's"));
}

}  // namespace
}  // namespace cdkpp::internal
