// The printed post-deploy steps follow the config: how the database is
// reached, which table the test row goes to, every shard read back.
#include "pipeline/post_deploy_steps.h"

#include <gtest/gtest.h>

namespace cdkpp::internal {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(PostDeployStepsTest, PublicDatabaseIsReachedDirectly) {
  PipelineStackProps p;
  p.database.publicly_accessible = true;
  std::string steps = PostDeploySteps(p, "S");
  EXPECT_TRUE(Has(steps,
                  "     mysql -h \"$DB_HOST\" -P 3306 -u admin -p -e \"CALL "
                  "mysql.rds_set_configuration('binlog retention hours', 24);\"\n"));
  EXPECT_FALSE(Has(steps, "start-session"));
  EXPECT_FALSE(Has(steps, "inside the VPC"));
}

TEST(PostDeployStepsTest, PrivateDatabaseWithBastionUsesPortForwarding) {
  PipelineStackProps p;
  p.bastion = true;
  p.database.port = 3307;
  std::string steps = PostDeploySteps(p, "S");
  EXPECT_TRUE(Has(steps, "OutputKey=='BastionInstanceId'"));
  EXPECT_TRUE(Has(steps,
                  "     aws ssm start-session --target \"$BASTION_ID\" --document-name "
                  "AWS-StartPortForwardingSessionToRemoteHost --parameters "
                  "host=\"$DB_HOST\",portNumber=3307,localPortNumber=3307\n"));
  EXPECT_TRUE(Has(steps, "session-manager-plugin"));
  EXPECT_TRUE(Has(steps, "     mysql -h 127.0.0.1 -P 3307 -u admin -p -e \"CALL"));
  EXPECT_FALSE(Has(steps, "mysql -h \"$DB_HOST\""));
}

TEST(PostDeployStepsTest, PrivateDatabaseWithoutBastionSaysSoPlainly) {
  PipelineStackProps p;  // the defaults: private, no bastion
  std::string steps = PostDeploySteps(p, "S");
  EXPECT_TRUE(Has(steps,
                  "The database is private and there is no bastion: the mysql commands "
                  "below work only\n  from inside the VPC"));
  EXPECT_TRUE(Has(steps, "database.bastion: true"));
  EXPECT_FALSE(Has(steps, "start-session"));
}

TEST(PostDeployStepsTest, EveryShardIsReadAndLogsHaveAV1Command) {
  PipelineStackProps p;
  std::string steps = PostDeploySteps(p, "S");
  EXPECT_TRUE(Has(steps,
                  "for SHARD in $(aws kinesis list-shards --stream-name mysql-cdc-stream "
                  "--query 'Shards[].ShardId' --output text); do"));
  EXPECT_FALSE(Has(steps, "Shards[0]"));
  EXPECT_TRUE(Has(steps, "aws logs tail needs AWS CLI v2"));
  EXPECT_TRUE(Has(steps,
                  "     aws logs filter-log-events --log-group-name "
                  "dms-tasks-mysql-cdc-replication --query 'events[].message'"));
}

TEST(PostDeployStepsTest, TestRowGoesToAnIncludedTable) {
  PipelineStackProps p;
  p.replication.tables = {{"shop", "orders", TableAction::kInclude}};
  std::string steps = PostDeploySteps(p, "S");
  EXPECT_TRUE(Has(steps, "Insert a test row into shop.orders, which the table mappings include"));
  EXPECT_TRUE(Has(steps,
                  "CREATE DATABASE IF NOT EXISTS shop; CREATE TABLE IF NOT EXISTS "
                  "shop.orders"));
}

TEST(IncludedTestTableTest, FollowsIncludesExcludesAndPatterns) {
  using T = std::vector<TableMapping>;
  auto pick = [](const T& tables) {
    auto t = IncludedTestTable(tables, "mydb");
    return t ? t->schema + "." + t->table : std::string("none");
  };
  EXPECT_EQ("mydb.cdc_check", pick({TableMapping{}}));  // mydb.%
  EXPECT_EQ("mydb.cdc_check", pick({{"%", "%", TableAction::kInclude}}));
  EXPECT_EQ("sales.cdc_check", pick({{"sales", "cdc%", TableAction::kInclude}}));
  EXPECT_EQ("shop.orders", pick({{"shop%", "orders", TableAction::kInclude}}));
  EXPECT_EQ("b.cdc_check", pick({{"a", "%", TableAction::kInclude},
                                 {"b", "%", TableAction::kInclude},
                                 {"a", "%", TableAction::kExclude}}));
  EXPECT_EQ("none",
            pick({{"mydb", "%", TableAction::kInclude}, {"%", "%", TableAction::kExclude}}));
  EXPECT_EQ("none", pick({{"mydb", "%", TableAction::kExclude}}));
}

TEST(IncludedTestTableTest, DmsPatternsMatchLikeSqlLikePercent) {
  EXPECT_TRUE(MatchesDmsPattern("%", ""));
  EXPECT_TRUE(MatchesDmsPattern("tmp%", "tmp_orders"));
  EXPECT_TRUE(MatchesDmsPattern("%ord%s", "orders"));
  EXPECT_FALSE(MatchesDmsPattern("tmp%", "orders"));
  EXPECT_FALSE(MatchesDmsPattern("orders", "orders2"));
}

}  // namespace
}  // namespace cdkpp::internal
