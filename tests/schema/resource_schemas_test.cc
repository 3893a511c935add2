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
  EXPECT_TRUE(s->taggable);
  EXPECT_EQ(s->tag_format, TagFormat::kList);
  EXPECT_EQ(s->tag_property, "Tags");
  const PropertySchema* shards = s->FindProperty("ShardCount");
  ASSERT_NE(shards, nullptr);
  EXPECT_EQ(shards->types, std::vector<std::string>{"integer"});
  EXPECT_EQ(shards->minimum, 1.0);
  const PropertySchema* retention = s->FindProperty("RetentionPeriodHours");
  ASSERT_NE(retention, nullptr);
  EXPECT_EQ(retention->maximum, 8760.0);
  const PropertySchema* mode = s->FindProperty("StreamModeDetails");
  ASSERT_NE(mode, nullptr);
  EXPECT_EQ(mode->required, std::vector<std::string>{"StreamMode"});
  EXPECT_EQ(mode->properties.at("StreamMode").enum_values,
            Json::parse(R"(["ON_DEMAND","PROVISIONED"])"));
  const PropertySchema* name = s->FindProperty("Name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->max_length, 128);
  EXPECT_EQ(name->pattern, "^[a-zA-Z0-9_.-]+$");
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
  EXPECT_EQ(s->required,
            (std::vector<std::string>{"MigrationType", "ReplicationInstanceArn",
                                      "SourceEndpointArn", "TableMappings", "TargetEndpointArn"}));
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
  ResourceSchemas schemas(
      "A::B::C\t{\"c\":[\"Top\",\"Obj/Inner\",\"List/*/Id\"]}\n"
      "A::B::D\t{\"c\":[],\"tg\":1,\"tf\":\"map\",\"tp\":\"Tags\"}\n");
  const ResourceSchema* s = schemas.Find("A::B::C");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->IsCreateOnly("Top"));
  EXPECT_TRUE(s->IsCreateOnly("Top/Deeper"));
  EXPECT_TRUE(s->IsCreateOnly("Obj/Inner"));
  EXPECT_FALSE(s->IsCreateOnly("Obj"));  // only Inner replaces; other keys update
  EXPECT_FALSE(s->IsCreateOnly("Obj/Other"));
  EXPECT_TRUE(s->IsCreateOnly("List/3/Id"));
  EXPECT_FALSE(s->IsCreateOnly("List/3/Name"));
  const ResourceSchema* d = schemas.Find("A::B::D");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->tag_format, TagFormat::kMap);
  EXPECT_EQ(schemas.Find("A::B::E"), nullptr);
  EXPECT_EQ(schemas.Find("A::B::"), nullptr);
}

TEST(ResourceSchemasTest, LookupIsCachedAndStable) {
  ResourceSchemas schemas;
  const ResourceSchema* a = schemas.Find("AWS::SNS::Topic");
  EXPECT_EQ(a, schemas.Find("AWS::SNS::Topic"));
}

}  // namespace
}  // namespace cdkpp
