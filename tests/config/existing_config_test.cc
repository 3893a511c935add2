// Config errors of the `existing` sections, as whole messages: exclusions,
// shapes of ids, ARNs and hosts, and the rules across sections.
#include <gtest/gtest.h>

#include "cdkpp/config/load_config.h"
#include "support/synth_helpers.h"

namespace cdkpp {
namespace {

using testing::ConfigErrors;

constexpr const char* kVpc =
    "    vpc:\n"
    "      existing:\n"
    "        vpcId: vpc-0123456789abcdef0\n"
    "        cidr: 10.20.0.0/16\n"
    "        privateSubnetIds: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]\n";

TEST(ExistingConfigTest, AllThreeExistingLoad) {
  Result<PipelineConfig> result = ParsePipelineConfig(
      "c.yaml", std::string("stacks:\n  - name: Demo\n") + kVpc +
                    "    database:\n"
                    "      existing:\n"
                    "        host: orders.cluster-c1a2b3.eu-west-1.rds.amazonaws.com\n"
                    "        secretArn: arn:aws:secretsmanager:eu-west-1:123456789012:secret:o-AbCdEf\n"
                    "        engine: aurora-mysql\n"
                    "        securityGroupId: sg-0123456789abcdef0\n"
                    "        secretKmsKeyArn: null\n"
                    "    stream:\n"
                    "      existing: {arn: 'arn:aws:kinesis:eu-west-1:123456789012:stream/orders-cdc'}\n");
  ASSERT_TRUE(result.ok()) << result.diagnostics()[0].ToString();
  const PipelineStackProps& p = result->stacks[0].props;
  ASSERT_TRUE(p.existing_vpc && p.existing_database && p.existing_stream);
  EXPECT_EQ("subnet-0a1b2c3d4e5f60002", p.existing_vpc->private_subnet_ids[1]);
  EXPECT_EQ(MySqlEngine::kAuroraMysql, p.existing_database->engine);
  EXPECT_EQ(3306, p.existing_database->port);
  EXPECT_FALSE(p.existing_database->secret_kms_key_arn.has_value());
  EXPECT_EQ("sg-0123456789abcdef0", *p.existing_database->security_group_id);
}

TEST(ExistingConfigTest, ExistingExcludesWhatOnlyACreatedResourceHas) {
  EXPECT_EQ(
      "c.yaml:4:7: stacks[0].database.instanceClass: not allowed together with \"existing\" (it "
      "describes a database the stack creates)\n"
      "      instanceClass: db.t3.small\n"
      "      ^\n"
      "c.yaml:9:7: stacks[0].vpc.maxAzs: not allowed together with \"existing\" (it describes a "
      "VPC the stack creates)\n"
      "      maxAzs: 3\n"
      "      ^\n"
      "c.yaml:11:7: stacks[0].stream.shardCount: not allowed together with \"existing\" (it "
      "describes a stream the stack creates)\n"
      "      shardCount: 2\n"
      "      ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    database:\n"
             "      instanceClass: db.t3.small\n"
             "      existing: {host: db.example.com, secretArn: "
             "'arn:aws:secretsmanager:eu-west-1:123456789012:secret:x'}\n"
             "    vpc:\n"
             "      existing: {vpcId: vpc-0123456789abcdef0, cidr: 10.20.0.0/16,\n"
             "                 privateSubnetIds: [subnet-0a1b2c3d, subnet-1a1b2c3d]}\n"
             "      maxAzs: 3\n"
             "    stream:\n"
             "      shardCount: 2\n"
             "      existing: {arn: 'arn:aws:kinesis:eu-west-1:123456789012:stream/s'}\n"));
}

TEST(ExistingConfigTest, IdsArnsAndHostsAreCheckedForShape) {
  EXPECT_EQ(
      "c.yaml:5:9: stacks[0].vpc.existing.vpcId: expected a VPC id like vpc-0123456789abcdef0, "
      "got \"vpc-12345\"\n"
      "        vpcId: vpc-12345\n"
      "        ^\n"
      "c.yaml:7:45: stacks[0].vpc.existing.privateSubnetIds[1]: expected a subnet id like "
      "subnet-0123456789abcdef0, got \"sn-1\"\n"
      "        privateSubnetIds: [subnet-0a1b2c3d, sn-1]\n"
      "                                            ^\n"
      "c.yaml:10:9: stacks[0].database.existing.host: expected a host name or IPv4 address, got "
      "\"db_1.example.com\"\n"
      "        host: db_1.example.com\n"
      "        ^\n"
      "c.yaml:11:9: stacks[0].database.existing.secretArn: expected a Secrets Manager secret ARN "
      "(arn:<partition>:secretsmanager:<region>:<account>:secret:<name>), got "
      "\"arn:aws:secretsmanager:eu-west-1:1234:secret:x\"\n"
      "        secretArn: arn:aws:secretsmanager:eu-west-1:1234:secret:x\n"
      "        ^\n"
      "c.yaml:12:9: stacks[0].database.existing.securityGroupId: expected a security group id "
      "like sg-0123456789abcdef0, got \"sg-0123\"\n"
      "        securityGroupId: sg-0123\n"
      "        ^\n"
      "c.yaml:15:9: stacks[0].stream.existing.arn: expected a Kinesis stream ARN "
      "(arn:<partition>:kinesis:<region>:<account>:stream/<name>), got "
      "\"arn:aws:sqs:eu-west-1:123456789012:stream/s\"\n"
      "        arn: arn:aws:sqs:eu-west-1:123456789012:stream/s\n"
      "        ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    vpc:\n"
             "      existing:\n"
             "        vpcId: vpc-12345\n"
             "        cidr: 10.20.0.0/16\n"
             "        privateSubnetIds: [subnet-0a1b2c3d, sn-1]\n"
             "    database:\n"
             "      existing:\n"
             "        host: db_1.example.com\n"
             "        secretArn: arn:aws:secretsmanager:eu-west-1:1234:secret:x\n"
             "        securityGroupId: sg-0123\n"
             "    stream:\n"
             "      existing:\n"
             "        arn: arn:aws:sqs:eu-west-1:123456789012:stream/s\n"));
}

