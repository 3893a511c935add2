// An output directory holds exactly what its manifest lists: a renamed
// stack's old template goes, another program's files in a shared directory
// stay; an assembly already on disk byte for byte is left as it is.
#include "cdkpp/io/write_assembly.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace cdkpp {
namespace {

std::string Manifest(const std::vector<std::string>& templates) {
  std::string artifacts;
  for (const std::string& t : templates) {
    artifacts += std::string(artifacts.empty() ? "" : ",") + "\"" + t +
                 "\": {\"properties\": " + "{\"templateFile\": \"" + t + ".template.json\"}}";
  }
  return "{\"artifacts\": {" + artifacts + "}}";
}

std::vector<OutputFile> Assembly(const std::string& dir, const std::string& stack) {
  return {{dir + "/" + stack + ".template.json", "{}"},
          {dir + "/manifest.json", Manifest({stack})},
          {dir + "/cdk.out", "{}"}};
}

TEST(WriteAssemblyDirectory, ARenamedStacksTemplateDoesNotLinger) {
  InMemoryFileSystem fs;
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", Assembly("out", "Old")).ok());
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", Assembly("out", "New")).ok());
  EXPECT_EQ(fs.ListDirectory("out"),
            (std::vector<std::string>{"New.template.json", "cdk.out", "manifest.json"}));
}

TEST(WriteAssemblyDirectory, ASharedDirectoryKeepsItsOtherFiles) {
  InMemoryFileSystem fs;
  fs.Put("proj/cdkpp.yaml", "stacks: []");
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "proj", Assembly("proj", "Old")).ok());
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "proj", Assembly("proj", "New")).ok());
  EXPECT_EQ(fs.ListDirectory("proj"), (std::vector<std::string>{"New.template.json", "cdk.out",
                                                                "cdkpp.yaml", "manifest.json"}));
}

TEST(WriteAssemblyDirectory, ADirectoryInTheWayIsNeverReplaced) {
  InMemoryFileSystem fs;
  fs.Put("out/manifest.json/keep", "user data");  // manifest.json is a directory here
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", Assembly("out", "New")).ok());
  EXPECT_TRUE(fs.Exists("out/manifest.json/keep"));
}

TEST(WriteAssemblyDirectory, AManifestCannotNameFilesOutsideTheDirectory) {
  InMemoryFileSystem fs;
  fs.Put("proj/notes.txt", "keep");
  fs.Put("proj/manifest.json", Manifest({"../notes"}));
  fs.Put("notes.template.json", "keep");
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "proj", Assembly("proj", "New")).ok());
  EXPECT_TRUE(fs.Exists("notes.template.json"));
  EXPECT_TRUE(fs.Exists("proj/notes.txt"));
}

// Counts the calls that write, so a test can tell "nothing written" apart
// from "the same bytes written again".
class CountingFileSystem : public InMemoryFileSystem {
 public:
  Status WriteFilesAtomically(const std::vector<OutputFile>& files) override {
    ++writes;
    return InMemoryFileSystem::WriteFilesAtomically(files);
  }
  Status ReplaceDirectory(const std::string& dir, const std::vector<OutputFile>& files) override {
    ++writes;
    return InMemoryFileSystem::ReplaceDirectory(dir, files);
  }
  int writes = 0;
};

TEST(WriteAssemblyDirectory, AnUnchangedAssemblyIsNotWrittenAgain) {
  CountingFileSystem fs;
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", Assembly("out", "Same")).ok());
  ASSERT_EQ(fs.writes, 1);
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", Assembly("out", "Same")).ok());
  EXPECT_EQ(fs.writes, 1);
  EXPECT_EQ(*fs.ReadFile("out/Same.template.json"), "{}");
}

TEST(WriteAssemblyDirectory, OneChangedByteRewritesTheAssembly) {
  CountingFileSystem fs;
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", Assembly("out", "Same")).ok());
  std::vector<OutputFile> changed = Assembly("out", "Same");
  changed[0].contents = "{ }";
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", changed).ok());
  EXPECT_EQ(fs.writes, 2);
  EXPECT_EQ(*fs.ReadFile("out/Same.template.json"), "{ }");
}

TEST(WriteAssemblyDirectory, AnExtraFileInTheDirectoryIsNotUnchanged) {
  CountingFileSystem fs;
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", Assembly("out", "Same")).ok());
  fs.Put("out/Gone.template.json", "{}");  // a stack the manifest no longer lists...
  fs.Put("out/manifest.json", Manifest({"Same", "Gone"}));  // ...that a previous synth wrote
  ASSERT_TRUE(WriteAssemblyDirectory(fs, "out", Assembly("out", "Same")).ok());
  EXPECT_EQ(fs.writes, 2);
  EXPECT_FALSE(fs.Exists("out/Gone.template.json"));
  EXPECT_EQ(*fs.ReadFile("out/manifest.json"), Manifest({"Same"}));
}

// On disk: a re-synth of the same config leaves the very same files (inode
// and all); a changed one replaces them.
TEST(WriteAssemblyDirectory, OnDiskAnUnchangedAssemblyKeepsItsFiles) {
  char pattern[] = "/tmp/cdkpp-assembly-XXXXXX";
  std::string root = mkdtemp(pattern);
  std::string out = root + "/cdk.out";
  RealFileSystem disk;
  auto inode = [](const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
  };
  ASSERT_TRUE(WriteAssemblyDirectory(disk, out, Assembly(out, "Same")).ok());
  ino_t first = inode(out + "/manifest.json");
  ASSERT_NE(first, 0u);
  ASSERT_TRUE(WriteAssemblyDirectory(disk, out, Assembly(out, "Same")).ok());
  EXPECT_EQ(inode(out + "/manifest.json"), first);
  std::vector<OutputFile> changed = Assembly(out, "Same");
  changed[0].contents = "{ }";
  ASSERT_TRUE(WriteAssemblyDirectory(disk, out, changed).ok());
  EXPECT_NE(inode(out + "/manifest.json"), first);
  EXPECT_EQ(*disk.ReadFile(out + "/Same.template.json"), "{ }");
  std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace cdkpp
