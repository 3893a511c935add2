#include "cdkpp/schema/resource_schemas.h"

#include <gtest/gtest.h>

namespace cdkpp {
namespace {

TEST(ResourceSchemasTest, EmbeddedDataCoversEveryType) {
  ResourceSchemas schemas;
  EXPECT_GT(schemas.TypeCount(), 1400u);
  EXPECT_NE(schemas.Find("AWS::ACMPCA::Certificate"), nullptr);  // first line
  EXPECT_NE(schemas.Find("AWS::XRay::TransactionSearchConfig"), nullptr);
  EXPECT_EQ(schemas.Find("AWS::Nope::Nothing"), nullptr);
  EXPECT_EQ(schemas.Find("Custom::Thing"), nullptr);
}

TEST(ResourceSchemasTest, KinesisStreamFacts) {
  ResourceSchemas schemas;
  const ResourceSchema* s = schemas.Find("AWS::Kinesis::Stream");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->IsCreateOnly("Name"));
  EXPECT_FALSE(s->IsCreateOnly("ShardCount"));
  EXPECT_FALSE(s->IsCreateOnly("RetentionPeriodHours"));
  EXPECT_TRUE(s->HasAttribute("Arn"));
  EXPECT_TRUE(s->taggable());
  EXPECT_EQ(s->tag_format(), TagFormat::kList);
  EXPECT_EQ(s->tag_property(), "Tags");
  const PropertySchema* shards = s->FindProperty("ShardCount");
  ASSERT_NE(shards, nullptr);
  EXPECT_EQ(shards->Types(), std::vector<std::string_view>{"integer"});
  EXPECT_EQ(shards->minimum(), 1.0);
  const PropertySchema* retention = s->FindProperty("RetentionPeriodHours");
  ASSERT_NE(retention, nullptr);
  EXPECT_EQ(retention->maximum(), 8760.0);
  const PropertySchema* mode = s->FindProperty("StreamModeDetails");
  ASSERT_NE(mode, nullptr);
  EXPECT_EQ(mode->required().ToVector(), std::vector<std::string_view>{"StreamMode"});
  const PropertySchema* stream_mode = mode->properties().Find("StreamMode");
  ASSERT_NE(stream_mode, nullptr);
  std::vector<std::string_view> modes;
  for (const SchemaEnumValue* e = stream_mode->enum_begin(); e != stream_mode->enum_end(); ++e) {
    EXPECT_TRUE(e->is_string);
    modes.push_back(e->text());
  }
  EXPECT_EQ(modes, (std::vector<std::string_view>{"ON_DEMAND", "PROVISIONED"}));
  const PropertySchema* name = s->FindProperty("Name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->max_length(), 128);
  EXPECT_EQ(name->pattern(), "^[a-zA-Z0-9_.-]+$");
}

TEST(ResourceSchemasTest, DmsReplicationTaskFacts) {
  ResourceSchemas schemas;
  const ResourceSchema* s = schemas.Find("AWS::DMS::ReplicationTask");
  ASSERT_NE(s, nullptr);
  // Per the provider schema, the endpoints and instance replace the task;
  // MigrationType and the identifier are updatable in place.
  EXPECT_TRUE(s->IsCreateOnly("SourceEndpointArn"));
  EXPECT_TRUE(s->IsCreateOnly("TargetEndpointArn"));
  EXPECT_TRUE(s->IsCreateOnly("ReplicationInstanceArn"));
  EXPECT_FALSE(s->IsCreateOnly("MigrationType"));
  EXPECT_FALSE(s->IsCreateOnly("ReplicationTaskIdentifier"));
  EXPECT_FALSE(s->IsCreateOnly("TableMappings"));
  EXPECT_EQ(s->required().ToVector(),
            (std::vector<std::string_view>{"MigrationType", "ReplicationInstanceArn",
                                           "SourceEndpointArn", "TableMappings",
                                           "TargetEndpointArn"}));
  const PropertySchema* mt = s->FindProperty("MigrationType");
  ASSERT_NE(mt, nullptr);
  EXPECT_TRUE(mt->Allows("string"));
}

TEST(ResourceSchemasTest, OtherFacts) {
  ResourceSchemas schemas;
  const ResourceSchema* db = schemas.Find("AWS::RDS::DBInstance");
  ASSERT_NE(db, nullptr);
  EXPECT_TRUE(db->IsCreateOnly("DBName"));
  EXPECT_FALSE(db->IsCreateOnly("AllocatedStorage"));
  EXPECT_TRUE(db->HasAttribute("Endpoint.Address"));
  const ResourceSchema* sg = schemas.Find("AWS::EC2::SecurityGroup");
  ASSERT_NE(sg, nullptr);
  EXPECT_TRUE(sg->IsCreateOnly("GroupDescription"));
  EXPECT_TRUE(sg->IsCreateOnly("VpcId"));
  EXPECT_FALSE(sg->IsCreateOnly("SecurityGroupIngress"));
  EXPECT_TRUE(sg->HasAttribute("GroupId"));
  const ResourceSchema* role = schemas.Find("AWS::IAM::Role");
  ASSERT_NE(role, nullptr);
  EXPECT_TRUE(role->IsCreateOnly("RoleName"));
  EXPECT_FALSE(role->IsCreateOnly("Policies"));
}

TEST(ResourceSchemasTest, CreateOnlyPathsMatchNestedAndWildcards) {
  ResourceSchemas schemas;
  // create-only: ClusterName, Orchestrator/Eks, InstanceGroups/*/InstanceType, ...
  const ResourceSchema* s = schemas.Find("AWS::SageMaker::Cluster");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->IsCreateOnly("ClusterName"));
  EXPECT_TRUE(s->IsCreateOnly("ClusterName/Deeper"));
  EXPECT_TRUE(s->IsCreateOnly("Orchestrator/Eks"));
  EXPECT_FALSE(s->IsCreateOnly("Orchestrator"));  // only Eks replaces; other keys update
  EXPECT_FALSE(s->IsCreateOnly("Orchestrator/Other"));
  EXPECT_TRUE(s->IsCreateOnly("InstanceGroups/3/InstanceType"));
  EXPECT_FALSE(s->IsCreateOnly("InstanceGroups/3/InstanceCount"));
  const ResourceSchema* plan = schemas.Find("AWS::ARCRegionSwitch::Plan");
  ASSERT_NE(plan, nullptr);
  EXPECT_EQ(plan->tag_format(), TagFormat::kMap);
  EXPECT_EQ(schemas.Find("AWS::SageMaker::Clusters"), nullptr);
  EXPECT_EQ(schemas.Find("AWS::SageMaker::"), nullptr);
  EXPECT_EQ(schemas.Find(""), nullptr);
}

TEST(ResourceSchemasTest, LookupIsStable) {
  ResourceSchemas schemas;
  const ResourceSchema* a = schemas.Find("AWS::SNS::Topic");
  EXPECT_EQ(a, ResourceSchemas().Find("AWS::SNS::Topic"));
}

}  // namespace
}  // namespace cdkpp
