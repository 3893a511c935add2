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

// The names in dir, sorted, as one string: "a.json b.json".
std::string Listing(const std::string& dir) {
  std::string out;
  for (const std::string& name : RealFileSystem().ListDirectory(dir)) {
    out += (out.empty() ? "" : " ") + name;
  }
  return out;
}

TEST_F(RealFileSystemTest, ReplaceDirectoryLeavesExactlyTheNewFiles) {
  ASSERT_TRUE(disk_.ReplaceDirectory(dir_ + "/out", {{"old.json", "1"}, {"manifest.json", "m1"}}).ok());
  EXPECT_EQ("manifest.json old.json", Listing(dir_ + "/out"));
  ASSERT_TRUE(disk_.ReplaceDirectory(dir_ + "/out/", {{"new.json", "2"}, {"manifest.json", "m2"}}).ok());
  EXPECT_EQ("manifest.json new.json", Listing(dir_ + "/out"));
  EXPECT_EQ("m2", *disk_.ReadFile(dir_ + "/out/manifest.json"));
  // The sibling temporary directory and the old contents are gone.
  EXPECT_EQ("out", Listing(dir_));
}

TEST_F(RealFileSystemTest, ReplaceDirectoryFailureLeavesTheOldDirectory) {
  ASSERT_TRUE(disk_.ReplaceDirectory(dir_ + "/out", {{"a.json", "old"}}).ok());
  // "a.json/b.json" needs a.json as a directory and as a file: the write fails.
  Status replaced = disk_.ReplaceDirectory(dir_ + "/out", {{"a.json", "new"}, {"a.json/b.json", "B"}});
  ASSERT_FALSE(replaced.ok());
  EXPECT_EQ("old", *disk_.ReadFile(dir_ + "/out/a.json"));
  EXPECT_EQ("out", Listing(dir_));
}

TEST_F(RealFileSystemTest, ListAndRemove) {
  EXPECT_EQ("", Listing(dir_ + "/missing"));
  ASSERT_TRUE(disk_.WriteFilesAtomically({{dir_ + "/b", "B"}, {dir_ + "/a", "A"}}).ok());
  EXPECT_EQ("a b", Listing(dir_));
  ASSERT_TRUE(disk_.RemoveFile(dir_ + "/a").ok());
  ASSERT_TRUE(disk_.RemoveFile(dir_ + "/a").ok());  // already gone: no error
  EXPECT_EQ("b", Listing(dir_));
}

TEST(InMemoryFileSystemTest, ReplaceDirectoryAndListing) {
  InMemoryFileSystem memory;
  memory.Put("out/old.json", "1");
  memory.Put("out/sub/x", "2");
  memory.Put("outside", "3");
  EXPECT_EQ(memory.ListDirectory("out"), (std::vector<std::string>{"old.json", "sub"}));
  ASSERT_TRUE(memory.ReplaceDirectory("out", {{"new.json", "4"}}).ok());
  EXPECT_EQ(memory.ListDirectory("out"), (std::vector<std::string>{"new.json"}));
  EXPECT_TRUE(memory.Exists("outside"));
  ASSERT_TRUE(memory.RemoveFile("outside").ok());
  EXPECT_FALSE(memory.Exists("outside"));
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
