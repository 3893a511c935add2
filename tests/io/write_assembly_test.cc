// An output directory holds exactly what its manifest lists: a renamed
// stack's old template goes, another program's files in a shared directory
// stay.
#include "cdkpp/io/write_assembly.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace cdkpp
