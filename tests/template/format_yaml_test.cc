#include "cdkpp/template/format_yaml.h"

#include <gtest/gtest.h>

#include "cdkpp/template/load_template.h"

namespace cdkpp {
namespace {

Json RoundTrip(const Json& value) {
  Result<Json> loaded = ParseTemplate("t.yaml", SerializeTemplateYaml(value));
  EXPECT_TRUE(loaded.ok()) << SerializeTemplateYaml(value);
  return loaded.ok() ? *loaded : Json();
}

TEST(SerializeTemplateYaml, UsesShortFormTags) {
  Json t = Json::parse(R"({"Resources": {"A": {"Type": "AWS::S3::Bucket", "Properties": {
      "Name": {"Ref": "Param"}, "Arn": {"Fn::GetAtt": ["B", "Arn"]},
      "Az": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
      "Region": {"Fn::GetAZs": {"Ref": "AWS::Region"}},
      "Host": {"Fn::GetAtt": ["Db", "Endpoint.Address"]}}}}})");
  EXPECT_EQ(SerializeTemplateYaml(t),
            "Resources:\n"
            "  A:\n"
            "    Type: AWS::S3::Bucket\n"
            "    Properties:\n"
            "      Name: !Ref Param\n"
            "      Arn: !GetAtt B.Arn\n"
            "      Az: !Select\n"
            "        - 0\n"
            "        - !GetAZs \"\"\n"
            "      Region:\n"
            "        Fn::GetAZs: !Ref AWS::Region\n"
            "      Host:\n"
            "        Fn::GetAtt:\n"
            "          - Db\n"
            "          - Endpoint.Address\n");
}

TEST(SerializeTemplateYaml, QuotesStringsYamlWouldReadAsSomethingElse) {
  Json t = Json::parse(R"({"S": ["8.0", "true", "yes", "null", "", "a: b", "x:", "#c", "0123",
      " lead", "trail ", "line\nbreak", "quote\"d", "-1", "~", "plain text/with:colons-and.dots"],
      "N": [1, 2.5, true, null, {}, []]})");
  EXPECT_EQ(RoundTrip(t), t);
  std::string yaml = SerializeTemplateYaml(t);
  EXPECT_NE(yaml.find("  - plain text/with:colons-and.dots\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("  - \"8.0\"\n"), std::string::npos) << yaml;
}

TEST(SerializeTemplateYaml, NestedListsAndMapsInLists) {
  Json t = Json::parse(R"({"L": [[1, [2]], {"K": "v", "M": {"X": [{"Ref": "R"}]}}],
      "J": {"Fn::Join": ["", ["a", {"Ref": "B"}]]}})");
  EXPECT_EQ(RoundTrip(t), t);
}

}  // namespace
}  // namespace cdkpp
