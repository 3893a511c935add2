#include "cdkpp/core/construct.h"

#include <gtest/gtest.h>

#include "cdkpp/core/app.h"
#include "cdkpp/core/stack.h"

namespace cdkpp {
namespace {

TEST(ConstructTest, PathsJoinIdsBelowTheRoot) {
  App app;
  auto& stack = New<Stack>(app, "MyStack");
  auto& group = New<Construct>(stack, "Group");
  auto& leaf = New<Construct>(group, "Leaf");
  EXPECT_EQ("MyStack/Group/Leaf", leaf.path());
  EXPECT_EQ((std::vector<std::string>{"MyStack", "Group", "Leaf"}), leaf.PathComponents());
  EXPECT_EQ(&leaf, group.FindChild("Leaf"));
  EXPECT_EQ(nullptr, group.FindChild("Other"));
}

TEST(ConstructTest, ChildrenKeepInsertionOrder) {
  App app;
  auto& stack = New<Stack>(app, "S");
  for (const char* id : {"Zeta", "Alpha", "Mid"}) New<Construct>(stack, id);
  std::vector<std::string> ids;
  for (const auto& child : stack.children()) ids.push_back(child->id());
  EXPECT_EQ((std::vector<std::string>{"Zeta", "Alpha", "Mid"}), ids);
}

TEST(ConstructTest, DuplicateIdIsReportedWithPath) {
  App app;
  auto& stack = New<Stack>(app, "S");
  New<Construct>(stack, "Twice");
  New<Construct>(stack, "Twice");
  Diagnostics errors;
  app.CollectErrors(&errors);
  ASSERT_EQ(1u, errors.size());
  EXPECT_EQ("While synthesizing S: there is already a construct with id \"Twice\"",
            errors[0].message);
}

TEST(ConstructTest, IdsWithSlashOrEmptyAreRejected) {
  App app;
  auto& stack = New<Stack>(app, "S");
  New<Construct>(stack, "a/b");
  New<Construct>(stack, "");
  Diagnostics errors;
  app.CollectErrors(&errors);
  ASSERT_EQ(2u, errors.size());
  EXPECT_EQ("While synthesizing S: construct id \"a/b\" must not contain '/'", errors[0].message);
  EXPECT_EQ("While synthesizing S: construct ids must not be empty", errors[1].message);
}

TEST(ConstructTest, AddingAfterLockIsAnError) {
  App app;
  auto& stack = New<Stack>(app, "S");
  app.Lock();
  New<Construct>(stack, "Late");
  Diagnostics errors;
  app.CollectErrors(&errors);
  ASSERT_EQ(1u, errors.size());
  EXPECT_EQ("While synthesizing S: cannot add child \"Late\" during synthesis", errors[0].message);
}

}  // namespace
}  // namespace cdkpp
