// database.engine: aurora-mysql: an Aurora cluster with a writer instance.
#include <gtest/gtest.h>

#include "cdkpp/constructs/pipeline_stack.h"
#include "cdkpp/core/app.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

PipelineStackProps AuroraProps() {
  PipelineStackProps props;
  props.database.engine = MySqlEngine::kAuroraMysql;
  props.database.instance_class = "db.t4g.medium";
  props.database.engine_version = "8.0.mysql_aurora.3.08.0";
  props.database.publicly_accessible = false;
  return props;
}

Json Synth(const PipelineStackProps& props) {
  App app;
  New<PipelineStack>(app, "Demo", props);
  return testing::SynthTemplate(app);
}

TEST(AuroraMysqlTest, ClusterWithBinlogParametersAndAWriter) {
  Json t = Synth(AuroraProps());
  EXPECT_TRUE(testing::ResourcesOfType(t, "AWS::RDS::DBParameterGroup").empty());
  Json group = testing::OnlyResource(t, "AWS::RDS::DBClusterParameterGroup")["Properties"];
  EXPECT_EQ("aurora-mysql8.0", group["Family"]);
  EXPECT_EQ(Json::parse(R"({"binlog_checksum":"NONE","binlog_format":"ROW","binlog_row_image":"FULL"})"),
            group["Parameters"]);
  Json cluster = testing::OnlyResource(t, "AWS::RDS::DBCluster");
  std::string cluster_id = testing::LogicalIdByPath(t, "Database/Cluster");
  EXPECT_EQ("aurora-mysql", cluster["Properties"]["Engine"]);
  EXPECT_EQ(1, cluster["Properties"]["BackupRetentionPeriod"]);
  EXPECT_EQ("Snapshot", cluster["DeletionPolicy"]);
  // The credentials only through dynamic references to the secret.
  EXPECT_NE(std::string::npos,
            cluster["Properties"]["MasterUserPassword"].dump().find("resolve:secretsmanager"));
  Json writer = testing::OnlyResource(t, "AWS::RDS::DBInstance")["Properties"];
  EXPECT_EQ(Json({{"Ref", cluster_id}}), writer["DBClusterIdentifier"]);
  EXPECT_EQ("db.t4g.medium", writer["DBInstanceClass"]);
  Json attachment = testing::OnlyResource(t, "AWS::SecretsManager::SecretTargetAttachment");
  EXPECT_EQ("AWS::RDS::DBCluster", attachment["Properties"]["TargetType"]);
  EXPECT_EQ(Json({{"Ref", cluster_id}}), attachment["Properties"]["TargetId"]);
  Json source = t["Resources"][testing::LogicalIdByPath(t, "Replication/SourceEndpoint")];
  EXPECT_EQ("aurora", source["Properties"]["EngineName"]);
  EXPECT_EQ(Json::parse("{\"Fn::GetAtt\":[\"" + cluster_id + "\",\"Endpoint.Address\"]}"),
            t["Outputs"]["DatabaseEndpoint"]["Value"]);
}

TEST(AuroraMysqlTest, MultiAzAddsAReader) {
  PipelineStackProps props = AuroraProps();
  props.database.multi_az = true;
  Json t = Synth(props);
  EXPECT_EQ(2u, testing::ResourcesOfType(t, "AWS::RDS::DBInstance").size());
  EXPECT_FALSE(testing::LogicalIdByPath(t, "Database/Reader").empty());
}

TEST(AuroraMysqlTest, ClassesAndVersionsAreAurorasOwn) {
  RdsMysqlProps props;
  props.engine = MySqlEngine::kAuroraMysql;
  EXPECT_EQ((std::vector<std::string>{
                "instance_class: expected an Aurora MySQL instance class like db.t4g.medium, "
                "db.r6g.large or db.serverless (Aurora has no micro or small classes), got "
                "\"db.t3.micro\"",
                "engine_version: expected an Aurora MySQL version like 8.0.mysql_aurora.3.08.0 "
                "(with engine: aurora-mysql), got \"8.0.43\""}),
            testing::ValidationMessages(props));
  RdsMysqlProps mysql;
  mysql.engine_version = "8.0.mysql_aurora.3.08.0";
  EXPECT_EQ((std::vector<std::string>{"engine_version: expected a MySQL version 5.7.x, 8.0.x or "
                                      "8.4.x, got \"8.0.mysql_aurora.3.08.0\""}),
            testing::ValidationMessages(mysql));
  EXPECT_EQ("aurora-mysql5.7", AuroraParameterGroupFamily("5.7.mysql_aurora.2.12.3"));
  EXPECT_EQ("", AuroraParameterGroupFamily("8.4.mysql_aurora.4.0.0"));
  EXPECT_EQ("", AuroraParameterGroupFamily("8.0.43"));
}

}  // namespace
}  // namespace cdkpp
