#include "cdkpp/io/file_system.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace cdkpp {
namespace {

namespace fs = std::filesystem;

class RealFileSystemTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/cdkpp-fs-XXXXXX";
    dir_ = mkdtemp(pattern);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
  RealFileSystem disk_;
};

TEST_F(RealFileSystemTest, WritesAllFilesCreatingDirectories) {
  Status written = disk_.WriteFilesAtomically({{dir_ + "/out/a.json", "A"}, {dir_ + "/out/b.json", "B"}});
  ASSERT_TRUE(written.ok());
  EXPECT_EQ("A", *disk_.ReadFile(dir_ + "/out/a.json"));
  EXPECT_EQ("B", *disk_.ReadFile(dir_ + "/out/b.json"));
  // No temporary files remain next to the targets.
  EXPECT_EQ(2, std::distance(fs::directory_iterator(dir_ + "/out"), fs::directory_iterator()));
}

TEST_F(RealFileSystemTest, FailureLeavesExistingTargetsUntouched) {
  ASSERT_TRUE(disk_.WriteFilesAtomically({{dir_ + "/a.json", "old"}}).ok());
  // The second file's parent is a regular file, so its directory cannot be made.
  std::ofstream(dir_ + "/blocker") << "x";
  Status written =
      disk_.WriteFilesAtomically({{dir_ + "/a.json", "new"}, {dir_ + "/blocker/b.json", "B"}});
  ASSERT_FALSE(written.ok());
  EXPECT_EQ("old", *disk_.ReadFile(dir_ + "/a.json"));
  EXPECT_EQ(2, std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
}

TEST_F(RealFileSystemTest, ReadErrorsNameThePath) {
  Result<std::string> missing = disk_.ReadFile(dir_ + "/nope.yaml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(dir_ + "/nope.yaml: cannot read: No such file or directory",
            missing.diagnostics()[0].ToString());
  Result<std::string> directory = disk_.ReadFile(dir_);
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(dir_ + ": is a directory, not a file", directory.diagnostics()[0].ToString());
}

TEST(InMemoryFileSystemTest, ReadsWhatWasPut) {
  InMemoryFileSystem memory;
  memory.Put("cdkpp.yaml", "stacks: []");
  EXPECT_TRUE(memory.Exists("cdkpp.yaml"));
  EXPECT_EQ("stacks: []", *memory.ReadFile("cdkpp.yaml"));
  EXPECT_FALSE(memory.ReadFile("other.yaml").ok());
}

}  // namespace
}  // namespace cdkpp
