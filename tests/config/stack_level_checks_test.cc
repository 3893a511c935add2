// Checks across a stack entry or across stacks: account-wide names, description size.
#include <gtest/gtest.h>

#include "cdkpp/config/load_config.h"

namespace cdkpp {
namespace {

std::vector<std::string> StackLevelErrors(const std::string& yaml) {
  Result<PipelineConfig> config = ParsePipelineConfig("two.yaml", yaml);
  std::vector<std::string> out;
  if (!config.ok()) {
    for (const auto& d : config.diagnostics()) out.push_back(d.location.ToString() + ": " + d.key_path + ": " + d.message);
  }
  return out;
}

TEST(AccountWideNamesTest, TwoStacksMayNotBothOwnTheDmsServiceRoles) {
  EXPECT_EQ((std::vector<std::string>{
                "two.yaml:4:42: stacks[1].replication.serviceRoles: expected auto or existing: "
                "stacks[0] already creates dms-vpc-role and dms-cloudwatch-logs-role, whose names "
                "are unique per account"}),
            StackLevelErrors("stacks:\n  - {name: A, replication: {serviceRoles: stack}}\n  - name: B\n"
                   "    replication: {instanceIdentifier: b, serviceRoles: stack}\n"
                   "    stream: {name: b}\n"));
}

TEST(AccountWideNamesTest, TheFormerSwitchStillCollidesInItsOwnWords) {
  EXPECT_EQ((std::vector<std::string>{
                "two.yaml:4:42: stacks[1].replication.createServiceRoles: expected false: "
                "stacks[0] already creates dms-vpc-role and dms-cloudwatch-logs-role, whose names "
                "are unique per account"}),
            StackLevelErrors("stacks:\n  - {name: A, replication: {createServiceRoles: true}}\n  - name: B\n"
                   "    replication: {instanceIdentifier: b, createServiceRoles: true}\n"
                   "    stream: {name: b}\n"));
}

TEST(AccountWideNamesTest, StacksEnsuringTheRolesNeverCollide) {
  EXPECT_TRUE(StackLevelErrors("stacks:\n  - {name: A}\n  - name: B\n    replication: {instanceIdentifier: b}\n"
                     "    stream: {name: b}\n")
                  .empty());
}

TEST(AccountWideNamesTest, ServiceRolesAndItsFormerSpellingExcludeEachOther) {
  EXPECT_EQ((std::vector<std::string>{
                "two.yaml:3:39: stacks[0].replication.createServiceRoles: not allowed together "
                "with \"serviceRoles\" (createServiceRoles is its former spelling)"}),
            StackLevelErrors("stacks:\n  - name: A\n    replication: {serviceRoles: auto, "
                   "createServiceRoles: true}\n"));
}

TEST(AccountWideNamesTest, IdentifiersCollideCaseInsensitivelyAndStreamsByName) {
  EXPECT_EQ((std::vector<std::string>{
                "two.yaml:4:19: stacks[1].replication.instanceIdentifier: expected a replication "
                "instance identifier no other stack of this config uses, got \"CDC\" (stacks[0]"
                ".replication.instanceIdentifier has it; these names are unique per account)",
                "two.yaml:5:14: stacks[1].stream.name: expected a stream name no other stack of "
                "this config uses, got \"s\" (stacks[0].stream.name has it; these names are unique "
                "per account)"}),
            StackLevelErrors("stacks:\n  - {name: A, replication: {instanceIdentifier: cdc}, stream: {name: s}}\n"
                   "  - name: B\n    replication: {instanceIdentifier: CDC, createServiceRoles: false}\n"
                   "    stream: {name: s}\n"));
}

TEST(StackDescriptionTest, OverCloudFormationsLimitIsLocated) {
  EXPECT_EQ((std::vector<std::string>{"two.yaml:3:5: stacks[0].description: expected at most 1024 "
                                      "bytes, got 1025"}),
            StackLevelErrors("stacks:\n  - name: A\n    description: " + std::string(1025, 'x') + "\n"));
}

TEST(AccountWideNamesTest, DistinctNamesAndOneRoleOwnerAreFine) {
  EXPECT_TRUE(StackLevelErrors("stacks:\n  - {name: A}\n  - name: B\n    replication: {instanceIdentifier: b, "
                     "createServiceRoles: false}\n    stream: {name: b}\n")
                  .empty());
}

}  // namespace
}  // namespace cdkpp
