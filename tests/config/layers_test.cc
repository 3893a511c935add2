// Environments and shared stacks: the layers merged into each stack entry
// (lowest first: built-in defaults, `defaults`, the environment's `defaults`,
// the entry, the environment's `stacks.<name>`), YAML merge keys and the
// top-level anchor holder, and errors located in each layer (whole messages).
#include <gtest/gtest.h>

#include "cdkpp/config/load_config.h"

namespace cdkpp {
namespace {

const char* const kConfig =
    "defaults:\n"
    "  tags: {team: data}\n"
    "  database: {multiAz: false, backupRetentionDays: 2}\n"
    "  stream: {retentionHours: 48}\n"
    "environments:\n"
    "  dev: {account: \"111111111111\", region: eu-west-1}\n"
    "  prod:\n"
    "    account: \"222222222222\"\n"
    "    defaults: {database: {multiAz: true}, tags: {tier: gold}}\n"
    "    stacks:\n"
    "      Orders: {database: {instanceClass: db.r6g.large}, stream: {retentionHours: null}}\n"
    "stacks:\n"
    "  - name: Orders\n"
    "    database: {backupRetentionDays: 3}\n"
    "    replication: {instanceIdentifier: orders-cdc}\n"
    "    stream: {name: orders-cdc}\n"
    "  - name: Billing\n"
    "    tags: {team: billing}\n"
    "    replication: {instanceIdentifier: billing-cdc, createServiceRoles: false}\n"
    "    stream: {name: billing-cdc}\n";

PipelineConfig Load(const std::string& text, const std::string& env = "") {
  Result<PipelineConfig> result = ParsePipelineConfig("c.yaml", text, env);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.diagnostics()[0].ToString());
  return result.ok() ? std::move(*result) : PipelineConfig{};
}

std::string LayerErrors(const std::string& text, const std::string& env = "") {
  Result<PipelineConfig> result = ParsePipelineConfig("c.yaml", text, env);
  EXPECT_FALSE(result.ok());
  std::string out;
  if (result.ok()) return out;
  for (const Diagnostic& d : result.diagnostics()) out += d.ToString() + "\n";
  return out;
}

TEST(LayersTest, DefaultsGoUnderEveryEntryAndTheEntryWins) {
  PipelineConfig c = Load(kConfig);
  ASSERT_EQ(2u, c.stacks.size());
  EXPECT_EQ(3, c.stacks[0].props.database.backup_retention_days);  // the entry's own
  EXPECT_EQ(2, c.stacks[1].props.database.backup_retention_days);  // from defaults
  EXPECT_EQ(48, c.stacks[0].props.stream.retention_hours);
  EXPECT_EQ((std::map<std::string, std::string>{{"team", "data"}}), c.stacks[0].props.stack.tags);
  EXPECT_EQ((std::map<std::string, std::string>{{"team", "billing"}}),
            c.stacks[1].props.stack.tags);
  EXPECT_FALSE(c.environment.has_value());
  ASSERT_EQ(2u, c.environments.size());
  EXPECT_EQ("aws://111111111111/eu-west-1", c.environments[0].Uri());
  EXPECT_EQ("aws://222222222222/unknown-region", c.environments[1].Uri());
}

TEST(LayersTest, EnvironmentLayersGoOverDefaultsAndEntries) {
  PipelineConfig c = Load(kConfig, "prod");
  ASSERT_TRUE(c.environment.has_value());
  EXPECT_EQ("prod", c.environment->name);
  EXPECT_TRUE(c.stacks[0].props.database.multi_az);  // prod defaults over defaults
  EXPECT_TRUE(c.stacks[1].props.database.multi_az);
  EXPECT_EQ("db.r6g.large", c.stacks[0].props.database.instance_class);  // prod stacks.Orders
  EXPECT_EQ("db.t3.micro", c.stacks[1].props.database.instance_class);
  EXPECT_EQ(3, c.stacks[0].props.database.backup_retention_days);  // untouched by prod
  EXPECT_EQ((std::map<std::string, std::string>{{"team", "data"}, {"tier", "gold"}}),
            c.stacks[0].props.stack.tags);
}

TEST(LayersTest, NullReturnsAKeyToItsBuiltInDefault) {
  PipelineConfig base = Load(kConfig);
  PipelineConfig prod = Load(kConfig, "prod");
  EXPECT_EQ(48, base.stacks[0].props.stream.retention_hours);
  EXPECT_EQ(24, prod.stacks[0].props.stream.retention_hours);  // null: built-in 24
  EXPECT_EQ(48, prod.stacks[1].props.stream.retention_hours);
}

TEST(LayersTest, ListsReplaceRatherThanAppend) {
  PipelineConfig c = Load(
      "defaults:\n"
      "  database: {allowedCidrs: [10.0.0.0/8, 192.168.0.0/16]}\n"
      "stacks:\n"
      "  - name: A\n"
      "    database: {allowedCidrs: [172.16.0.0/12]}\n");
  EXPECT_EQ(std::vector<std::string>{"172.16.0.0/12"}, c.stacks[0].props.database.allowed_cidrs);
}

TEST(LayersTest, MergeKeysAndTopLevelAnchorHolders) {
  PipelineConfig c = Load(
      "x-db: &db {instanceClass: db.t3.small, multiAz: true}\n"
      "stacks:\n"
      "  - name: A\n"
      "    database:\n"
      "      <<: *db\n"
      "      multiAz: false\n");
  EXPECT_EQ("db.t3.small", c.stacks[0].props.database.instance_class);
  EXPECT_FALSE(c.stacks[0].props.database.multi_az);  // the mapping's own key wins
}

TEST(LayersTest, ListOfMergeSourcesEarlierWins) {
  PipelineConfig c = Load(
      "x-a: &a {instanceClass: db.t3.small}\n"
      "x-b: &b {instanceClass: db.t3.large, multiAz: true}\n"
      "stacks:\n"
      "  - name: A\n"
      "    database: {<<: [*a, *b]}\n");
  EXPECT_EQ("db.t3.small", c.stacks[0].props.database.instance_class);
  EXPECT_TRUE(c.stacks[0].props.database.multi_az);
}

// The first line of each error.
std::string FirstLines(const std::string& text, const std::string& env = "") {
  std::string out;
  std::size_t start = 0;
  std::string all = LayerErrors(text, env);
  while (start < all.size()) {
    std::size_t end = all.find('\n', start);
    std::string line = all.substr(start, end - start);
    if (line.rfind("c.yaml:", 0) == 0) out += line + "\n";
    start = end + 1;
  }
  return out;
}

TEST(LayersTest, ErrorInAnEnvironmentStackLayerPointsAtTheLayer) {
  EXPECT_EQ(
      "c.yaml:5:25: environments.prod.stacks.Orders.stream.shardCount: expected an integer from "
      "1 to 10000, got \"two\"\n"
      "      Orders: {stream: {shardCount: two}}\n"
      "                        ^\n",
      LayerErrors("environments:\n"
                  "  prod:\n"
                  "    region: eu-west-1\n"
                  "    stacks:\n"
                  "      Orders: {stream: {shardCount: two}}\n"
                  "stacks:\n"
                  "  - name: Orders\n",
                  "prod"));
}

TEST(LayersTest, EveryLayerIsCheckedWhicheverEnvironmentIsApplied) {
  const std::string text =
      "defaults:\n"
      "  databse: {multiAz: true}\n"
      "environments:\n"
      "  prod:\n"
      "    acount: \"222222222222\"\n"
      "    defaults: {name: Other, database: {multiAz: maybe}}\n"
      "    stacks:\n"
      "      Ordres: {}\n"
      "      Orders: {stream: {shardCount: two}}\n"
      "stacks:\n"
      "  - name: Orders\n"
      "  - name: Billing\n";
  const std::string expected =
      "c.yaml:2:3: defaults.databse: unknown key \"databse\"; did you mean \"database\"?\n"
      "c.yaml:5:5: environments.prod.acount: unknown key \"acount\"; did you mean \"account\"?\n"
      "c.yaml:6:16: environments.prod.defaults.name: a layer cannot set \"name\"; set it in the "
      "stack entry\n"
      "c.yaml:6:40: environments.prod.defaults.database.multiAz: expected true or false, got "
      "\"maybe\"\n"
      "c.yaml:8:7: environments.prod.stacks.Ordres: no stack named \"Ordres\"; did you mean "
      "\"Orders\"?\n"
      "c.yaml:9:25: environments.prod.stacks.Orders.stream.shardCount: expected an integer from "
      "1 to 10000, got \"two\"\n";
  EXPECT_EQ(expected, FirstLines(text));
  EXPECT_EQ(expected, FirstLines(text, "prod"));
}

TEST(LayersTest, AccountAndRegionAreChecked) {
  EXPECT_EQ(
      "c.yaml:3:5: environments.dev.account: expected an AWS account id of 12 digits (quoted), "
      "got \"12345\"\n"
      "c.yaml:4:5: environments.dev.region: expected one of " +
          [] {
            std::string list;
            for (const char* r :
                 {"af-south-1",     "ap-east-1",      "ap-east-2",      "ap-northeast-1",
                  "ap-northeast-2", "ap-northeast-3", "ap-south-1",     "ap-south-2",
                  "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
                  "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1",
                  "ca-west-1",      "eu-central-1",   "eu-central-2",   "eu-north-1",
                  "eu-south-1",     "eu-south-2",     "eu-west-1",      "eu-west-2",
                  "eu-west-3",      "il-central-1",   "me-central-1",   "me-south-1",
                  "mx-central-1",   "sa-east-1",      "us-east-1",      "us-east-2",
                  "us-west-1",      "us-west-2"}) {
              list += std::string(list.empty() ? "" : ", ") + "\"" + r + "\"";
            }
            return list;
          }() +
          ", got \"eu-west-9\"; did you mean \"eu-west-1\"?\n"
          "c.yaml:5:10: environments.prod.account: expected a string (quote it: "
          "\"222222222222\"), got 222222222222\n",
      FirstLines("environments:\n"
                 "  dev:\n"
                 "    account: \"12345\"\n"
                 "    region: eu-west-9\n"
                 "  prod: {account: 222222222222}\n"
                 "stacks: [{name: A}]\n"));
}

TEST(LayersTest, UnknownEnvironmentListsTheNames) {
  EXPECT_EQ(
      "c.yaml:1:1: environments: no environment named \"prd\"; did you mean \"prod\"?; the "
      "config's environments: dev prod\n",
      FirstLines("environments: {dev: {}, prod: {}}\nstacks: [{name: A}]\n", "prd"));
  EXPECT_EQ(
      "c.yaml:1:1: no environment named \"dev\"; the config declares no environments (add them "
      "under \"environments\")\n",
      FirstLines("stacks: [{name: A}]\n", "dev"));
}

TEST(LayersTest, NamesUniquePerAccountAndRegionAcrossEnvironments) {
  const std::string base =
      "environments:\n"
      "  dev: {account: \"111111111111\", region: eu-west-1}\n"
      "  test: {account: \"111111111111\", region: eu-west-1, stacks: {A: {replication: "
      "{createServiceRoles: false}}}}\n"
      "  prod: {account: \"222222222222\", region: eu-west-1}\n"
      "stacks:\n"
      "  - name: A\n";
  // dev and test share an account and region: the same stream and DMS names collide
  // (reported at the nearest key written: test's own replication layer, stack A).
  EXPECT_EQ(
      "c.yaml:3:67: stacks[0].replication.instanceIdentifier: expected a replication instance "
      "identifier no other stack in account 111111111111 region eu-west-1 uses, got "
      "\"mysql-cdc-replication\" (environment test; environment dev deploys "
      "stacks[0].replication.instanceIdentifier there with it; these names are unique per "
      "account and region)\n"
      "c.yaml:6:5: stacks[0].stream.name: expected a stream name no other stack in account "
      "111111111111 region eu-west-1 uses, got \"mysql-cdc-stream\" (environment test; "
      "environment dev deploys stacks[0].stream.name there with it; these names are unique per "
      "account and region)\n",
      FirstLines(base));
  // prod, in another account, may reuse them.
  Load(
      "environments:\n"
      "  dev: {account: \"111111111111\", region: eu-west-1}\n"
      "  prod: {account: \"222222222222\", region: eu-west-1}\n"
      "stacks:\n"
      "  - name: A\n");
}

TEST(LayersTest, MergeKeyOfAScalarIsAnError) {
  EXPECT_EQ(
      "c.yaml:3:16: <<: expected a mapping or a list of mappings to merge (`<<: *name`), "
      "got \"x\"\n",
      FirstLines("stacks:\n"
                 "  - name: A\n"
                 "    database: {<<: x}\n"));
}

}  // namespace
}  // namespace cdkpp
