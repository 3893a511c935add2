// `kind: network` stacks and `vpc.fromStack`: what a network stack may hold,
// how defaults reach it, and the errors of a fromStack that names no network
// stack of the config (whole messages, located in the layer that set them).
#include <gtest/gtest.h>

#include "cdkpp/config/build_app.h"
#include "cdkpp/config/load_config.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

// The first line of each error (the rest quotes the source).
std::string NetworkConfigErrors(const std::string& text) {
  std::string out;
  std::string all = testing::ConfigErrors(text);
  for (std::size_t start = 0; start < all.size();) {
    std::size_t end = all.find('\n', start);
    std::string line = all.substr(start, end - start);
    if (line.rfind("c.yaml:", 0) == 0) out += line + "\n";
    start = end == std::string::npos ? all.size() : end + 1;
  }
  return out;
}

const char* const kShared =
    "defaults:\n"
    "  tags: {team: data}\n"
    "  monitoring: {alarmEmail: oncall@example.com}\n"
    "  vpc: {fromStack: Network}\n"
    "stacks:\n"
    "  - name: Orders\n"
    "    replication: {instanceIdentifier: orders-cdc}\n"
    "    stream: {name: orders-cdc}\n"
    "  - name: Network\n"
    "    kind: network\n"
    "    vpc: {cidr: 10.20.0.0/16, maxAzs: 3, endpoints: true}\n"
    "  - name: Billing\n"
    "    replication: {instanceIdentifier: billing-cdc}\n"
    "    stream: {name: billing-cdc}\n";

PipelineConfig LoadNetworkConfig(const std::string& text) {
  Result<PipelineConfig> result = ParsePipelineConfig("c.yaml", text);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.diagnostics()[0].ToString());
  return result.ok() ? std::move(*result) : PipelineConfig{};
}

TEST(NetworkStacksTest, PipelineDefaultsDoNotReachANetworkStack) {
  PipelineConfig c = LoadNetworkConfig(kShared);
  ASSERT_EQ(3u, c.stacks.size());
  EXPECT_EQ(StackKind::kNetwork, c.stacks[1].kind);
  EXPECT_EQ(StackKind::kPipeline, c.stacks[0].kind);
  EXPECT_EQ(std::optional<std::string>("Network"), c.stacks[0].props.vpc_from_stack);
  EXPECT_EQ(std::optional<std::string>("Network"), c.stacks[2].props.vpc_from_stack);
  // defaults.vpc.fromStack and defaults.monitoring are for the pipelines;
  // the tags reach every stack.
  EXPECT_FALSE(c.stacks[1].props.vpc_from_stack.has_value());
  EXPECT_EQ(3, c.stacks[1].props.vpc.max_azs);
  EXPECT_TRUE(c.stacks[1].props.vpc_endpoints);
  EXPECT_EQ((std::map<std::string, std::string>{{"team", "data"}}), c.stacks[1].props.stack.tags);
}

TEST(NetworkStacksTest, TheAppHasTheNetworkFirstAndThePipelinesDependOnIt) {
  std::unique_ptr<App> app = BuildApp(LoadNetworkConfig(kShared));
  Result<CloudAssembly> assembly = app->Synth();
  ASSERT_TRUE(assembly.ok()) << assembly.diagnostics()[0].ToString();
  ASSERT_EQ(3u, assembly->stacks.size());
  EXPECT_EQ("Network", assembly->stacks[0].stack_name);
  EXPECT_EQ("Orders", assembly->stacks[1].stack_name);
  EXPECT_EQ("Billing", assembly->stacks[2].stack_name);
  const Json& artifacts = assembly->manifest.at("artifacts");
  EXPECT_FALSE(artifacts.at("Network").contains("dependencies"));
  EXPECT_EQ(Json::array({"Network"}), artifacts.at("Orders").at("dependencies"));
  EXPECT_EQ(Json::array({"Network"}), artifacts.at("Billing").at("dependencies"));
}

TEST(NetworkStacksTest, ANetworkStackWithPipelineKeysIsAnError) {
  EXPECT_EQ(
      "c.yaml:4:5: stacks[0].database: a network stack (kind: network) has only the "
      "shared VPC: expected only name, kind, description, tags, vpc, "
      "monitoring.logKmsEncryption and suppressions, got "
      "\"database\" (put it in a pipeline stack with vpc.fromStack: Network)\n"
      "c.yaml:5:11: stacks[0].vpc.existing: a network stack creates the VPC it exports: "
      "\"existing\" is for pipeline stacks\n",
      NetworkConfigErrors("stacks:\n"
                          "  - name: Network\n"
                          "    kind: network\n"
                          "    database: {multiAz: true}\n"
                          "    vpc: {existing: {vpcId: vpc-12345678, cidr: 10.0.0.0/16,\n"
                          "          privateSubnetIds: [subnet-12345678, subnet-87654321]}}\n"));
}

