#include "cdkpp/config/build_app.h"

#include <gtest/gtest.h>

#include "cdkpp/constructs/pipeline_stack.h"

namespace cdkpp {
namespace {

TEST(BuildAppTest, OnePipelineStackPerEntryInFileOrder) {
  Result<PipelineConfig> config =
      ParsePipelineConfig("c.yaml",
                          "stacks:\n"
                          "  - name: Beta\n"
                          "    stream: {name: beta-stream, shardCount: 3}\n"
                          "  - name: Alpha\n"
                          "    replication: {instanceIdentifier: alpha, createServiceRoles: false}\n");
  ASSERT_TRUE(config.ok());
  std::unique_ptr<App> app = BuildApp(*config);
  ASSERT_EQ(2u, app->children().size());
  auto* beta = dynamic_cast<PipelineStack*>(app->children()[0].get());
  ASSERT_NE(nullptr, beta);
  EXPECT_EQ("Beta", beta->stack_name());
  // A config without stream.existing creates the stream.
  auto* stream = dynamic_cast<const KinesisStream*>(&beta->stream());
  ASSERT_NE(nullptr, stream);
  EXPECT_EQ("beta-stream", stream->props().name);
  EXPECT_EQ("Alpha", app->children()[1]->id());

  Result<CloudAssembly> assembly = app->Synth();
  ASSERT_TRUE(assembly.ok()) << assembly.diagnostics()[0].ToString();
  ASSERT_EQ(2u, assembly->stacks.size());
  // The config's value reaches the template.
  bool found = false;
  for (const auto& [id, resource] : assembly->stacks[0].template_json["Resources"].items()) {
    if (resource["Type"] == "AWS::Kinesis::Stream") {
      EXPECT_EQ(3, resource["Properties"]["ShardCount"]);
      EXPECT_EQ("beta-stream", resource["Properties"]["Name"]);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace cdkpp