TEST(ExistingConfigTest, TwoPrivateSubnetsAtLeast) {
  EXPECT_EQ(
      "c.yaml:7:9: stacks[0].vpc.existing.privateSubnetIds: expected at least 2 items, got 1\n"
      "        privateSubnetIds: [subnet-0a1b2c3d]\n"
      "        ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    vpc:\n"
             "      existing:\n"
             "        vpcId: vpc-0123456789abcdef0\n"
             "        cidr: 10.20.0.0/16\n"
             "        privateSubnetIds: [subnet-0a1b2c3d]\n"));
}

TEST(ExistingConfigTest, RequiredKeysOfAnExistingVpc) {
  EXPECT_EQ(
      "c.yaml:4:7: stacks[0].vpc.existing: missing required key \"cidr\"\n"
      "      existing: {vpcId: vpc-0123456789abcdef0, privateSubnetIds: [subnet-0a1b2c3d, "
      "subnet-1a1b2c3d]}\n"
      "      ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    vpc:\n"
             "      existing: {vpcId: vpc-0123456789abcdef0, privateSubnetIds: [subnet-0a1b2c3d, "
             "subnet-1a1b2c3d]}\n"));
}

TEST(ExistingConfigTest, PropsChecksReachTheKey) {
  // The pattern admits any dotted digits; the octets are the props' check.
  EXPECT_EQ(
      "c.yaml:5:9: stacks[0].database.existing.host: expected a host name or IPv4 address, got "
      "\"300.1.2.3\"\n"
      "        host: 300.1.2.3\n"
      "        ^\n",
      ConfigErrors("stacks:\n"
             "  - name: Demo\n"
             "    database:\n"
             "      existing:\n"
             "        host: 300.1.2.3\n"
             "        secretArn: arn:aws:secretsmanager:eu-west-1:123456789012:secret:x\n"));
}

TEST(ExistingConfigTest, PublicCreatedDatabaseInAnExistingVpcNeedsPublicSubnets) {
  EXPECT_EQ(
      "c.yaml:4:7: stacks[0].vpc.existing.publicSubnetIds: expected at least two public subnets "
      "for the publicly accessible database (or database.publiclyAccessible: false), got 0\n"
      "      existing:\n"
      "      ^\n",
      ConfigErrors(std::string("stacks:\n  - name: Demo\n") + kVpc +
             "    database: {publiclyAccessible: true}\n"));
}

}  // namespace
}  // namespace cdkpp