TEST(NetworkStacksTest, AnEnvironmentLayerGivingANetworkStackPipelineKeysIsAnErrorThere) {
  EXPECT_EQ(
      "c.yaml:4:17: environments.prod.stacks.Network.stream: a network stack (kind: "
      "network) has only the shared VPC: expected only name, kind, description, tags, vpc, "
      "monitoring.logKmsEncryption and suppressions, got \"stream\" (put it in a pipeline "
      "stack with vpc.fromStack: Network)\n",
      NetworkConfigErrors("environments:\n"
                          "  prod:\n"
                          "    stacks:\n"
                          "      Network: {stream: {shardCount: 2}}\n"
                          "stacks:\n"
                          "  - name: Network\n"
                          "    kind: network\n"));
}

TEST(NetworkStacksTest, OfMonitoringANetworkStackTakesOnlyTheLogKey) {
  EXPECT_EQ(
      "c.yaml:4:42: stacks[0].monitoring.alarmEmail: a network stack has no replication to "
      "monitor: expected only logKmsEncryption (it encrypts the flow-log group), got "
      "\"alarmEmail\" (it is for pipeline stacks)\n",
      NetworkConfigErrors("stacks:\n"
                          "  - name: Network\n"
                          "    kind: network\n"
                          "    monitoring: {logKmsEncryption: true, alarmEmail: a@example.com}\n"));
}

TEST(NetworkStacksTest, DefaultsGiveANetworkStackTheLogKeyButNotTheAlarms) {
  PipelineConfig c = LoadNetworkConfig(
      "defaults:\n"
      "  monitoring: {logKmsEncryption: true, alarmEmail: oncall@example.com}\n"
      "stacks:\n"
      "  - name: Network\n"
      "    kind: network\n"
      "    vpc: {flowLogs: true}\n");
  ASSERT_EQ(1u, c.stacks.size());
  EXPECT_TRUE(c.stacks[0].props.log_kms_encryption);
  std::unique_ptr<App> app = BuildApp(c);
  Json t = testing::SynthTemplate(*app);
  std::string key = testing::LogicalIdByPath(t, "Network/LogKey");
  std::string group = testing::LogicalIdByPath(t, "Network/VPC/FlowLogs/LogGroup");
  EXPECT_EQ(Json({{"Fn::GetAtt", {key, "Arn"}}}), t["Resources"][group]["Properties"]["KmsKeyId"]);
  EXPECT_EQ("Encrypts the shared VPC's flow-log group",
            t["Resources"][key]["Properties"]["Description"]);
  EXPECT_TRUE(testing::ResourcesOfType(t, "AWS::SNS::Topic").empty());
}

TEST(NetworkStacksTest, FromStackMustNameANetworkStackOfTheConfig) {
  EXPECT_EQ(
      "c.yaml:5:7: stacks[1].vpc.fromStack: expected the name of a network stack of "
      "this config (kind: network), got \"Netwrk\": no stack named \"Netwrk\"; did you mean "
      "\"Network\"?\n"
      "c.yaml:7:11: stacks[2].vpc.fromStack: expected the name of a network stack of "
      "this config (kind: network), got \"Orders\": \"Orders\" is a pipeline stack\n",
      NetworkConfigErrors("stacks:\n"
                          "  - {name: Network, kind: network}\n"
                          "  - name: Orders\n"
                          "    vpc:\n"
                          "      fromStack: Netwrk\n"
                          "  - name: Billing\n"
                          "    vpc: {fromStack: Orders}\n"));
}

TEST(NetworkStacksTest, AFromStackCycleIsAnError) {
  EXPECT_EQ(
      "c.yaml:3:11: stacks[0].vpc.fromStack: expected a network stack of this config "
      "(none has kind: network), got \"B\": a fromStack cycle: A -> B -> A\n"
      "c.yaml:5:11: stacks[1].vpc.fromStack: expected a network stack of this config "
      "(none has kind: network), got \"A\": a fromStack cycle: B -> A -> B\n",
      NetworkConfigErrors("stacks:\n"
                          "  - name: A\n"
                          "    vpc: {fromStack: B}\n"
                          "  - name: B\n"
                          "    vpc: {fromStack: A}\n"));
}

TEST(NetworkStacksTest, FromStackExcludesTheKeysOfACreatedVpc) {
  EXPECT_EQ(
      "c.yaml:3:46: stacks[1].vpc.cidr: not allowed together with \"fromStack\" (the "
      "network stack's VPC is used as that stack makes it)\n",
      NetworkConfigErrors("stacks:\n"
                          "  - {name: Network, kind: network}\n"
                          "  - {name: Orders, vpc: {fromStack: Network, cidr: 10.1.0.0/16}}\n"));
}

}  // namespace
}  // namespace cdkpp
